"""A writer's bare name above a desk's line ("BIA News Desk") and the date, under a
standfirst, is the byline (the desk is not); the page's reader-funding box, its "Click here
to read the article in …" and "on Google News" prompts, a "SIMILAR NEWS" heading, a
"Keywords:" line, reuse terms ("Articles can be quoted by citing the source") and a
columnist's biography at the foot ("… is an environmental economist") are flagged as the
page's. Texts written for these tests."""

from __future__ import annotations

from tests.claims_support import analysed_fields

_STORY = (
    "Police in the port district detained dockers on Tuesday morning who had gathered at the "
    "gate of the Kestrel terminal to demand wages they say have been unpaid for three "
    "months.\n\n"
    "According to the dockers' union, 27 workers were taken into custody. The governor's "
    "office said the protest had blocked a public road and that all of those detained were "
    "released after about six hours at the police station.\n\n"
    "The terminal's operator said every worker's claim was registered and would be paid in "
    "line with a plan approved by the court, but did not say when.\n"
)


def _header(writer_lines: str) -> str:
    return (
        "Dockers detained at Kestrel terminal protest over three months of unpaid wages\n\n"
        "Police detained dockers who gathered at the terminal gate. The operator denies "
        "locking out its workforce.\n\n"
        f"{writer_lines}\n\n{_STORY}"
    )


def test_a_writer_above_a_desk_line_and_the_date_is_the_byline() -> None:
    fields = analysed_fields(_header("Deniz Kaya\nPort News Desk\n17 November 2026, Tuesday 17:05"))
    assert [b["name"] for b in fields["byline"]] == ["Deniz Kaya"]
    assert fields["title"]["value"].startswith("Dockers detained at Kestrel terminal")
    assert fields["published"]["date"] == "2026-11-17"


def _flagged(text: str) -> list[str]:
    fields = analysed_fields(text)
    for flag in fields["flags"]:
        ev = flag["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["quote"]
    return [flag["evidence"]["quote"] for flag in fields["flags"]]


def test_the_pages_prompts_and_terms_are_flagged() -> None:
    lines = [
        "Click here to read the article in Turkish.",
        "Keywords: dockers, wages, Kestrel",
        "The Port Ledger is an independent news site. Your support keeps local journalism free "
        "to read. Become a supporter",
        "SIMILAR NEWS",
        "Follow the Port Ledger on Google News for the latest port news",
        "The Port Ledger. Articles can be quoted by citing the source.",
    ]
    text = _header("By Deniz Kaya\n17 November 2026") + "\n" + "\n\n".join(lines) + "\n"
    flagged = _flagged(text)
    for line in lines:
        assert any(line in quote or quote in line for quote in flagged), line


def test_a_columnists_biography_at_the_foot_is_flagged() -> None:
    bio = "Deniz Kaya is an environmental economist based in Port Ellis"
    text = _header("By Deniz Kaya\n17 November 2026") + "\n" + bio + "\n"
    assert any(bio in quote for quote in _flagged(text))


def test_a_person_in_the_story_described_at_its_foot_is_not_a_biography() -> None:
    text = (
        _header("By Deniz Kaya\n17 November 2026") + "\nAli Demir is a docker who was detained.\n"
    )
    assert not any("Ali Demir" in quote for quote in _flagged(text))


def test_a_newsrooms_collective_credit_is_no_byline_and_no_outlet() -> None:
    fields = analysed_fields(
        "Dockers detained at Kestrel terminal protest over three months of unpaid wages\n"
        "Newsroom\nNovember 18, 2026 | 3:24 pm\n\n" + _STORY
    )
    assert fields["byline"] == []
    assert fields["republication"] is None
