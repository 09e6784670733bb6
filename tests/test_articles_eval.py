"""The whole-article evaluation (bench/eval_articles.py): its scoring, and the floors reached.

The scorer is tested on a small article written for it, whose labels hold a known mix of
hits, misses and extras; then the seeds and the blind article sets are scored and held to
the floors measured when they were written (see each set's ``_about``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.claims_support import seeds_dir
from tests.conftest import load_bench

ARTICLE = """Dam report kept from council, papers show

By Ruth Ames

A confidential engineering report warned that the Harlow Brook dam could fail in a \
100-year flood, according to documents obtained by The Guardian. The council did not \
respond to requests for comment. "We were never shown it," said councillor Ben Ode.

Click Here: cheap football shirts
"""


def _labels(**overrides: Any) -> dict[str, Any]:
    article = {
        "title": "Dam report kept from council, papers show",
        "outlet": {"name": None, "kind": "unknown"},
        "published": None,
        "byline": ["Ruth Ames"],
        "republication_of": None,
        "chain_reaches": ["The Guardian"],
        "caveats": [{"kind": "no_response", "contains": "did not respond to requests for comment"}],
        "quotes": [{"speaker": "Ben Ode", "contains": "We were never shown it"}],
        "figures": [],
        "content_flags": [{"kind": "spam", "contains": "Click Here: cheap football shirts"}],
        "must_not_flag_as_spam": ["By Ruth Ames"],
    }
    article.update(overrides)
    return article


def _score(tmp_path: Path, exhaustive: list[str], **overrides: Any) -> Any:
    evaluation = load_bench("eval_articles")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    labels = {"_about": {"exhaustive": exhaustive}, "articles": {"a.txt": _labels(**overrides)}}
    (tmp_path / "expected.json").write_text(json.dumps(labels), encoding="utf-8")
    return evaluation.evaluate(tmp_path)


def test_a_fully_found_article_scores_one_everywhere(tmp_path: Path) -> None:
    scores = _score(tmp_path, ["caveats", "quotes", "figures"])
    for key in ("title", "outlet", "outlet_kind", "republication_of", "origin"):
        assert scores.singles[key].tp_gold == scores.singles[key].gold == 1, key
    assert (scores.chain.tp_gold, scores.chain.gold) == (1, 1)
    caveats = scores.lists["caveats"]
    assert (caveats.tp_gold, caveats.gold, caveats.tp_pred, caveats.pred) == (1, 1, 1, 1)
    speakers = scores.lists["quote_speakers"]
    assert (speakers.tp_gold, speakers.gold) == (1, 1)
    assert scores.spam_on_own_text.tp_gold == 0


def test_misses_and_extras_are_counted_and_named(tmp_path: Path) -> None:
    scores = _score(
        tmp_path,
        ["caveats", "figures"],
        caveats=[
            {"kind": "unverified", "contains": "did not respond to requests for comment"},
            {"kind": "unverified", "contains": "a sentence this article does not have"},
        ],
        published="2020-01-01",
        quotes=[{"speaker": "Someone Else", "contains": "We were never shown it"}],
    )
    caveats = scores.lists["caveats"]
    # wrong kind: a miss and an extra; the absent text: a miss named as such
    assert (caveats.tp_gold, caveats.gold, caveats.tp_pred, caveats.pred) == (0, 2, 0, 1)
    assert any("not in the analysed text" in m for m in caveats.misses)
    assert scores.singles["published"].tp_gold == 0
    assert scores.lists["quotes"].tp_gold == 1
    assert scores.lists["quote_speakers"].tp_gold == 0
    # figures labelled exhaustively as none: the "100-year" reading is absent or an extra
    figures = scores.lists["figures"]
    assert figures.gold == 0 and figures.tp_pred == 0


def test_labels_match_across_whitespace_and_every_occurrence() -> None:
    evaluation = load_bench("eval_articles")
    assert evaluation.located("a  b\nc a b c", "a b c") == [(0, 6), (7, 12)]
    assert evaluation.located("abc", "   ") == []


def test_a_speaker_and_the_short_form_the_text_glosses_it_with_are_one() -> None:
    evaluation = load_bench("eval_articles")
    text = "The oil is made by Huileries Ekambi SA (HESA), a refiner."
    assert evaluation._same_speaker(text, "Huileries Ekambi SA", "HESA")
    assert evaluation._same_speaker(text, "HESA", "Huileries Ekambi SA")
    assert not evaluation._same_speaker(text, "Huileries Ekambi SA", "Ekambi Group")
    assert not evaluation._same_speaker(text, "", "HESA")
    quoted = '"We will appeal," said Jane Roe (Reuters).'
    assert not evaluation._same_speaker(quoted, "Jane Roe", "Reuters")


@pytest.mark.skipif(seeds_dir() is None, reason="shared/seeds not available")
def test_seeds_reach_their_floors() -> None:
    evaluation = load_bench("eval_articles")
    scores = evaluation.evaluate(seeds_dir())
    for key, score in scores.singles.items():
        assert score.tp_gold == score.gold, key
    for key, score in scores.lists.items():
        assert score.tp_gold == score.gold, (key, score.misses)
    assert scores.chain.tp_gold == scores.chain.gold
    assert scores.spam_on_own_text.tp_gold == 0


# Floors a little below the scores reached (bench/eval_articles.py); first, untuned scores
# are in each set's README paragraph. (single: accuracy; lists: (precision, recall)).
BLIND_FLOORS: dict[str, dict[str, Any]] = {
    "articles_blind_text": {
        "singles": {"title": 0.95, "published": 0.85, "republication_of": 0.85, "origin": 0.8},
        "lists": {
            # "Your report says referrals … doubled" is an estimate its labels leave out
            "caveats": (0.8, 0.9),
            "quotes": (0.88, 0.95),
            "quote_speakers": (0.82, 0.88),
            "figures": (0.78, 0.9),
            "content_flags": (0.9, 0.74),
        },
        "chain_recall": 0.95,
    },
    "articles_blind_html": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.75},
        "lists": {
            "caveats": (0.88, 0.89),
            "quotes": (0.95, 0.9),
            "quote_speakers": (0.84, 0.8),
            # its labels leave out periods in words ("over more than a year"), which the
            # later sets count
            "figures": (0.86, 0.92),
            "content_flags": (0.84, 0.75),
        },
        "chain_recall": 0.8,
    },
    "articles_blind_text2": {
        "singles": {"title": 0.8, "published": 0.95, "republication_of": 0.8, "origin": 0.7},
        "lists": {
            "caveats": (0.84, 0.97),
            "quotes": (0.87, 0.9),
            "quote_speakers": (0.7, 0.72),
            "figures": (0.9, 0.92),
            "content_flags": (0.8, 0.72),
        },
        "chain_recall": 0.75,
        # an agency's copyright line, which the set's writer counts as the article's credit
        "own_text_flagged": 1,
    },
    "articles_blind_text3": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.6},
        "lists": {
            "caveats": (0.9, 0.9),
            "quotes": (0.88, 0.95),
            "quote_speakers": (0.58, 0.64),
            "figures": (0.84, 0.9),
            "content_flags": (0.88, 0.8),
        },
        "chain_recall": 0.55,
        "own_text_flagged": 1,
    },
    "articles_blind_html2": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.95},
        "lists": {
            "caveats": (0.92, 0.89),  # an advocate's "… disputed that." counted as a denial
            "quotes": (0.95, 0.8),
            "quote_speakers": (0.72, 0.6),
            "figures": (0.88, 0.93),
            "content_flags": (0.44, 0.7),  # 4 labels survive extraction: noisy; an author bio
        },
        "chain_recall": 0.95,
    },
    # the sixth set, written after this round's fixes and scored once before its own (README)
    "articles_blind_text4": {
        # origin 0.65: the leaked files' owner is the origin of a story whose own paper
        # obtained them; the set labels the paper (html10 labels the owner in the same case)
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.65},
        "lists": {
            # recall 0.89, precision 0.82 (40/49): "His bond was set at $50,000, jail records
            # show" is a figure credited to records the set left unlabelled
            "caveats": (0.81, 0.85),
            "quotes": (0.95, 0.95),
            "quote_speakers": (0.85, 0.85),
            "figures": (0.72, 0.92),
            "content_flags": (0.85, 0.68),
        },
        "chain_recall": 0.8,
        "own_text_flagged": 1,
    },
    # the seventh and eighth sets, written for a session and scored once before its fixes
    "articles_blind_text5": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.45},
        "lists": {
            "caveats": (0.78, 0.89),
            "quotes": (0.95, 0.95),
            "quote_speakers": (0.8, 0.82),
            "figures": (0.9, 0.92),
            "content_flags": (0.95, 0.95),
        },
        "chain_recall": 0.7,
    },
    "articles_blind_html3": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.95},
        "lists": {
            "caveats": (0.81, 0.97),
            "quotes": (0.9, 0.92),
            "quote_speakers": (0.84, 0.84),
            "figures": (0.77, 0.95),
            "content_flags": (0.2, 0.3),  # 3 labels survive extraction: noisy
        },
        "chain_recall": 0.8,
        # a CNN Wire copyright line and a fact-check's list of sources
        "own_text_flagged": 2,
    },
    # the ninth and tenth sets, written for the next session and scored once before its fixes
    "articles_blind_text6": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.6},
        "lists": {
            # the headline's "At least 12 dead, officials say" is found on its own since cues
            # stop at a line's end, as is the live page's "Death toll rises to 16, say
            # officials"; the labels keep only the body's
            "caveats": (0.68, 0.9),
            "quotes": (0.84, 0.95),
            "quote_speakers": (0.7, 0.82),
            "figures": (0.82, 0.92),
            "content_flags": (0.88, 0.88),
        },
        "chain_recall": 0.95,
        "own_text_flagged": 1,  # a Bloomberg copyright line, the copy's credit to its writer
    },
    "articles_blind_html4": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.6, "origin": 0.8},
        "lists": {
            "caveats": (0.7, 0.76),
            "quotes": (0.95, 0.95),
            "quote_speakers": (0.72, 0.75),
            "figures": (0.94, 0.85),
            "content_flags": (0.7, 0.35),  # 10 labels survive extraction: noisy
        },
        "chain_recall": 0.85,
        "own_text_flagged": 1,  # the same Bloomberg copyright line on an MSN copy
    },
    # the eleventh and twelfth sets, written this session and scored once before its fixes
    # (first scores in the README)
    "articles_blind_text7": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.8, "origin": 0.55},
        "lists": {
            "caveats": (0.9, 0.9),
            "quotes": (0.95, 0.95),
            "quote_speakers": (0.82, 0.82),
            "figures": (0.85, 0.9),
            "content_flags": (0.9, 0.86),
        },
        "chain_recall": 0.6,
        "own_text_flagged": 0,
    },
    "articles_blind_html5": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.95},
        "lists": {
            # "investigators have not ruled out a power line" is left unlabelled here, while
            # the sets of Turkey, Cyprus, Italy and Germany label such lines limits of evidence
            "caveats": (0.77, 0.83),
            "quotes": (0.95, 0.93),
            "quote_speakers": (0.66, 0.66),
            # a live page's "toll rises to 52" heading is a figure left unlabelled
            "figures": (0.73, 0.94),
            "content_flags": (0.5, 0.5),  # 3 labels survive extraction: noisy
        },
        "chain_recall": 0.95,
        "own_text_flagged": 0,
    },
    # the thirteenth and fourteenth sets, written this session and scored once before its
    # fixes (first scores in the README)
    "articles_blind_text8": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.8},
        "lists": {
            "caveats": (0.78, 0.85),
            "quotes": (0.95, 0.95),
            "quote_speakers": (0.84, 0.84),
            "figures": (0.85, 0.85),
            "content_flags": (0.86, 0.87),
        },
        "chain_recall": 0.95,
        "own_text_flagged": 1,  # a publisher's copyright line ("© 2026 The Irish Times DAC")
    },
    "articles_blind_html6": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.8, "origin": 0.95},
        "lists": {
            # an official's "the toll may rise" inside a quotation, twice: unlabelled here,
            # a limit of evidence to the fifteenth text set's labeller
            "caveats": (0.85, 0.89),
            "quotes": (0.92, 0.95),
            "quote_speakers": (0.74, 0.78),
            "figures": (0.86, 0.92),
            "content_flags": (0.9, 0.7),  # 8 labels survive extraction: noisy
        },
        "chain_recall": 0.7,
        "own_text_flagged": 0,
    },
    "articles_blind_text9": {
        "singles": {"title": 0.95, "published": 0.8, "republication_of": 0.95, "origin": 0.7},
        "lists": {
            "caveats": (0.82, 0.78),
            "quotes": (0.95, 0.95),
            "quote_speakers": (0.76, 0.76),
            "figures": (0.94, 0.92),
            "content_flags": (0.93, 0.87),
        },
        "chain_recall": 0.68,
        "own_text_flagged": 0,
    },
    "articles_blind_html7": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.3},
        "lists": {
            # precision .88 -> .87: a column's "By the time you read this, the number may be
            # higher" (a toll that may rise: a limit of the evidence) is not labelled
            "caveats": (0.87, 0.9),
            "quotes": (0.95, 0.94),
            "quote_speakers": (0.9, 0.88),
            "figures": (0.78, 0.94),
            "content_flags": (0.6, 0.3),  # 6 labels survive extraction: noisy
        },
        # the writer's chain lists the bodies an own story rests on (company, union,
        # regulator, court), a convention no other set follows
        "chain_recall": 0.12,
        "own_text_flagged": 1,  # "This story first appeared on GroundUp. It is republished …"
    },
    # the seventeenth and eighteenth sets, written for the next session and scored once
    # before its fixes (README)
    "articles_blind_text10": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.8, "origin": 0.95},
        "lists": {
            "caveats": (0.82, 0.82),
            "quotes": (0.95, 0.95),
            "quote_speakers": (0.88, 0.88),
            "figures": (0.84, 0.84),
            "content_flags": (0.95, 0.72),
        },
        "chain_recall": 0.85,
    },
    "articles_blind_html8": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.75},
        "lists": {
            "caveats": (0.84, 0.8),
            "quotes": (0.95, 0.95),
            "quote_speakers": (0.95, 0.95),
            "figures": (0.82, 0.8),
            "content_flags": (0.7, 0.45),  # 6 labels survive extraction: noisy
        },
        "chain_recall": 0.68,
    },
    "articles_blind_text11": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.55},
        "lists": {
            "caveats": (0.8, 0.85),
            "quotes": (0.9, 0.95),
            "quote_speakers": (0.55, 0.58),  # the weakest field on both new sets
            "figures": (0.86, 0.87),
            "content_flags": (0.84, 0.74),
        },
        "chain_recall": 0.68,
    },
    "articles_blind_html9": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.8, "origin": 0.75},
        "lists": {
            "caveats": (0.87, 0.79),
            "quotes": (0.83, 0.95),
            "quote_speakers": (0.6, 0.7),
            "figures": (0.82, 0.88),
            "content_flags": (0.95, 0.4),  # 9 labels survive extraction: noisy
        },
        "chain_recall": 0.38,
    },
    "articles_blind_text12": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.95},
        "lists": {
            "caveats": (0.88, 0.72),
            "quotes": (0.95, 0.97),
            "quote_speakers": (0.6, 0.62),  # organisations speaking through spokespeople
            "figures": (0.93, 0.82),
            "content_flags": (0.95, 0.66),
        },
        "chain_recall": 0.68,
    },
    "articles_blind_html10": {
        "singles": {"title": 0.8, "published": 0.8, "republication_of": 0.8, "origin": 0.6},
        "lists": {
            "caveats": (0.79, 0.62),
            "quotes": (0.95, 0.97),
            "quote_speakers": (0.8, 0.84),
            "figures": (0.95, 0.81),
            "content_flags": (0.5, 0.25),  # 14 labels survive extraction: noisy
        },
        "chain_recall": 0.75,  # the contractor whose internal records were obtained
    },
    "articles_blind_text13": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.7},
        "lists": {
            "caveats": (0.86, 0.77),
            "quotes": (0.93, 0.97),
            "quote_speakers": (0.75, 0.78),
            "figures": (0.97, 0.85),
            "content_flags": (0.65, 0.52),
        },
        "chain_recall": 0.54,
    },
    "articles_blind_html11": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.6},
        "lists": {
            "caveats": (0.86, 0.72),
            "quotes": (0.97, 0.93),
            "quote_speakers": (0.86, 0.82),
            "figures": (0.95, 0.87),
            "content_flags": (0.3, 0.3),  # 3 labels survive extraction: noisy
        },
        "chain_recall": 0.45,  # the agency whose leaked reports these are goes unnamed
    },
    "articles_blind_text14": {
        "singles": {"title": 0.6, "published": 0.95, "republication_of": 0.95, "origin": 0.55},
        "lists": {
            "caveats": (0.76, 0.64),
            "quotes": (0.95, 0.97),
            "quote_speakers": (0.85, 0.86),
            "figures": (0.9, 0.81),
            "content_flags": (0.68, 0.64),
        },
        "chain_recall": 0.5,  # the station known only by its call sign goes unnamed
    },
    "articles_blind_html12": {
        "singles": {"title": 0.8, "published": 0.95, "republication_of": 0.95, "origin": 0.6},
        "lists": {
            "caveats": (0.81, 0.69),
            "quotes": (0.95, 0.94),
            "quote_speakers": (0.82, 0.8),
            "figures": (0.97, 0.74),
            "content_flags": (0.3, 0.1),  # 10 labels survive extraction: noisy
        },
        "chain_recall": 0.25,  # a lawsuit's parties and a fact check's pages go unnamed
    },
    "articles_blind_text15": {
        "singles": {"title": 0.8, "published": 0.8, "republication_of": 0.8, "origin": 0.55},
        "lists": {
            "caveats": (0.83, 0.67),
            "quotes": (0.97, 0.97),
            "quote_speakers": (0.75, 0.75),
            "figures": (0.95, 0.86),
            "content_flags": (0.79, 0.67),
        },
        "chain_recall": 0.25,  # a local edition's name and the leaker behind the minutes
    },
    "articles_blind_html13": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.45},
        "lists": {
            "caveats": (0.88, 0.7),
            "quotes": (0.97, 0.97),
            "quote_speakers": (0.79, 0.79),
            "figures": (0.97, 0.86),
            "content_flags": (0.9, 0.45),  # 4 labels survive extraction: noisy
        },
        "chain_recall": 0.3,  # the unnamed analyst behind the spreadsheets goes unnamed
    },
    "articles_blind_text16": {
        "singles": {"title": 0.8, "published": 0.65, "republication_of": 0.95, "origin": 0.45},
        "lists": {
            "caveats": (0.75, 0.67),
            "quotes": (0.97, 0.97),
            "quote_speakers": (0.75, 0.77),
            "figures": (0.97, 0.86),
            "content_flags": (0.75, 0.72),
        },
        "chain_recall": 0.4,  # the agency behind the memo is not named as the chain's origin
    },
    "articles_blind_html14": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.35},
        "lists": {
            "caveats": (0.79, 0.65),
            "quotes": (0.97, 0.97),
            "quote_speakers": (0.85, 0.87),
            "figures": (0.94, 0.82),
            "content_flags": (0.7, 0.5),  # 9 labels survive extraction: noisy
        },
        "chain_recall": 0.2,  # records obtained from a port authority: the body is no hop
    },
    "articles_blind_text17": {
        "singles": {"title": 0.8, "published": 0.95, "republication_of": 0.8, "origin": 0.45},
        "lists": {
            "caveats": (0.62, 0.71),
            "quotes": (0.97, 0.97),
            "quote_speakers": (0.65, 0.66),  # a leaked draft's words go to nobody
            "figures": (0.96, 0.82),
            "content_flags": (0.78, 0.75),
        },
        "chain_recall": 0.25,  # the agency behind the leaked draft is no hop
    },
    "articles_blind_html15": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.45},
        "lists": {
            "caveats": (0.76, 0.75),
            "quotes": (0.94, 0.97),
            "quote_speakers": (0.78, 0.82),
            "figures": (0.87, 0.9),
            "content_flags": (0.9, 0.35),  # 15 labels survive extraction: noisy
        },
        "chain_recall": 0.2,  # the city department whose records were obtained is no hop
    },
    "articles_blind_text18": {
        "singles": {"title": 0.8, "published": 0.95, "republication_of": 0.95, "origin": 0.6},
        "lists": {
            "caveats": (0.84, 0.84),
            "quotes": (0.92, 0.97),
            "quote_speakers": (0.72, 0.75),  # an unattributed quote closing a paragraph
            "figures": (0.96, 0.85),  # ages and durations are not figures here
            "content_flags": (0.78, 0.53),
        },
        "chain_recall": 0.45,  # the company whose documents the paper reviewed is no hop
    },
    "articles_blind_html16": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.3},
        "lists": {
            "caveats": (0.85, 0.7),
            "quotes": (0.97, 0.97),
            "quote_speakers": (0.78, 0.8),
            "figures": (0.97, 0.82),
            "content_flags": (0.95, 0.33),  # 11 labels survive extraction: noisy
        },
        # "the Globe" alone is two registered papers: no hop; the records' owner is one
        "chain_recall": 0.5,
    },
    "articles_blind_text19": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.7},
        "lists": {
            "caveats": (0.82, 0.78),
            "quotes": (0.9, 0.97),
            "quote_speakers": (0.7, 0.75),  # a statement read on someone's behalf
            "figures": (0.97, 0.88),  # ages and durations are not figures here
            "content_flags": (0.83, 0.88),
        },
        "chain_recall": 0.6,  # a one-word unregistered site ("told Quartz") is no hop
    },
    "articles_blind_html17": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.7},
        "lists": {
            "caveats": (0.93, 0.78),
            "quotes": (0.97, 0.97),
            "quote_speakers": (0.85, 0.85),
            "figures": (0.92, 0.82),
            "content_flags": (0.95, 0.33),  # 8 labels survive extraction: noisy
        },
        "chain_recall": 0.25,  # agencies whose records were obtained are no hops
    },
    # the twentieth text and eighteenth HTML sets, scored once before this round's fixes
    "articles_blind_text20": {
        "singles": {"title": 0.95, "published": 0.8, "republication_of": 0.95, "origin": 0.3},
        "lists": {
            "caveats": (0.83, 0.78),
            "quotes": (0.95, 0.97),
            "quote_speakers": (0.82, 0.83),  # document titles credited to the company
            "figures": (0.95, 0.84),  # ages and durations are not figures here
            "content_flags": (0.72, 0.78),  # menus and footers the set left unlabelled
        },
        # a leaked document's owner and an unregistered agency ("AMNA") are no hops
        "chain_recall": 0.3,
    },
    "articles_blind_html18": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.3},
        "lists": {
            "caveats": (0.9, 0.83),
            "quotes": (0.95, 0.95),
            "quote_speakers": (0.85, 0.85),
            "figures": (0.93, 0.87),
            "content_flags": (0.95, 0.3),  # 15 labels survive extraction: noisy
        },
        "chain_recall": 0.2,  # bodies whose records were released are no hops
    },
    "articles_blind_text21": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.5},
        "lists": {
            # figures inside quotations counted as estimates credited to the speaker
            "caveats": (0.88, 0.68),
            "quotes": (0.97, 0.97),
            # a review's and a company's words credited to the body that wrote them
            "quote_speakers": (0.73, 0.73),
            "figures": (0.97, 0.9),  # "hundreds of homes": vague amounts, labelled unevenly
            "content_flags": (0.82, 0.9),
        },
        "chain_recall": 0.75,  # a leaked review's owner is a hop since set 41's round
    },
    "articles_blind_html19": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.4},
        "lists": {
            "caveats": (0.87, 0.87),
            "quotes": (0.97, 0.97),
            "quote_speakers": (0.8, 0.84),
            "figures": (0.97, 0.88),
            "content_flags": (0.95, 0.4),  # 16 labels survive extraction: noisy
        },
        "chain_recall": 0.2,  # bodies whose records were obtained are no hops
    },
    # the twenty-second text and twentieth HTML sets, scored once before this round's fixes
    "articles_blind_text22": {
        "singles": {"title": 0.8, "published": 0.95, "republication_of": 0.95, "origin": 0.4},
        "lists": {
            # figures credited in the story's own leaked records counted as estimates
            "caveats": (0.85, 0.68),
            "quotes": (0.95, 0.97),
            # an unnamed spokeswoman's words are her company's: left unattributed here
            "quote_speakers": (0.75, 0.8),
            "figures": (0.97, 0.92),
            "content_flags": (0.86, 0.77),
        },
        "chain_recall": 0.2,  # an unnamed former employee as the leak's origin is no hop
    },
    "articles_blind_html20": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.7},
        "lists": {
            "caveats": (0.82, 0.75),
            "quotes": (0.97, 0.95),
            "quote_speakers": (0.83, 0.83),
            "figures": (0.97, 0.93),
            "content_flags": (0.6, 0.15),  # 11 labels survive extraction: noisy
        },
        "chain_recall": 0.45,  # a station's Telegram channel and a watchdog are no hops
    },
    "articles_blind_text23": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.35},
        "lists": {
            # "records show" without a number before it is counted as an estimate here
            "caveats": (0.82, 0.7),
            "quotes": (0.92, 0.95),
            # a consultancy's report and a quoted union leader are given to the company
            "quote_speakers": (0.68, 0.72),
            "figures": (0.94, 0.86),
            "content_flags": (0.65, 0.75),
        },
        # the holder of records obtained by request ("the Ministry of Mining") is no hop
        "chain_recall": 0.15,
    },
    "articles_blind_html21": {
        "singles": {"title": 0.95, "published": 0.8, "republication_of": 0.8, "origin": 0.45},
        "lists": {
            "caveats": (0.76, 0.58),
            "quotes": (0.97, 0.93),
            "quote_speakers": (0.7, 0.67),
            "figures": (0.97, 0.77),  # ages and "more than a year" are not figures here
            "content_flags": (0.45, 0.4),  # 7 labels survive extraction: noisy
        },
        "chain_recall": 0.25,  # a council whose released emails the story rests on is no hop
    },
    "articles_blind_text24": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.95},
        "lists": {
            # a quoted denial is counted beside the reporter's "has denied"; "the Observer
            # understands" and residents' words as anonymous sources are not found
            "caveats": (0.7, 0.66),
            "quotes": (0.95, 0.97),
            # an audit report's and a court claim's words are given to their bodies here
            "quote_speakers": (0.76, 0.77),
            "figures": (0.96, 0.93),
            "content_flags": (0.66, 0.79),
        },
        "chain_recall": 0.8,
    },
    "articles_blind_html22": {
        # a station's visible local date is a day before its metadata's UTC date
        "singles": {"title": 0.95, "published": 0.8, "republication_of": 0.95, "origin": 0.7},
        "lists": {
            "caveats": (0.86, 0.69),
            "quotes": (0.97, 0.97),
            "quote_speakers": (0.87, 0.87),
            "figures": (0.97, 0.86),  # ages are figures here
            "content_flags": (0.7, 0.35),  # 15 labels survive extraction: noisy
        },
        "chain_recall": 0.55,  # a company as the leaked deck's supposed origin is no hop
    },
    "articles_blind_text25": {
        # a journal whose notice is quoted is taken for the origin of a sleuth's finding
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.55},
        "lists": {
            "caveats": (0.85, 0.8),
            "quotes": (0.95, 0.95),
            # a pseudonymous sleuth and a retraction notice's journal go unnamed
            "quote_speakers": (0.73, 0.73),
            "figures": (0.97, 0.86),
            "content_flags": (0.72, 0.7),
        },
        "chain_recall": 0.65,
    },
    "articles_blind_html23": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.55},
        "lists": {
            "caveats": (0.79, 0.68),
            "quotes": (0.97, 0.97),
            "quote_speakers": (0.87, 0.87),
            "figures": (0.97, 0.92),
            "content_flags": (0.7, 0.4),  # 7 labels survive extraction: noisy
        },
        # a TV station's channel number ("KOB 4") and a public broadcaster's sister radio
        # and a Baltic wire credited in a desk line are not reached
        "chain_recall": 0.5,
    },
    "articles_blind_text26": {
        # a leaked survey's authors are not reached as origins
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.2},
        "lists": {
            "caveats": (0.85, 0.75),
            "quotes": (0.88, 0.9),
            # a survey quoted through its firm ("the surveyor wrote") goes unnamed
            "quote_speakers": (0.66, 0.68),
            "figures": (0.9, 0.85),
            "content_flags": (0.83, 0.7),
        },
        "chain_recall": 0.4,
    },
    "articles_blind_html24": {
        "singles": {"title": 0.8, "published": 0.8, "republication_of": 0.95, "origin": 0.95},
        "lists": {
            "caveats": (0.79, 0.77),
            "quotes": (0.97, 0.97),
            "quote_speakers": (0.8, 0.8),
            "figures": (0.97, 0.9),
            "content_flags": (0.7, 0.2),  # 16 labels survive extraction: noisy
        },
        "chain_recall": 0.6,
    },
    "articles_blind_text27": {
        # a leaked audit's authors (a provincial directorate) are not reached as the origin
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.6},
        "lists": {
            # a leaked audit's multiple ("more than twice the volume … according to a copy
            # of the document") credited, which the labels leave out
            "caveats": (0.76, 0.8),
            "quotes": (0.9, 0.97),
            # words an audit "says" or its auditors "wrote" go unnamed
            "quote_speakers": (0.67, 0.72),
            "figures": (0.89, 0.82),
            "content_flags": (0.58, 0.68),
        },
        "chain_recall": 0.45,
    },
    "articles_blind_html25": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.8, "origin": 0.75},
        "lists": {
            "caveats": (0.77, 0.76),
            "quotes": (0.97, 0.97),
            "quote_speakers": (0.8, 0.8),
            "figures": (0.97, 0.85),
            "content_flags": (0.7, 0.4),  # 8 labels survive extraction: noisy
        },
        "chain_recall": 0.95,
    },
    "articles_blind_text28": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.95},
        "lists": {
            "caveats": (0.85, 0.85),
            # single scare-quoted words ("froze", "died") counted as quotes
            "quotes": (0.8, 0.97),
            "quote_speakers": (0.72, 0.85),
            "figures": (0.97, 0.88),
            "content_flags": (0.92, 0.8),
        },
        # an agency "reporting from the briefing, quoted …" is not read as a source credited
        "chain_recall": 0.8,
    },
    "articles_blind_html26": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.6},
        "lists": {
            # figures credited to a source in the same sentence are mostly not read as
            # estimates ("the new fee would raise about VT45 million a year")
            "caveats": (0.88, 0.66),
            "quotes": (0.97, 0.97),
            "quote_speakers": (0.85, 0.85),
            "figures": (0.97, 0.88),
            "content_flags": (0.7, 0.35),  # 8 labels survive extraction: noisy
        },
        # documents "seen by" the newsroom do not reach their issuers
        "chain_recall": 0.45,
    },
    "articles_blind_text29": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.8, "origin": 0.95},
        "lists": {
            # a lede's "exporters say … cut shipments by nearly a third" read as an estimate
            "caveats": (0.88, 0.9),
            "quotes": (0.97, 0.97),
            # words an agency "reported, citing" are the agency's, not the body's it cites
            "quote_speakers": (0.82, 0.82),
            "figures": (0.97, 0.9),
            "content_flags": (0.95, 0.88),
        },
        "chain_recall": 0.7,
    },
    "articles_blind_html27": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.8},
        "lists": {
            "caveats": (0.78, 0.87),
            # single scare-quoted words in a cross-heading ("Never received a single euro")
            "quotes": (0.9, 0.97),
            "quote_speakers": (0.8, 0.88),
            "figures": (0.97, 0.87),
            "content_flags": (0.95, 0.25),  # 7 labels survive extraction: noisy
        },
        "chain_recall": 0.7,
    },
    "articles_blind_text30": {
        # "Source: CNA" on a Cypriot page: "CNA" is shared with Taiwan's and Singapore's, and
        # the copy never names the Cyprus News Agency in full
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.8, "origin": 0.6},
        "lists": {
            # a columnist's "I do not know whether …" and "It is entirely possible that …"
            "caveats": (0.86, 0.75),
            "quotes": (0.93, 0.97),
            # "the union wrote" named by an acronym with letters beyond ASCII ("BİDOK-SEN")
            "quote_speakers": (0.78, 0.82),
            "figures": (0.96, 0.9),
            "content_flags": (0.85, 0.9),
        },
        "chain_recall": 0.55,
    },
    "articles_blind_html28": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.75},
        "lists": {
            # "are seen as crucial", "flames appear to have died down": hedges in description
            "caveats": (0.76, 0.82),
            "quotes": (0.95, 0.97),
            "quote_speakers": (0.88, 0.92),
            "figures": (0.96, 0.9),
            "content_flags": (0.8, 0.6),  # 6 labels survive extraction: noisy
        },
        "chain_recall": 0.8,
    },
    "articles_blind_text31": {
        # origin: a court order and a sworn statement as the material a story rests on
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.6},
        "lists": {
            "caveats": (0.84, 0.84),
            "quotes": (0.97, 0.97),
            # "The order … restrains NOCMA “…”" (the judge's), a Facebook page named without
            # quotation marks whose post the fact check quotes
            "quote_speakers": (0.9, 0.9),
            # "dozens of", "hundreds of", "most of them women": vague counts as figures
            "figures": (0.94, 0.84),
            # comment forms and share lines labelled one block each: our line flags count extra
            "content_flags": (0.74, 0.9),
        },
        "chain_recall": 0.45,
    },
    "articles_blind_html29": {
        # origin: a Telegram channel and a company's letter the labels count as origins
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.4},
        "lists": {
            "caveats": (0.83, 0.82),
            "quotes": (0.97, 0.97),
            # "a company spokesperson" after a one-word company name ("KhataPay"); "the
            # company blamed “…”" (verbs of blame are not tags: their object is no speaker)
            "quote_speakers": (0.85, 0.85),
            "figures": (0.95, 0.89),
            "content_flags": (0.95, 0.95),  # 2 labels survive extraction: noisy
        },
        "chain_recall": 0.55,
    },
    "articles_blind_text32": {
        # published: Africanews's "Last update: 18/11 - 11:05" gives no year; origin: a
        # shared short form ("Source: APA": three agencies) and an audit firm's report
        "singles": {"title": 0.95, "published": 0.8, "republication_of": 0.8, "origin": 0.45},
        "lists": {
            # "We found no official statement … supporting the claim" as a limit, "The
            # ministry has issued no order" as a denial: verdict wording of a fact check
            "caveats": (0.82, 0.78),
            "quotes": (0.97, 0.97),
            # "the auditors wrote" (the audit firm's words); a subhead quoting a boss
            "quote_speakers": (0.88, 0.88),
            "figures": (0.96, 0.95),
            "content_flags": (0.8, 0.8),
        },
        "chain_recall": 0.4,
    },
    "articles_blind_html30": {
        # outlet: VoxCheck's page lives on VoxUkraine's domain (a project of the site's
        # owner); republication: the same page credits VoxCheck, read as a copy
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.8, "origin": 0.6},
        "lists": {
            "caveats": (0.83, 0.84),
            "quotes": (0.97, 0.97),
            "quote_speakers": (0.9, 0.9),
            "figures": (0.97, 0.92),
            "content_flags": (0.95, 0.5),  # 13 labels survive extraction: noisy
        },
        "chain_recall": 0.7,
    },
    "articles_blind_text33": {
        # origin: the Substack's story of a Honduran bridge reaches Criterio.hn, the
        # labelled origin of its second item, not of the whole letter
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.75},
        "lists": {
            # "Nothing back yet", "it says what the documents don't show": a writer's own
            # turns of phrase for no reply and for a limit
            "caveats": (0.84, 0.82),
            "quotes": (0.97, 0.97),
            # "The mayor's office told Criterio" (labelled with the office's whole name);
            # "It described questions … as" (the statement's, two sentences on)
            "quote_speakers": (0.87, 0.87),
            "figures": (0.97, 0.9),
            "content_flags": (0.85, 0.86),
        },
        "chain_recall": 0.62,
    },
    "articles_blind_html31": {
        # published: the Frontier Post's metadata carries the original's date (the page
        # shows the next day); origin: a state agency quoted on a live page
        "singles": {"title": 0.95, "published": 0.8, "republication_of": 0.95, "origin": 0.7},
        "lists": {
            "caveats": (0.84, 0.8),
            "quotes": (0.97, 0.97),
            # an @handle that "shared a graphic … with the text:" (no reporting verb)
            "quote_speakers": (0.92, 0.92),
            "figures": (0.97, 0.86),
            "content_flags": (0.45, 0.1),  # 9 labels survive extraction: noisy
        },
        "chain_recall": 0.58,
    },
    "articles_blind_text34": {
        # origin: a court's verdict and a regional office's letter, labelled as origins
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.6},
        "lists": {
            "caveats": (0.92, 0.92),
            # quote marks in a headline and around single words ("debts", "phantom"),
            # which the labeller does not count as quotations
            "quotes": (0.7, 0.97),
            "quote_speakers": (0.7, 0.97),
            # ages and age ranges ("27-year-old", "aged 18 to 35"): not figures here
            "figures": (0.97, 0.8),
            "content_flags": (0.92, 0.9),
        },
        "chain_recall": 0.7,
    },
    "articles_blind_html32": {
        # origin: a ministry's press release, a lab's test results, a prosecutor's office
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.3},
        "lists": {
            "caveats": (0.88, 0.75),
            "quotes": (0.97, 0.97),
            # a subsidiary's short name ("the company" after it); a federation named in
            # Spanish and in English translation
            "quote_speakers": (0.74, 0.74),
            "figures": (0.97, 0.86),
            "content_flags": (0.9, 0.6),  # 3 labels survive extraction: noisy
        },
        "chain_recall": 0.2,
    },
    "articles_blind_text35": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.8},
        "lists": {
            "caveats": (0.88, 0.83),
            "quotes": (0.95, 0.97),
            "quote_speakers": (0.9, 0.93),
            # counts in words ("one complaint") and ages ("aged 5 to 14"): not figures here
            "figures": (0.93, 0.82),
            # one label per block of page furniture, every line of it flagged
            "content_flags": (0.74, 0.95),
        },
        "chain_recall": 0.95,
    },
    "articles_blind_html33": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.95},
        "lists": {
            "caveats": (0.92, 0.92),
            "quotes": (0.93, 0.97),
            # a federation's name with a possessive ("Transport Workers' Federation"), a
            # ministry's name with a comma in it
            "quote_speakers": (0.85, 0.88),
            "figures": (0.88, 0.83),
            "content_flags": (0.9, 0.9),  # 2 labels survive extraction: noisy
        },
        "chain_recall": 0.75,
    },
    "articles_blind_text36": {
        # origin: a leaked draft regulation the outlet obtained, labelled as the origin
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.7},
        "lists": {
            "caveats": (0.86, 0.85),
            # a nested quotation ("He said, 'Lim, this company must win.'") is the other's
            "quotes": (0.95, 0.92),
            "quote_speakers": (0.95, 0.92),
            # ages ("Kamarul, 58", "aged between 19 and 44"): not figures here
            "figures": (0.93, 0.8),
            # footers and share rows flagged line by line, labelled once or not at all
            "content_flags": (0.65, 0.95),
        },
        "chain_recall": 0.7,
    },
    "articles_blind_html34": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.95},
        "lists": {
            "caveats": (0.9, 0.82),
            "quotes": (0.95, 0.95),
            "quote_speakers": (0.95, 0.95),
            # ages ("Martine Aubanel, 67", "an 81-year-old widow"): not figures here
            "figures": (0.92, 0.82),
            "content_flags": (0.9, 0.9),  # 3 labels survive extraction: noisy
        },
        "chain_recall": 0.95,
    },
    "articles_blind_text37": {
        # origin and chain: the bodies whose filings, records and court orders the stories
        # rest on (a utility commission, a district court) are no hops here
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.45},
        "lists": {
            "caveats": (0.84, 0.9),
            "quotes": (0.95, 0.95),
            # "the company's attorneys argued" after places ending in "Center"
            "quote_speakers": (0.84, 0.84),
            # ages ("Tammy Caudill, 63", "71-year-old"): not figures here
            "figures": (0.92, 0.85),
            # footers and menus flagged line by line, labelled once
            "content_flags": (0.77, 0.9),
        },
        "chain_recall": 0.2,
    },
    "articles_blind_html35": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.6},
        "lists": {
            "caveats": (0.9, 0.86),
            "quotes": (0.95, 0.95),
            "quote_speakers": (0.88, 0.88),
            # ages ("The 52-year-old", "15-year-olds") and vague counts: not figures here
            "figures": (0.95, 0.85),
            "content_flags": (0.95, 0.75),  # 5 labels: noisy
        },
        "chain_recall": 0.55,
    },
    "articles_blind_text38": {
        # origin and chain: "the Nation newspaper in Bridgetown" is one of five papers of
        # that name, which nothing but the city tells apart; a charity whose accounts a
        # theft trial rests on
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.45},
        "lists": {
            "caveats": (0.83, 0.77),
            "quotes": (0.95, 0.95),
            # "the statement said" after a chief executive's statement; an anonymous source
            # at a commission
            "quote_speakers": (0.72, 0.72),
            "figures": (0.93, 0.84),
            "content_flags": (0.91, 0.87),
        },
        "chain_recall": 0.35,
    },
    "articles_blind_html36": {
        "singles": {"title": 0.95, "published": 0.95, "republication_of": 0.95, "origin": 0.7},
        "lists": {
            # hedges with "may" ("may have been viewable") and estimates a wire's sources gave
            "caveats": (0.92, 0.7),
            # a document's title in quotation marks
            "quotes": (0.9, 0.95),
            # "the official said", "said a ministry official": anonymous, labelled as the body
            "quote_speakers": (0.72, 0.77),
            "figures": (0.9, 0.87),
            "content_flags": (0.45, 0.45),  # 2 labels: noisy
        },
        "chain_recall": 0.45,
    },
}


@pytest.mark.parametrize("name", sorted(BLIND_FLOORS))
def test_blind_article_sets_reach_their_floors(name: str) -> None:
    evaluation = load_bench("eval_articles")
    folder = Path(__file__).parent / "data" / name
    scores = evaluation.evaluate(folder)
    floors = BLIND_FLOORS[name]
    for key, floor in floors["singles"].items():
        score = scores.singles[key]
        assert score.tp_gold / score.gold >= floor, (key, score.misses)
    for key, (precision, recall) in floors["lists"].items():
        score = scores.lists[key]
        assert score.tp_pred / score.pred >= precision, (key, "precision", score.misses)
        assert score.tp_gold / score.gold >= recall, (key, "recall", score.misses)
    assert scores.chain.tp_gold / scores.chain.gold >= floors["chain_recall"], scores.chain.misses
    allowed = floors.get("own_text_flagged", 0)
    assert scores.spam_on_own_text.tp_gold <= allowed, scores.spam_on_own_text.misses
