"""The content detectors' shortcuts decide exactly what the full computation would."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.analyse.content import spam, structure
from audit.analyse.content.credits import caption_credits, cue_words
from audit.analyse.content.model import blocks, lines
from audit.analyse.content.packs import load_packs, run_packs
from audit.analyse.content.scanning import lower as _lower
from audit.analyse.content.scanning import scan
from audit.analyse.content.structure import duplicated_header, line_keys, repeated_paragraphs

STORY = (
    "Officials in the region said on Monday that the detention camps were vocational "
    "schools, a claim the leaked documents contradict in detail.\n"
)
LONG = " ".join(["The documents describe how guards should watch the inmates closely."] * 5)


@given(st.text(alphabet=st.sampled_from("ab1_ é٣,.-\t\n"), max_size=80))
def test_many_words_matches_only_past_the_word_limit(value: str) -> None:
    many = spam._MANY_WORDS.match(value) is not None
    assert many == (len(spam._WORD.findall(value)) > spam._MAX_WORDS)


@given(
    st.text(alphabet=st.sampled_from("aA_1é ,\nΣ"), max_size=60),
    st.text(alphabet=st.sampled_from("aa_1é"), min_size=1, max_size=3),
)
def test_vocabulary_counts_words_as_the_word_pattern_finds_them(text: str, word: str) -> None:
    expected = spam._WORD.findall(text.lower()).count(word)
    assert spam.Vocabulary(text)[word] == expected


def test_injected_link_after_the_shortcuts() -> None:
    text = STORY + "Click Here: liverpool mens jersey\n" + STORY
    flags = list(spam.injected_links(text))
    assert [text[f.start : f.end] for f in flags] == ["Click Here: liverpool mens jersey"]
    ended = STORY + "Cheap jersey sale outlet discount shop.\n"  # a sentence, no call
    assert list(spam.injected_links(ended)) == []
    wordy = STORY + "Click Here: " + " ".join(["liverpool mens jersey"] * 5) + "\n"
    assert list(spam.injected_links(wordy)) == []  # more than the word limit


def test_credits_inside_long_paragraphs_are_still_found() -> None:
    text = f"{LONG} (Photo: Jane Doe) {LONG}\n{LONG} Chen Quanguo, party secretary © AP {LONG}\n"
    found = [(f.confidence, text[f.start : f.end]) for f in caption_credits(text)]
    assert ("high", "(Photo: Jane Doe)") in found
    assert any(quote.endswith("© AP") for _, quote in found)
    assert list(caption_credits(f"{LONG} written by a reporter {LONG}\n")) == []


@given(st.text(alphabet=st.sampled_from("aB1 9\u00a0\u00ad٣é“\ud800"), max_size=40))
def test_each_digit_lowers_to_one_mark(value: str) -> None:
    expected = re.sub(r"\d", "#", value.lower().replace("\u00a0", " ").replace("\u00ad", " "))
    assert _lower(value) == expected
    assert _lower("Ab 12 ٣4\u00a0x") == "ab ## ## x"


def test_shared_line_keys_find_the_same_repeats() -> None:
    header = "Leaked files show the camps' rules\nBy Jane Doe-Smith\n12 March 2021\n"
    text = header + STORY + header + STORY
    keys = line_keys(text)
    flags = list(duplicated_header(text, keys))
    assert flags == list(duplicated_header(text))
    assert [(f.code, f.confidence, text[f.start : f.end]) for f in flags] == [
        ("RES005", "high", header.strip())
    ]
    repeats = list(repeated_paragraphs(text, [(f.start, f.end) for f in flags], keys))
    assert repeats == list(repeated_paragraphs(text, []))[-1:]
    assert [text[f.start : f.end] for f in repeats] == [STORY.strip()]


_PIECES = ["Photo", " by ", "Getty", "\u00a0", " ", "Images", "©", "AP", "1", "\n", ". ", "İ", "x"]
_SPAM = ["Click here", ": ", "cheap", " ", "jerseys", "\n", "Buy", "Σ", "1", ".", "\u00a0", "İ"]


@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.lists(st.sampled_from(_SPAM)))
def test_the_shared_scan_finds_the_lines_separate_passes_find(
    pieces: list[str], sales: list[str]
) -> None:
    text = "".join(pieces) + "\n" + "".join(sales)
    rules = tuple(r for r in load_packs() if r.flags_record)
    scanned = scan(rules, text, (cue_words(), spam.cue_words()))
    if "\u00a0" in text or len(text.lower()) != len(text):
        assert scanned.cue_ends is None  # the two lowerings may differ: each looks alone
    credit_ends, commercial_ends = scanned.cue_ends or (None, None)
    assert list(caption_credits(text, credit_ends)) == list(caption_credits(text))
    assert list(spam.injected_links(text, commercial_ends)) == list(spam.injected_links(text))
    assert run_packs(rules, text, [], scanned) == run_packs(rules, text, [])


def _blocks_by_merging(text: str, short: int) -> list[tuple[int, int, str]]:
    """Blocks as first written: merge each short line into the block before it when that
    block's last line is short and open and no blank line separates them."""
    out: list[tuple[int, int, str]] = []
    for unit in lines(text):
        if out and len(unit.text) <= short and "\n\n" not in text[out[-1][1] : unit.start]:
            tail = text[out[-1][0] : out[-1][1]].split("\n")[-1].strip()
            if len(tail) <= short and tail[-1] not in '.!?:"”»':
                out[-1] = (out[-1][0], unit.end, text[out[-1][0] : unit.end])
                continue
        out.append((unit.start, unit.end, unit.text))
    return out


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .:”\n\n"), max_size=40), st.integers(1, 6))
def test_blocks_merge_wrapped_lines_as_before(text: str, short: int) -> None:
    assert [(u.start, u.end, u.text) for u in blocks(text, short)] == _blocks_by_merging(
        text, short
    )


@given(st.text(alphabet=st.sampled_from("aΣB \t\u00a0\u2028\x1c.İ"), max_size=30))
def test_line_key_shortcut_equals_collapsing_whitespace(value: str) -> None:
    assert structure._norm(value) == " ".join(value.split()).lower()
