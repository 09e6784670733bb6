"""The keyword gate in front of the cue patterns: sound (never drops a match) and useful."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import yaml

from audit.analyse import casefold, caveats, literal_needs, prefilter
from tests.claims_support import seeds_dir

DATA = Path(__file__).parent / "data"


def _texts() -> list[str]:
    texts: list[str] = []
    for name in ("claims_labelled", "claims_heldout", "claims_blind", "claims_blind2"):
        data = yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))
        texts.extend(p["text"] for p in data["passages"])
    seeds = seeds_dir()
    if seeds is not None:
        texts.extend(p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt")))
    # Case changes the gate must see through, including Unicode case equivalents.
    texts += [t.upper() for t in texts[:40]] + [t.title() for t in texts[:40]]
    texts += [t.replace("s", "ſ").replace("i", "ı") for t in texts[:40]]
    return texts


TEXTS = _texts()


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_fold_unifies_every_case_insensitive_equal_of_a_letter() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x10000):
        char = chr(code)
        if 0xD800 <= code < 0xE000 or not letter.fullmatch(char):
            continue
        folded = casefold.fold(char)
        assert len(folded) == 1, hex(code)
        assert re.fullmatch(folded, char, re.IGNORECASE), hex(code)
        assert folded.isascii() and folded.isalpha(), hex(code)


def test_fold_keeps_offsets() -> None:
    text = "İSTANBUL ſKY ıs ΟΔΟΣ K"
    assert len(casefold.fold(text)) == len(text)
    assert casefold.fold(text).startswith("istanbul sky is")


@pytest.mark.parametrize(
    ("pattern", "needs", "lead"),
    [
        (r"\bunverified\b", [{"unverified"}], {"unverified"}),
        (
            r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:responded|replied)\b",
            [{"had", "has", "have"}, {"not"}, {"replied", "responded"}],
            {"had", "has", "have"},
        ),
        (r"\bappears?\s+to\b", [{"appear"}], {"appear"}),
        (r"n[o’']t\s+sure", [{"not", "n’t", "n't"}, {"sure"}], {"not", "n’t", "n't"}),
        (r"(\w+) \1 again", [{" again"}], None),  # back-reference: only the literal tail
        (r"\d+ people", [{" people"}], None),
        (r"[a-z]+ing", [{"ing"}], None),
        (r"(?:abc)?def", [{"def"}], {"abcdef", "def"}),
        (r"ab|cd", [], {"ab", "cd"}),  # too short to gate on, long enough to anchor
        (r"a|cd", [], None),
    ],
)
def test_requirements(pattern: str, needs: list[set[str]], lead: set[str] | None) -> None:
    got_needs, got_lead = literal_needs.requirements(pattern, re.IGNORECASE)
    assert sorted(map(sorted, got_needs)) == sorted(map(sorted, needs))
    assert got_lead == (frozenset(lead) if lead is not None else None)


def _gates() -> dict[str, prefilter.Gate]:
    from audit.analyse import reporting, textscan

    return {
        "caveats": caveats._gate(),
        "quote verbs and speakers": reporting.gate(),
        "republication, mentions, attribution": textscan.gate(),
    }


@pytest.mark.parametrize("name", list(_gates()))
def test_scan_gives_exactly_the_matches_of_finditer(name: str) -> None:
    gate = _gates()[name]
    matched = 0
    for text in TEXTS:
        scan = gate.scan(text)
        for index, pattern in enumerate(gate.patterns):
            expected = _spans(pattern.finditer(text))
            assert _spans(scan.finditer(index)) == expected, (pattern.pattern[:80], text[:80])
            matched += len(expected)
    if name in ("caveats", "quote verbs and speakers", "republication, mentions, attribution"):
        assert matched > 30  # the texts exercise these patterns


def test_scan_on_random_mixtures_of_cue_words() -> None:
    gate = caveats._gate()
    words = sorted(
        {
            w
            for p in gate.patterns
            for n in literal_needs.requirements(p.pattern, p.flags)[0]
            for w in n
        }
    )
    filler = ["the", "a", "was", "is", "not", "by", "to", "of", "2,000", ",", ".", "\n", "Reuters"]
    rng = random.Random(8)
    for _ in range(300):
        picked = rng.choices(words + filler, k=rng.randint(5, 40))
        text = " ".join(w.upper() if rng.random() < 0.2 else w for w in picked)
        scan = gate.scan(text)
        for index, pattern in enumerate(gate.patterns):
            assert _spans(scan.finditer(index)) == _spans(pattern.finditer(text)), pattern.pattern


def test_gate_skips_cues_whose_words_are_absent_and_anchors_the_rest() -> None:
    gate = caveats._gate()
    scan = gate.scan("The council met on Tuesday and approved the budget.")
    assert sum(scan.can_match(i) for i in range(len(gate.patterns))) < len(gate.patterns) // 4
    anchored = [literal_needs.requirements(p.pattern, p.flags)[1] for p in gate.patterns]
    assert sum(a is not None for a in anchored) > len(gate.patterns) // 2


def test_patterns_without_literals_always_run() -> None:
    patterns = [re.compile(r"\d{4}"), re.compile(r"(\w)\1")]
    text = "in 2024 a committee met"
    scan = prefilter.Gate(patterns).scan(text)
    assert scan.can_match(0) and scan.can_match(1)
    assert _spans(scan.finditer(0)) == [(3, 7)]
    assert (
        _spans(scan.finditer(1))
        == _spans(patterns[1].finditer(text))
        == [(12, 14), (15, 17), (17, 19)]
    )


def test_windowed_scan_equals_windowed_finditer_for_the_quote_verbs() -> None:
    from audit.analyse import reporting

    gate = reporting.gate()
    rng = random.Random(3)
    matched = 0
    for text in TEXTS[:60]:
        scan = gate.scan(text)
        for _ in range(5):
            pos = rng.randrange(len(text) + 1)
            end = rng.randrange(pos, len(text) + 1)
            for index, pattern in enumerate(gate.patterns):
                expected = _spans(pattern.finditer(text, pos, end))
                assert _spans(scan.finditer(index, pos, end)) == expected, pattern.pattern[:60]
                matched += len(expected)
    assert matched > 20
