"""The quick paths of audit.analyse.people give exactly what the plain ones do."""

from __future__ import annotations

import random
import re

from audit.analyse.people import _CAPITALISED, _capitalised_runs, quoted_mask


def _plain_mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        s, e = max(0, s), min(len(chars), e)
        if s < e:
            chars[s:e] = re.sub(r"[^\n]", "_", text[s:e])
    return "".join(chars)


def test_quoted_mask_blanks_every_span_but_line_breaks() -> None:
    assert quoted_mask("a “bc\nd” e", [(3, 7)]) == "a “__\n_” e"
    rng = random.Random(6)
    for _ in range(5000):
        text = "".join(rng.choice("ab\n _“”") for _ in range(rng.randint(0, 30)))
        spans = [(rng.randint(-3, 33), rng.randint(-3, 33)) for _ in range(rng.randint(0, 4))]
        assert quoted_mask(text, spans) == _plain_mask(text, spans), (text, spans)


def test_capitalised_runs_are_those_finditer_finds() -> None:
    words = ["Roe", "Roe-", "Anti-Roe", "Roes", "Roe’s", "Xi", "Xin", "Jean-Pierre", "said"]
    words += [" ", " ", "\n", ",", ".", "_", "-"]
    wanted = {"Roe", "Xi", "Jean-Pierre", "O’Brien", "Xin"}
    rng = random.Random(7)
    read_whole = 0
    for _ in range(5000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(1, 25)))
        runs = _capitalised_runs(text, wanted)
        if runs is None:
            read_whole += 1
            continue
        plain = [m.span() for m in _CAPITALISED.finditer(text) if m.group(0) in wanted]
        assert [m.span() for m in runs] == plain, text
    assert 0 < read_whole < 4000  # after a hyphen the whole text is read


def test_possessive_name_words_match_as_backtracking_ones_would() -> None:
    from audit.analyse.people import NAME_RUN

    backtracking = re.compile(NAME_RUN.pattern.replace("*+", "*"))
    assert backtracking.pattern != NAME_RUN.pattern
    # NAME_RUN alone and followed as in the speaker finders: a verb, the end, a comma
    forms = ["{}", r"({})[ \t]+said", "(?:{})$", r"[ \t]*({})[ \t]*,"]
    users = [
        (re.compile(f.format(NAME_RUN.pattern)), re.compile(f.format(backtracking.pattern)))
        for f in forms
    ]
    words = ["Jane", "Roe", "Dr.", "J.", "Mr", "de", "la", "al-Rashid", "van", "said", "O’Brien"]
    words += ["Roe’s", "É", ",", ".", " ", "\t", "\n", "-", "'", "_", "a"]
    rng = random.Random(8)
    for _ in range(3000):
        text = "".join(rng.choice(words) + rng.choice([" ", ""]) for _ in range(rng.randint(1, 20)))
        for quick, slow in users:
            assert [m.span(m.lastindex or 0) for m in quick.finditer(text)] == [
                m.span(m.lastindex or 0) for m in slow.finditer(text)
            ], text
