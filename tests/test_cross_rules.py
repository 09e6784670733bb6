"""Each XSC rule on small synthetic record sets, with the negatives that matter."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from audit.engine import Engine
from audit.findings import Finding
from audit.options import CheckOptions
from tests.cross_fixtures import synthetic

NYT = ("The Daily Planet", "reports", "Daily Planet")
TAIL = "\n\nAccording to the Daily Planet, Mayor Ines Kowalczyk of Lindqvist spoke."


def run(tmp_path: Path, *records: dict[str, Any]) -> list[Finding]:
    for rec in records:
        (tmp_path / f"{rec['id']}.json").write_text(json.dumps(rec), encoding="utf-8")
    result = Engine(CheckOptions(select=("XSC", "REC"))).run([str(tmp_path)])
    assert not [f for f in result.findings if f.code.startswith("REC")], result.findings
    return [f for f in result.findings if f.code.startswith("XSC")]


def codes(findings: list[Finding]) -> list[str]:
    return sorted(f.code for f in findings)


def story(rid: str, body: str, **kw: Any) -> dict[str, Any]:
    text = f"Flood report {rid}\n\n{body}{TAIL}"
    kw.setdefault("chain", [NYT])
    return synthetic(rid, text, **kw)


# --- XSC001 figure conflict ----------------------------------------------------------


def test_same_quantity_different_value_is_a_conflict(tmp_path: Path) -> None:
    a = story(
        "rec-a",
        "The flood in Lindqvist killed 31 people along the river valley.",
        figures=[("31 people", 31, "people", "exact")],
    )
    b = story(
        "rec-b",
        "The flood in Lindqvist killed 45 people along the river valley.",
        figures=[("45 people", 45, "people", "exact")],
    )
    found = [f for f in run(tmp_path, a, b) if f.code == "XSC001"]
    assert len(found) == 1
    assert {found[0].record_id, found[0].related[0].record_id} == {"rec-a", "rec-b"}
    assert found[0].evidence is not None and found[0].related[0].evidence is not None


def test_more_than_versus_exact_is_not_a_conflict(tmp_path: Path) -> None:
    a = story(
        "rec-a",
        "Officials released more than 7,000 inmates from the Lindqvist camps.",
        figures=[("more than 7,000 inmates", 7000, "inmates", "more_than")],
    )
    b = story(
        "rec-b",
        "Officials released 7,000 inmates from the Lindqvist camps.",
        figures=[("7,000 inmates", 7000, "inmates", "exact")],
    )
    c = story(
        "rec-c",
        "Officials released over one million inmates from the Lindqvist camps.",
        figures=[("over one million inmates", 1e6, "inmates", "more_than")],
    )
    d = story(
        "rec-d",
        "Officials released more than 1 million inmates from the Lindqvist camps.",
        figures=[("more than 1 million inmates", 1e6, "inmates", "more_than")],
    )
    (tmp_path / "1").mkdir()
    (tmp_path / "2").mkdir()
    assert "XSC001" not in codes(run(tmp_path / "1", a, b))
    assert "XSC001" not in codes(run(tmp_path / "2", c, d))


def test_over_a_million_versus_thousands_conflicts(tmp_path: Path) -> None:
    a = story(
        "rec-a",
        "Officials detained more than 1 million residents in the Lindqvist camps.",
        figures=[("more than 1 million residents", 1e6, "residents", "more_than")],
    )
    b = story(
        "rec-b",
        "Officials detained about 400,000 residents in the Lindqvist camps.",
        figures=[("about 400,000 residents", 4e5, "residents", "about")],
    )
    assert "XSC001" in codes(run(tmp_path, a, b))


def test_breakdown_beside_total_is_not_a_conflict(tmp_path: Path) -> None:
    a = story(
        "rec-a",
        "The leak of 400 pages held 100 pages of speeches by the mayor.",
        figures=[("400 pages", 400, "pages", "exact"), ("100 pages", 100, "pages", "exact")],
    )
    b = story(
        "rec-b",
        "The leak of 400 pages held speeches by the mayor.",
        figures=[("400 pages", 400, "pages", "exact")],
    )
    assert "XSC001" not in codes(run(tmp_path, a, b))


def test_different_stories_are_not_compared(tmp_path: Path) -> None:
    a = synthetic(
        "rec-a",
        "Storm in Ostrava\n\nThe storm in Ostrava killed 31 people near the harbour.",
        figures=[("31 people", 31, "people", "exact")],
    )
    b = synthetic(
        "rec-b",
        "Quake in Valparaiso\n\nThe quake in Valparaiso killed 45 people near the port.",
        figures=[("45 people", 45, "people", "exact")],
    )
    assert run(tmp_path, a, b) == []


def test_explicit_story_field_groups_records(tmp_path: Path) -> None:
    a = synthetic(
        "rec-a",
        "Storm report\n\nThe storm killed 31 people near the harbour wall.",
        figures=[("31 people", 31, "people", "exact")],
        story="storm-2024",
    )
    b = synthetic(
        "rec-b",
        "Storm news\n\nThe storm killed 45 people near the harbour wall.",
        figures=[("45 people", 45, "people", "exact")],
        story="storm-2024",
    )
    assert "XSC001" in codes(run(tmp_path, a, b))


# --- XSC002 same figure, different event ---------------------------------------------


def test_same_toll_tied_to_different_venues(tmp_path: Path) -> None:
    a = story(
        "rec-a",
        "In 2014 attackers killed 31 people in a train station in the south.",
        figures=[("31 people", 31, "people", "exact")],
    )
    b = story(
        "rec-b",
        "In 2014 an attack on a market in Halvard killed 31 people.",
        figures=[("31 people", 31, "people", "exact")],
    )
    found = [f for f in run(tmp_path, a, b) if f.code == "XSC002"]
    assert len(found) == 1 and "market" in found[0].message and "station" in found[0].message
    assert found[0].evidence is not None and "31 people" in found[0].evidence.quote


def test_same_toll_same_event_is_not_reported(tmp_path: Path) -> None:
    a = story(
        "rec-a",
        "In 2014 attackers killed 31 people in a train station in the south.",
        figures=[("31 people", 31, "people", "exact")],
    )
    b = story(
        "rec-b",
        "In 2014, 31 people were killed at the station by attackers.",
        figures=[("31 people", 31, "people", "exact")],
    )
    assert "XSC002" not in codes(run(tmp_path, a, b))


def test_different_years_for_same_toll(tmp_path: Path) -> None:
    a = story(
        "rec-a",
        "The 2009 riots killed 140 people in the capital.",
        figures=[("140 people", 140, "people", "exact")],
    )
    b = story(
        "rec-b",
        "The 2011 riots killed 140 people in the capital.",
        figures=[("140 people", 140, "people", "exact")],
    )
    found = [f for f in run(tmp_path, a, b) if f.code == "XSC002"]
    assert found and "2009" in found[0].message and "2011" in found[0].message


# --- XSC003 corroborated, XSC004 single source -----------------------------------------


def _three(extra: str = "", figures: list[Any] | None = None) -> list[dict[str, Any]]:
    recs = []
    for rid in ("rec-a", "rec-b", "rec-c"):
        body = "The archive holds 403 pages of memos."
        figs = [("403 pages", 403, "pages", "exact")]
        if rid == "rec-c" and extra:
            body += " " + extra
            figs += figures or []
        recs.append(story(rid, body, figures=figs))
    return recs


def test_corroborated_and_single_source(tmp_path: Path) -> None:
    found = run(
        tmp_path,
        *_three(
            "It names over 12,000 officials.",
            [("over 12,000 officials", 12000, "officials", "more_than")],
        ),
    )
    corroborated = [f for f in found if f.code == "XSC003"]
    assert len(corroborated) == 1 and len(corroborated[0].related) == 2
    single = [f for f in found if f.code == "XSC004"]
    assert len(single) == 1 and single[0].record_id == "rec-c"
    assert single[0].evidence is not None and single[0].evidence.quote == "over 12,000 officials"


def test_figure_mentioned_elsewhere_is_not_single_source(tmp_path: Path) -> None:
    recs = _three(
        "It names over 12,000 officials.",
        [("over 12,000 officials", 12000, "officials", "more_than")],
    )
    recs[0] = story(
        "rec-a",
        "The archive holds 403 pages of memos on 12,000 cadres.",
        figures=[("403 pages", 403, "pages", "exact")],
    )
    assert "XSC004" not in codes(run(tmp_path, *recs))


def test_two_record_story_reports_no_single_source(tmp_path: Path) -> None:
    recs = _three(
        "It names over 12,000 officials.",
        [("over 12,000 officials", 12000, "officials", "more_than")],
    )
    assert "XSC004" not in codes(run(tmp_path, recs[0], recs[2]))


# --- XSC010 quote drift ----------------------------------------------------------------


LEAK = "prevent party leaders, including the mayor, from escaping culpability for the flood deaths"


def test_quote_drift_shows_the_differing_words(tmp_path: Path) -> None:
    a = story("rec-a", f"The source hoped to “{LEAK}.”", quotes=[(LEAK, "the source")])
    b = story(
        "rec-b",
        "The source wanted to “prevent party leaders, from escaping responsibility”.",
        quotes=[("prevent party leaders, from escaping responsibility", "an aide")],
    )
    c = story(
        "rec-c",
        "The source spoke of “escaping culpability for the flood deaths”.",
        quotes=[("escaping culpability for the flood deaths", None)],
    )
    found = [f for f in run(tmp_path, a, b, c) if f.code == "XSC010"]
    assert len(found) == 1
    assert found[0].record_id == "rec-b"  # the wording fewer records support
    assert "responsibility" in found[0].message and "culpability" in found[0].message
    assert {r.record_id for r in found[0].related} == {"rec-a", "rec-c"}


def test_partial_quote_and_marked_elision_are_not_drift(tmp_path: Path) -> None:
    a = story("rec-a", f"The source hoped to “{LEAK}.”", quotes=[(LEAK, "the source")])
    b = story(
        "rec-b",
        "He wanted to “prevent party leaders … from escaping culpability”.",
        quotes=[("prevent party leaders … from escaping culpability", "the source")],
    )
    c = story(
        "rec-c",
        "He wanted to “prevent [the] party leaders, including the mayor, from escaping”.",
        quotes=[("prevent [the] party leaders, including the mayor, from escaping", "the source")],
    )
    assert "XSC010" not in codes(run(tmp_path, a, b, c))


def test_paraphrase_is_not_drift(tmp_path: Path) -> None:
    a = story("rec-a", f"The source hoped to “{LEAK}.”", quotes=[(LEAK, "the source")])
    b = story(
        "rec-b",
        "The source said party leaders should not escape responsibility for the flood deaths.",
    )
    assert "XSC010" not in codes(run(tmp_path, a, b))


def test_different_quotes_of_one_speaker_are_not_drift(tmp_path: Path) -> None:
    a = story(
        "rec-a",
        "The mayor said: “We will rebuild every bridge in the valley.”",
        quotes=[("We will rebuild every bridge in the valley.", "Ines Kowalczyk")],
    )
    b = story(
        "rec-b",
        "The mayor said: “Nobody could have predicted this much rain.”",
        quotes=[("Nobody could have predicted this much rain.", "Ines Kowalczyk")],
    )
    assert "XSC010" not in codes(run(tmp_path, a, b))


def test_same_speaker_rewording_is_drift(tmp_path: Path) -> None:
    a = story(
        "rec-a",
        "The mayor said: “We will rebuild every bridge in the valley.”",
        quotes=[("We will rebuild every bridge in the valley.", "Ines Kowalczyk")],
    )
    b = story(
        "rec-b",
        "The mayor said: “We will repair every bridge in the valley.”",
        quotes=[("We will repair every bridge in the valley.", "Ines Kowalczyk")],
    )
    found = [f for f in run(tmp_path, a, b) if f.code == "XSC010"]
    assert found and "rebuild" in found[0].message and "repair" in found[0].message


# --- XSC011 headline quotes ------------------------------------------------------------


def _headline(
    rid: str, title: str, body: str, quotes: list[tuple[str, str | None]]
) -> dict[str, Any]:
    text = f"{title}\n\n{body}{TAIL}"
    return synthetic(rid, text, title=title, quotes=quotes, chain=[NYT])


def test_headline_quote_nobody_said(tmp_path: Path) -> None:
    a = _headline(
        "rec-a",
        "Mayor ‘gave up’ on the valley",
        "The mayor said she would “never give up on the valley”.",
        [("never give up on the valley", "Ines Kowalczyk")],
    )
    b = _headline(
        "rec-b",
        "Flood news from Lindqvist",
        "Kowalczyk said she would “never give up on the valley”.",
        [("never give up on the valley", "Ines Kowalczyk")],
    )
    found = [f for f in run(tmp_path, a, b) if f.code == "XSC011"]
    assert len(found) == 1 and found[0].record_id == "rec-a"
    assert found[0].evidence is not None and found[0].evidence.quote == "gave up"
    assert "never give up on the valley" in found[0].message
    assert {r.record_id for r in found[0].related} == {"rec-a", "rec-b"}


def test_headline_quote_supported_by_body_or_other_source(tmp_path: Path) -> None:
    a = _headline("rec-a", "Mayor: we will ‘never give up’", "The mayor vowed to carry on.", [])
    b = _headline(
        "rec-b",
        "Flood news from Lindqvist",
        "Kowalczyk said she would “never give up on the valley”.",
        [("never give up on the valley", "Ines Kowalczyk")],
    )
    c = _headline("rec-c", "Mayor’s ‘promise’ to the valley", "She made a promise to rebuild.", [])
    assert "XSC011" not in codes(run(tmp_path, a, b, c))


# --- XSC020 origin ---------------------------------------------------------------------


def test_origin_disagreement(tmp_path: Path) -> None:
    body = (
        "Flood in Lindqvist\n\nMayor Ines Kowalczyk of Lindqvist said the Vistula flood killed "
        "31 people in Lindqvist and Grodno, the {} reported. Governor Piotr Zalewski of Grodno "
        "and Ines Kowalczyk asked Warsaw for help."
    )
    a = synthetic("rec-a", body.format("Daily Planet"), chain=[NYT])
    b = synthetic(
        "rec-b",
        body.format("Morning Herald"),
        chain=[("The Morning Herald", "reports", "Morning Herald")],
    )
    found = [f for f in run(tmp_path, a, b) if f.code == "XSC020"]
    assert len(found) == 1 and found[0].related
    assert "Morning Herald" in found[0].message and "Daily Planet" in found[0].message


def test_origin_mentioned_in_other_chain_is_no_disagreement(tmp_path: Path) -> None:
    body = "Mayor Ines Kowalczyk of Lindqvist said the flood killed 31 people, the Herald reported."
    a = story("rec-a", body, chain=[NYT])
    b = story("rec-b", body, chain=[("The Morning Herald", "reports", "Herald"), NYT])
    assert "XSC020" not in codes(run(tmp_path, a, b))


# --- XSC030, XSC031 dates --------------------------------------------------------------

SAID = "The Daily Planet obtained the memos. The newspaper said on Saturday that 31 people died."


def test_not_before_inferred_for_undated_record(tmp_path: Path) -> None:
    a = story("rec-a", SAID, date="2024-03-11")  # a Monday
    b = story("rec-b", "The Daily Planet obtained memos on the flood that killed 31 people.")
    found = [f for f in run(tmp_path, a, b) if f.code == "XSC031"]
    assert len(found) == 1 and found[0].record_id == "rec-b"
    assert (
        "2024-03-09" in found[0].message
        and "the newspaper said on saturday" in found[0].message.lower()
    )
    assert found[0].related[0].evidence is not None
    assert found[0].related[0].evidence.quote == "The newspaper said on Saturday"


def test_not_before_already_known_is_silent(tmp_path: Path) -> None:
    a = story("rec-a", SAID, date="2024-03-11")
    b = story(
        "rec-b",
        "The Daily Planet obtained memos on the flood that killed 31 people.",
        not_before="2024-03-09",
    )
    assert "XSC031" not in codes(run(tmp_path, a, b))


def test_record_dated_before_the_report_it_cites(tmp_path: Path) -> None:
    a = story("rec-a", SAID, date="2024-03-11")
    b = story(
        "rec-b",
        "The Daily Planet obtained memos on the flood that killed 31 people.",
        date="2024-03-05",
    )
    c = story(
        "rec-c",
        "The Daily Planet obtained memos on the flood that killed 31 people.",
        date="2024-03-10",
    )
    found = [f for f in run(tmp_path, a, b, c) if f.code == "XSC030"]
    assert [f.record_id for f in found] == ["rec-b"]


def test_big_story_of_copies_is_compared_per_wording() -> None:
    from audit.comparison import cross_findings

    line = "we will rebuild every bridge in the valley before winter comes"
    records = []
    for n in range(300):
        said = line if n % 100 else "we will rebuild every road in the valley before winter comes"
        toll = "31 people" if n != 7 else "45 people"
        text = f"Flood news {n}\n\nThe flood in Lindqvist killed {toll}. The mayor said: “{said}.”"
        records.append(
            synthetic(
                f"copy-{n:03d}",
                text,
                quotes=[(said, "Ines Kowalczyk")],
                figures=[(toll, float(toll.split()[0]), "people", "exact")],
                story="big-flood",
            )
        )
    found = cross_findings(records)
    drift = [f for f in found if f.code == "XSC010"]
    assert sorted(str(f.record_id) for f in drift) == ["copy-000", "copy-100", "copy-200"]
    assert all(len(f.related) >= 290 for f in drift)
    conflicts = [f for f in found if f.code == "XSC001"]
    assert [f.record_id for f in conflicts] == ["copy-007"] and len(conflicts[0].related) == 299


def test_released_and_detained_are_different_quantities(tmp_path: Path) -> None:
    a = story(
        "rec-a",
        "Officials in Lindqvist released 7,000 people from the river camps.",
        figures=[("7,000 people", 7000, "people", "exact")],
    )
    b = story(
        "rec-b",
        "Officials in Lindqvist detained 90,000 people in the river camps.",
        figures=[("90,000 people", 90000, "people", "exact")],
    )
    assert "XSC001" not in codes(run(tmp_path, a, b))


def test_drift_confidence_follows_speakers(tmp_path: Path) -> None:
    a = story(
        "rec-a",
        "The mayor said: “We will rebuild every bridge in the valley.”",
        quotes=[("We will rebuild every bridge in the valley.", "Ines Kowalczyk")],
    )
    b = story(
        "rec-b",
        "An aide said: “We will repair every bridge in the valley.”",
        quotes=[("We will repair every bridge in the valley.", "Piotr Zalewski")],
    )
    found = [f for f in run(tmp_path, a, b) if f.code == "XSC010"]
    assert found and found[0].confidence.value == "low"
