"""Finding outlets in text with the shipped registry."""

from __future__ import annotations

from audit.analyse.outlets import registry


def _names(text: str, context: bool = True) -> list[tuple[str, str, bool]]:
    return [
        (m.outlet.name, m.surface, m.contextual) for m in registry().mentions(text, context=context)
    ]


def test_names_aliases_and_spans() -> None:
    text = "Reuters and the Financial Times (FT) cited the New York Times."
    mentions = list(registry().mentions(text))
    assert all(text[m.start : m.end] == m.surface for m in mentions)
    names = [m.outlet.name for m in mentions]
    assert names[0] == "Reuters" and "Financial Times" in names and "The New York Times" in names


def test_context_alias_resolves_to_the_outlet_already_named() -> None:
    text = "The Washington Post obtained the files. The newspaper said the Post would publish."
    found = _names(text)
    assert found[0][0] == "The Washington Post"
    assert all(name == "The Washington Post" for name, _, _ in found)
    assert any(contextual for _, _, contextual in found)


def test_latest_named_candidate_wins() -> None:
    text = "The Guardian and The New York Times both ran it; the newspaper said on Saturday."
    assert _names(text)[-1] == ("The New York Times", "the newspaper", True)


def test_unintroduced_short_form_is_not_a_mention() -> None:
    assert _names("The newspaper said on Saturday that the Times was wrong.") == []


def test_acronyms_need_their_case() -> None:
    assert _names("the ap style guide", context=False) == []
    assert [n for n, _, _ in _names("(AP) — Officials said", context=False)] == ["Associated Press"]


def test_domains() -> None:
    outlet = registry().by_domain("www.nytimes.com")
    assert outlet is not None and outlet.name == "The New York Times"
    assert registry().by_domain("example.invalid") is None


def test_mentions_in_a_masked_copy_are_those_found_reading_the_copy_whole() -> None:
    import random

    from audit.analyse.people import quoted_mask

    pieces = ["The", "the", "New", "York", "Times", "Times’s", "AP", "(AP)", "Reuters's", "BBC"]
    pieces += ["News", "Al", "Jazeera", "al-Jazeera", "Washington", "Post.", "cbsnews.com", "CBS"]
    pieces += ["Associated", "Press", "-", "'", "’", ".", "&", " ", "\n", "“", "”", "_", "İ", "x"]
    rng = random.Random(3)
    differing = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", " "]) for _ in range(30))
        spans = [(a, a + rng.randint(0, 15)) for a in rng.sample(range(len(text)), 3)]
        masked = quoted_mask(text, spans)
        whole = tuple(registry().mentions(masked))
        assert registry().mentions_masked(text, masked, spans) == whole, (text, spans)
        differing += whole != tuple(registry().mentions(text))
    assert differing > 1000  # the blanked spans do change what is found


def test_the_masked_reading_rests_on_the_word_pattern_it_was_proved_for() -> None:
    """``mentions_masked`` re-reads only two characters either side of a blanked span: true
    while a word is runs of word characters joined by one character. A change to
    ``segment.WORD`` must re-check that rule (and then this pin)."""
    from audit.analyse.segment import WORD

    assert WORD.pattern == r"\w+(?:[.'’&-]\w+)*"
