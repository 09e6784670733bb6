"""Score whole articles against an auditor's labels, every field of the record.

    .venv/bin/python bench/eval_articles.py [FOLDER ...] [--misses]

A FOLDER holds article files (``.txt`` or ``.html``) and an ``expected.json`` in the seeds'
format (``../shared/seeds/expected.json``: title, outlet, published, byline,
republication_of, chain_reaches, also_credited, caveats, quotes, figures, content_flags,
must_not_flag_as_spam). Each article goes through ``audit.ingest.load`` and
``audit.analyse.analyse`` as ``provaudit ingest`` does. Default folders: the seeds and the
blind article sets in ``tests/data/articles_blind_*``.

Scores:
  * single values (title, outlet name and kind, published, republication_of, origin):
    accuracy; names compare through the outlet registry's aliases ("AP" is "Associated
    Press", "The Sun" is "The Sun (UK)" when only one outlet has that short form), then
    case, a leading "the", a closing legal form ("Ltd") and a registry qualifier in
    brackets aside;
  * byline: precision / recall over the names;
  * chain: recall of ``chain_reaches``; precision of the chain's distinct names against
    ``chain_reaches`` + ``also_credited`` + ``republication_of``. The chain starts at the
    copy's publisher, so first-hand reporting reaches the outlet itself (and an origin of
    null, "no attribution found", is right for it);
  * caveats (same kind, overlapping span), quotes (overlapping span), quote speakers
    (overlapping span, names compared as above: "Downing Street" is the prime minister's office),
    figures (overlapping span), content flags (any flag overlapping the labelled text;
    debris that HTML extraction dropped is counted apart, as removed): recall always;
    precision only where the set's ``_about.exhaustive`` lists the field (the seeds' lists
    are a floor, so only recall counts there);
  * spam on own text: ``must_not_flag_as_spam`` lines overlapped by a flag that takes text
    out of the article (lower is better).

A labelled string is found in the analysed text with its whitespace runs matched loosely
(an HTML page's extracted text breaks lines where the page did not); a label whose text
extraction dropped counts as a miss and is named with ``--misses``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eval_claims import SEEDS
from eval_claims import Score as Counts

ROOT = Path(__file__).resolve().parent.parent
BLIND_SETS = sorted((ROOT / "tests" / "data").glob("articles_blind_*"))
#: Flag categories that take text out of the article (as ``audit.analyse.NOT_ARTICLE``).
NOT_ARTICLE = frozenset({"spam", "boilerplate", "unrelated"})
LISTS = ("caveats", "quotes", "quote_speakers", "figures", "content_flags")
SINGLES = ("title", "outlet", "outlet_kind", "published", "republication_of", "origin")

Span = tuple[int, int]


@dataclass
class Score(Counts):
    """The claims evaluation's counts, with the misses named."""

    removed: int = 0  # labelled debris that extraction dropped from the text
    misses: list[str] = field(default_factory=list)

    def ratio(self, part: int, whole: int) -> float | None:
        return part / whole if whole else None


def located(text: str, wanted: str) -> list[Span]:
    """Every place ``wanted`` occurs in ``text``, any run of whitespace matching any other."""
    words = wanted.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    return [found.span() for found in pattern.finditer(text)]


def _overlaps(evidence: dict[str, Any], spans: list[Span]) -> bool:
    """Whether the evidence overlaps any of the places a labelled string occurs."""
    return any(evidence["start"] < end and start < evidence["end"] for start, end in spans)


# Caveat kinds the sets' writers spelled otherwise than the record format does.
_KIND_ALIASES = {"unverified": "unverified_authenticity"}


def _name_key(name: str | None) -> str | None:
    """A name as compared: the registry's canonical name when it knows the name, without
    case, punctuation, a leading "the", a closing legal form ("Ltd") or a country's
    possessive before a body ("Serbia's")."""
    if name is None:
        return None
    from audit.analyse.host import edition_places
    from audit.analyse.registry import lookup_in_context

    known = lookup_in_context(name.strip())
    glossed = _GLOSSED.fullmatch(name.strip())  # "UNB (United News of Bangladesh)"
    if known is None and glossed is not None:
        known = lookup_in_context(glossed.group(1))
        if known is None and _SHORT_FORM.fullmatch(glossed.group(1)):
            known = lookup_in_context(glossed.group(2))  # not "Jane Roe (Reuters)"
    plain = re.sub(r"\s*\([^)]*\)$", "", known.name if known else name)  # "The Sun (UK)"
    plain = re.sub(r"[^\w\s]", "", plain.casefold())
    plain = _LEGAL_FORM_END.sub("", " ".join(plain.split()))  # "Skerrivoe Salmon Ltd"
    plain = re.sub(r"^the\s+", "", plain)
    owner = _COUNTRY_POSSESSIVE.match(plain)  # "Serbia's Public Procurement Office"
    if owner is not None and owner.group(1) in edition_places() and plain[owner.end() :]:
        plain = plain[owner.end() :]
    return plain


def _same_speaker(text: str, predicted: str, gold: str) -> bool:
    """Whether a predicted speaker is the labelled one: the same name, or a name and the
    short form the text itself gives it in brackets ("Huileries Ekambi SA (HESA)")."""
    ours, theirs = _name_key(predicted), _name_key(gold)
    if ours == theirs or _untitled(ours) == _untitled(theirs):
        return True  # "Dr Farhana Aslam", "Justice Syed Naqvi": a title written or not
    short, full = sorted((predicted, gold), key=len)
    if not short or not _SHORT_FORM.fullmatch(short):
        return False  # not "Jane Roe (Reuters)": a gloss gives a short form
    return f"{full} ({short})" in text


# A name with a gloss in parentheses: its other form ("UNB (United News of Bangladesh)",
# "Namibia Press Agency (Nampa)"); the gloss is read only after a short form in capitals.
_GLOSSED = re.compile(r"(.+?)\s*\(([^()]+)\)")
_SHORT_FORM = re.compile(r"[A-Z][A-Z&.-]{1,7}")


# A country's possessive before a body's name ("serbias public procurement office", the
# apostrophe gone): the same body with or without it, as labellers write it both ways.
_COUNTRY_POSSESSIVE = re.compile(r"([\w ]+?)s ")


# A person's title before a name of two words or more: the same person with or without it,
# as labellers write it both ways.
_PERSONAL_TITLE = re.compile(
    r"^(?:(?:dr|mr|mrs|ms|prof|professor|justice|judge|sheikh|sir|dame|rev|hon|mufti|mawlawi"
    r"|maulvi|maulana|mullah|advocate|lic|ing|doña|señor|señora|u|daw)\s+)+(?=\w+\s+\w)"
)


def _untitled(key: str | None) -> str | None:
    """A compared speaker's name without the personal titles before it."""
    return _PERSONAL_TITLE.sub("", key) if key else key


# A company's legal form closing its name: the same company with or without it.
_LEGAL_FORM_END = re.compile(r"(?<=\w) (?:ltd|limited|inc|plc|llc|corp|co|gmbh|ag|sa|asa)$")


def _wanted_key(name: str, predicted: list[str | None]) -> str | None:
    """A labelled name as compared: a short form several outlets share ("CNA") is the
    predicted outlet that has it, when one does and none is predicted as written (else the
    short form itself)."""
    from audit.analyse.registry import short_form_owners

    owners = {o.name for o in short_form_owners(name)}
    if len(owners) > 1 and not any(_name_key(p) == _name_key(name) for p in predicted):
        chosen = next((p for p in predicted if p in owners), None)
        if chosen is not None:
            return _name_key(chosen)
    return _name_key(name)


def _match(
    preds: list[Any],
    golds: list[tuple[str, Any]],
    same: Callable[[Any, Any], bool],
    score: Score,
    *,
    exhaustive: bool,
    label: str,
    shown: Callable[[Any], str],
) -> None:
    """Count recall on ``golds`` (label, payload) and, when labels are exhaustive, precision."""
    score.gold += len(golds)
    for name, gold in golds:
        if any(same(p, gold) for p in preds):
            score.tp_gold += 1
        else:
            score.misses.append(f"{label}  missed {name}")
    if exhaustive:
        score.pred += len(preds)
        for p in preds:
            if any(same(p, g) for _, g in golds):
                score.tp_pred += 1
            else:
                score.misses.append(f"{label}  extra  {shown(p)}")


@dataclass
class SetScores:
    """Every field's score over one folder of articles."""

    lists: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in LISTS})
    singles: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in SINGLES})
    byline: Score = field(default_factory=Score)
    chain: Score = field(default_factory=Score)
    spam_on_own_text: Score = field(default_factory=Score)
    articles: int = 0


def _single(score: Score, label: str, want: Any, got: Any) -> None:
    score.gold += 1
    score.pred += 1
    if want == got:
        score.tp_gold += 1
        score.tp_pred += 1
    else:
        score.misses.append(f"{label}  want {want!r}, got {got!r}")


def _spans(
    text: str,
    label: str,
    items: Iterable[tuple[str, str]],
    score: Score,
    *,
    absent_is_removed: bool = False,
) -> list[Any]:
    """(name, spans) for each labelled string found in ``text``. The rest are misses, except
    page debris (``absent_is_removed``), which extraction did well to drop: counted apart."""
    out = []
    for name, wanted in items:
        spans = located(text, wanted)
        if spans:
            out.append((name, spans))
        elif absent_is_removed:
            score.removed += 1
        else:
            score.gold += 1
            score.misses.append(f"{label}  not in the analysed text: {wanted[:60]!r}")
    return out


def score_article(
    name: str,
    text: str,
    got: dict[str, Any],
    want: dict[str, Any],
    exhaustive: set[str],
    s: SetScores,
) -> None:
    """Add one article's comparison to ``s``."""
    s.articles += 1
    one = s.singles
    _single(
        one["title"],
        f"{name} title",
        " ".join((want["title"] or "").split()) or None,
        " ".join((got["title"]["value"] or "").split()) or None if got.get("title") else None,
    )
    _single(
        one["outlet"],
        f"{name} outlet",
        _name_key(want["outlet"]["name"]),
        _name_key(got["outlet"]["name"]),
    )
    _single(
        one["outlet_kind"], f"{name} outlet kind", want["outlet"]["kind"], got["outlet"]["kind"]
    )
    _single(
        one["published"],
        f"{name} published",
        want["published"],
        (got["published"]["date"] or None) if got.get("published") else None,
    )
    republished = got["republication"]["original_outlet"] if got.get("republication") else None
    _single(
        one["republication_of"],
        f"{name} republication_of",
        _name_key(want["republication_of"]),
        _name_key(republished),
    )
    attribution = got["attribution"]
    predicted = [hop["name"] for hop in attribution["chain"]] + [attribution["origin"]]
    reaches = {_wanted_key(n, predicted) for n in want["chain_reaches"]}
    # the chain starts at the copy's publisher: first-hand reporting reaches the outlet itself
    own = _name_key(got["outlet"]["name"])
    if reaches:
        origin = _name_key(attribution["origin"])
        one["origin"].gold += 1
        one["origin"].pred += origin is not None
        first_hand = origin is None and own is not None and reaches == {own}
        if origin in reaches or first_hand:
            one["origin"].tp_gold += 1
            one["origin"].tp_pred += 1
        else:
            one["origin"].misses.append(
                f"{name} origin  want one of {sorted(map(str, reaches))}, got {origin!r}"
            )
    # chain: recall of what it must reach, precision of the names it shows
    names = {_name_key(hop["name"]) for hop in attribution["chain"]} | ({own} - {None})
    allowed = reaches | {_name_key(n) for n in want.get("also_credited", [])}
    allowed |= {_name_key(want["republication_of"]), _name_key(want["outlet"]["name"])}
    _names(s.chain, f"{name} chain", reaches, names, allowed)
    want_by = {_name_key(n) for n in want["byline"]}
    _names(s.byline, f"{name} byline", want_by, {_name_key(b["name"]) for b in got["byline"]})
    _score_lists(name, text, got, want, exhaustive, s)


def _names(
    score: Score, label: str, wanted: set[Any], got: set[Any], allowed: set[Any] | None = None
) -> None:
    """Recall of the names ``wanted``; precision of the names ``got`` against ``allowed``
    (by default the names wanted)."""
    allowed = wanted if allowed is None else allowed
    score.gold += len(wanted)
    score.tp_gold += len(wanted & got)
    score.pred += len(got)
    score.tp_pred += len(got & allowed)
    score.misses += [f"{label}  missed {n}" for n in sorted(map(str, wanted - got))]
    score.misses += [f"{label}  extra  {n}" for n in sorted(map(str, got - allowed))]


def _score_lists(
    name: str,
    text: str,
    got: dict[str, Any],
    want: dict[str, Any],
    exhaustive: set[str],
    s: SetScores,
) -> None:
    lists = s.lists
    caveats = _spans(
        text,
        f"{name} caveat",
        ((_KIND_ALIASES.get(c["kind"], c["kind"]), c["contains"]) for c in want["caveats"]),
        lists["caveats"],
    )
    _match(
        got["caveats"],
        [(f"{k} {text[sp[0][0] : sp[0][1]]!r}", (k, sp)) for k, sp in caveats],
        lambda p, g: p["kind"] == g[0] and _overlaps(p["evidence"], g[1]),
        lists["caveats"],
        exhaustive="caveats" in exhaustive,
        label=f"{name} caveat",
        shown=lambda p: f"{p['kind']} {p['evidence']['quote']!r}",
    )
    quote_items = ((q["speaker"] or "", q["contains"]) for q in want["quotes"])
    quotes = _spans(text, f"{name} quote", quote_items, lists["quotes"])
    lists["quote_speakers"].gold += len(want["quotes"]) - len(quotes)
    for field_name, same in (
        ("quotes", lambda p, g: _overlaps(p["evidence"], g[1])),
        (
            "quote_speakers",
            lambda p, g: (
                _overlaps(p["evidence"], g[1]) and _same_speaker(text, p["speaker"] or "", g[0])
            ),
        ),
    ):
        _match(
            got["quotes"],
            [(f"{who or None} {text[sp[0][0] : sp[0][1]]!r}", (who, sp)) for who, sp in quotes],
            same,
            lists[field_name],
            exhaustive="quotes" in exhaustive,
            label=f"{name} {field_name[:-1]}",
            shown=lambda p: f"{p['speaker']} {p['evidence']['quote'][:60]!r}",
        )
    figures = _spans(text, f"{name} figure", ((f, f) for f in want["figures"]), lists["figures"])
    _match(
        got["figures"],
        [(repr(f), spans) for f, spans in figures],
        lambda p, g: _overlaps(p["evidence"], g),
        lists["figures"],
        exhaustive="figures" in exhaustive,
        label=f"{name} figure",
        shown=lambda p: f"{p['value']} {p['qualifier']} {p['evidence']['quote']!r}",
    )
    flags = _spans(
        text,
        f"{name} flag",
        ((f["kind"], f["contains"]) for f in want["content_flags"]),
        lists["content_flags"],
        absent_is_removed=True,
    )
    _match(
        got["flags"],
        [(f"{k} {text[sp[0][0] : sp[0][1]][:60]!r}", sp) for k, sp in flags],
        lambda p, g: _overlaps(p["evidence"], g),
        lists["content_flags"],
        exhaustive="content_flags" in exhaustive,
        label=f"{name} flag",
        shown=lambda p: f"{p['kind']} {p['evidence']['quote'][:60]!r}",
    )
    taking = [f for f in got["flags"] if f["category"] in NOT_ARTICLE and f["confidence"] != "low"]
    own = s.spam_on_own_text
    for line in want.get("must_not_flag_as_spam", []):
        spans = located(text, line)
        own.gold += 1
        if any(_overlaps(f["evidence"], spans) for f in taking):
            own.tp_gold += 1
            own.misses.append(f"{name} own text flagged  {line[:60]!r}")


def evaluate(folder: Path) -> SetScores:
    """Ingest and analyse every labelled article of ``folder`` and score it."""
    from audit import ingest
    from audit.analyse import analyse
    from audit.ingest.fetch import FetchLimits

    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    exhaustive = (
        set(expected.get("_about", {}).get("exhaustive", []))
        if isinstance(expected.get("_about"), dict)
        else set()
    )
    scores = SetScores()
    for name, want in sorted(expected["articles"].items()):
        article = ingest.load(str(folder / name), "2026-01-01T00:00:00Z", FetchLimits(10_000_000))
        score_article(name, article.text, analyse(article), want, exhaustive, scores)
    return scores


def _pair(score: Score) -> str:
    p = score.ratio(score.tp_pred, score.pred)
    r = score.ratio(score.tp_gold, score.gold)
    shown_p = f"P {p:.2f}" if p is not None else "P  -  "
    shown_r = f"R {r:.2f}" if r is not None else "R  -  "
    return f"{shown_p}  {shown_r}  ({score.tp_gold}/{score.gold} gold, {score.pred} predicted)"


def report(folder: Path, s: SetScores, misses: bool) -> None:
    print(f"{folder.name} ({s.articles} articles):")
    for key, score in s.singles.items():
        acc = score.ratio(score.tp_gold, score.gold)
        print(
            f"  {key:16s} accuracy {acc:.2f}  ({score.tp_gold}/{score.gold})"
            if acc is not None
            else f"  {key:16s} -"
        )
    print(f"  {'byline':16s} {_pair(s.byline)}")
    print(f"  {'chain':16s} {_pair(s.chain)}")
    for key, score in s.lists.items():
        removed = f"; {score.removed} more dropped by extraction" if score.removed else ""
        print(f"  {key:16s} {_pair(score)}{removed}")
    own = s.spam_on_own_text
    print(f"  {'own text flagged':16s} {own.tp_gold}/{own.gold} lines (lower is better)")
    if misses:
        everything = [*s.singles.values(), s.byline, s.chain, *s.lists.values(), own]
        for line in sorted({m for score in everything for m in score.misses}):
            print(f"    {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folders", nargs="*", type=Path, help="default: the seeds and the blind sets"
    )
    parser.add_argument("--misses", action="store_true", help="name every miss and extra")
    args = parser.parse_args(argv)
    folders = args.folders or [SEEDS, *BLIND_SETS]
    for folder in folders:
        if not (folder / "expected.json").is_file():
            print(f"{folder}: no expected.json", file=sys.stderr)
            return 2
        report(folder, evaluate(folder), args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
