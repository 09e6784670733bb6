"""Records for the report tests: the seed records plus curator-style entries.

The records in ``records/`` still have empty provenance lists (the analysers fill them
later). These fixtures add what a curator would record, each span located by exact
substring, so the report can be tested on realistic, overlapping highlights.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from audit.analyse import empty_fields

RECORDS = Path(__file__).resolve().parent.parent / "records"


def _record_id(seed_file: str) -> str:
    """Id of the stored record ingested from ``seed_file`` (ids change with analysis)."""
    for path in sorted(RECORDS.glob("*.json")):
        data = json.loads(path.read_text("utf-8"))
        if str(data["source"]["location"]).endswith(seed_file):
            return str(data["id"])
    raise LookupError(f"no record in {RECORDS} was ingested from {seed_file}")


SEED_000 = _record_id("000_77bc1306e86b4512.txt")
SEED_001 = _record_id("001_69cdf78541fd54f4.txt")
SEED_002 = _record_id("002_277d183c0be70789.txt")
SEED_003 = _record_id("003_9e54326c62e84f3c.txt")
SEED_004 = _record_id("004_4da91b865824ef9e.txt")
SEEDS = (SEED_000, SEED_001, SEED_002, SEED_003, SEED_004)


def load(record_id: str) -> dict[str, Any]:
    """A stored seed record with its provenance fields reset to "nothing found".

    The stored records gain values as the analysers improve; resetting keeps these
    fixtures (and the tests built on them) independent of that.
    """
    data: dict[str, Any] = json.loads((RECORDS / f"{record_id}.json").read_text("utf-8"))
    title = data["title"]
    data.update(empty_fields())
    data["title"] = title
    return data


def ev(text: str, quote: str, occurrence: int = 1) -> dict[str, Any]:
    """Evidence of the n-th occurrence of ``quote`` in ``text`` (fails loudly if absent)."""
    start = -1
    for _ in range(occurrence):
        start = text.index(quote, start + 1)
    return {"start": start, "end": start + len(quote), "quote": quote}


def hop(text: str, name: str, kind: str, relation: str, by: str, *quotes: str) -> dict[str, Any]:
    return {
        "name": name,
        "kind": kind,
        "relation": relation,
        "asserted_by": by,
        "evidence": [ev(text, q) for q in quotes],
        "method": "curator",
    }


def flag(text: str, code: str, kind: str, category: str, quote: str) -> dict[str, Any]:
    return {
        "code": code,
        "kind": kind,
        "category": category,
        "confidence": "high",
        "evidence": ev(text, quote),
        "status": "open",
        "reason": None,
    }


def quote(text: str, words: str, speaker: str | None) -> dict[str, Any]:
    return {"text": words, "speaker": speaker, "evidence": ev(text, words)}


def record_003() -> dict[str, Any]:
    rec = load(SEED_003)
    t = rec["text"]
    nyt = "The New York Times"
    rec["attribution"] = {
        "chain": [
            hop(
                t,
                nyt,
                "newspaper",
                "reports",
                "self",
                "leaked to the New York Times",
                "the newspaper says",
            ),
        ],
        "origin": nyt,
        "origin_reason": "curator",
        "primary_material": {
            "description": "a tranche of Chinese Communist Party documents (403 pages)",
            "evidence": [ev(t, "A tranche of Chinese Communist Party documents")],
        },
    }
    rec["caveats"] = [
        {
            "kind": "possible_duress",
            "stated_by": "self",
            "evidence": ev(t, "likely to have given the confession under duress"),
        },
        {
            "kind": "official_denial",
            "stated_by": "self",
            "evidence": ev(t, "despite the Chinese government’s denials"),
        },
        {
            "kind": "anonymous_source",
            "stated_by": nyt,
            "evidence": ev(t, "a person the newspaper described as a “member of the Chinese"),
        },
    ]
    rec["quotes"] = [
        quote(t, "absolutely no mercy", "Xi Jinping"),
        quote(
            t,
            "The struggle against terror and to safeguard stability is a protracted war, "
            "and also a war of offence.",
            "Chen Quanguo",
        ),
    ]
    rec["figures"] = [
        {"value": 403, "unit": "pages", "qualifier": "exact", "evidence": ev(t, "403 pages")},
        {
            "value": 12000,
            "unit": "officials",
            "qualifier": "more_than",
            "evidence": ev(t, "over 12,000 officials"),
        },
    ]
    rec["flags"] = [
        flag(t, "SPM001", "spam_link", "spam", "Click Here: liverpool mens jersey"),
        flag(t, "RES001", "comment_form", "boilerplate", "Leave a Reply"),
        flag(
            t,
            "RES001",
            "comment_form",
            "boilerplate",
            "Your email address will not be published. Required fields are marked *",
        ),
    ]
    return rec


def record_004() -> dict[str, Any]:
    rec = load(SEED_004)
    t = rec["text"]
    ft, nyt = "Financial Times", "The New York Times"
    icij = "International Consortium of Investigative Journalists"
    rec["outlet"] = {
        "name": "Commentary on Political Economy",
        "kind": "blog",
        "evidence": ev(t, "Commentary on Political Economy"),
        "method": "curator",
        "reason": None,
    }
    rec["published"] = {
        "date": "2019-12-03",
        "time": None,
        "not_before": None,
        "evidence": ev(t, "Tuesday 3 December 2019"),
        "method": "curator",
        "reason": None,
    }
    rec["republication"] = {
        "original_outlet": ft,
        "evidence": [ev(t, "the Financial Times")],
        "method": "curator",
    }
    rec["attribution"] = {
        "chain": [
            hop(t, ft, "newspaper", "republishes", "self", "the Financial Times"),
            hop(
                t,
                nyt,
                "newspaper",
                "reports",
                ft,
                "published by the New York Times",
                "documents published by the New York Times",
            ),
            hop(
                t,
                icij,
                "investigative",
                "reports",
                ft,
                "the International Consortium of Investigative Journalists",
            ),
        ],
        "origin": nyt,
        "origin_reason": "curator: the FT names the NYT and the ICIJ, which published two leaks",
        "primary_material": {
            "description": "two leaked caches of internal Chinese Communist party documents",
            "evidence": [ev(t, "Two leaked caches of internal Chinese Communist party documents")],
        },
    }
    rec["caveats"] = [
        {
            "kind": "unverified_authenticity",
            "stated_by": ft,
            "evidence": ev(
                t,
                "the authenticity of which have not been independently verified by the Financial "
                "Times",
            ),
        },
        {
            "kind": "official_denial",
            "stated_by": ft,
            "evidence": ev(t, "have dismissed the documents as a fabrication"),
        },
        {"kind": "hedge", "stated_by": ft, "evidence": ev(t, "The documents allegedly show")},
    ]
    rec["quotes"] = [
        quote(
            t,
            "But now we have pages of evidence. Their own statements. Their own words.",
            "Rushan Abbas",
        ),
        quote(
            t,
            "We now have very direct evidence that Xi Jinping was aware of what was "
            "happening and was kept closely informed by Chen Quanguo",
            "Darren Byler",
        ),
    ]
    rec["flags"] = [
        flag(
            t, "RES002", "caption_credit", "residue", "Chen Quanguo, Xinjiang party secretary © AP"
        ),
        flag(t, "RES001", "comment_form", "boilerplate", "No comments:"),
        flag(t, "RES001", "comment_form", "boilerplate", "Post a Comment"),
    ]
    return rec


def curated() -> list[dict[str, Any]]:
    """All five seed records; 003 and 004 carry curator entries, the others none."""
    by_id = {rid: load(rid) for rid in SEEDS}
    by_id[SEED_003] = record_003()
    by_id[SEED_004] = record_004()
    return [copy.deepcopy(by_id[rid]) for rid in SEEDS]
