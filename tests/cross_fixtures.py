"""Curator-style fills for the seed records, standing in for the analysers in XSC tests.

Each entry is located by exact substring in the record's text (the n-th occurrence when
given), so every evidence span satisfies text[start:end] == quote. The values are what a
careful curator would record by hand (method "curator"), including the analysers' known
imperfections (a speaker left null when the text does not say).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

RECORDS = Path(__file__).resolve().parent.parent / "records"
NYT = "The New York Times"

# (quote text, speaker, occurrence of the text)
Quote = tuple[str, str | None, int]
# (span text, value, unit, qualifier)
Figure = tuple[str, float, str | None, str]

SEEDS: dict[str, dict[str, Any]] = {
    "000_77bc1306e86b4512.txt": {
        "title": "Leak to New York Times Should Be Followed By Action From International Community",
        "outlet": ("World Uyghur Congress", "advocacy"),
        "published": ("2019-11-18", "18 November 2019"),
        "chain": [(NYT, "newspaper", "cites", "self", ["New York Times"])],
        "quotes": [
            (
                "in hopes that their disclosure would prevent Communist Party leaders, "
                "from escaping responsibility",
                "a member of the Chinese political establishment",
                0,
            ),
            ("struggle against terrorism, infiltration and separatism", "Xi Jinping", 0),
            ("organs of dictatorship", "Xi Jinping", 0),
            ("absolutely no mercy.", "Xi Jinping", 0),
            ("virus", None, 0),
            (
                "The international community no longer has an excuse to stay silent. The "
                "documents reveal a premeditated policy from the highest levels of the Chinese "
                "government to eradicate our identity.",
                "Dolkun Isa",
                0,
            ),
        ],
        "figures": [("more than 7,000 camp inmates", 7000, "camp inmates", "more_than")],
    },
    "001_69cdf78541fd54f4.txt": {
        "published": ("2019-11-18", "Monday, 18 November 2019 06:05"),
        "republication": ("Taipei Times", "Written by Taipei Times"),
        "chain": [
            ("Taipei Times", "newspaper", "republishes", "self", ["Written by Taipei Times"]),
            (NYT, "newspaper", "reports", "Taipei Times", ["*New York Times*", "*Times*"]),
            ("Reuters", "wire", "credits", "self", ["Photo: Reuters"]),
            (
                "The Guardian",
                "newspaper",
                "credits",
                "self",
                ["Additional reporting by the Guardian"],
            ),
        ],
        "quotes": [
            ("absolutely no mercy", "Xi Jinping", 0),
            (
                "escaping culpability for the mass detentions,",
                "an unnamed member of the Chinese political establishment",
                0,
            ),
            ("struggle against terrorism, infiltration and separatism", "Xi Jinping", 0),
            ("organs of dictatorship,", "Xi Jinping", 0),
            ("absolutely no mercy,", "Xi Jinping", 0),
            ("round up everyone who should be rounded up.", "Chen Quanguo", 0),
            ("virus", None, 0),
            ("a small illness becomes a serious one.", None, 0),
            (
                "rounding up so many people would knowingly fan conflict and deepen resentment,",
                "Wang Yongzhi",
                0,
            ),
            (
                "confirms in black and white, in the party's own words, its conscious and "
                "systematic extrajudicial mass internment of Muslims in Xinjiang,",
                "James Leibold",
                0,
            ),
            ("there was resistance on a local level", "James Leibold", 0),
        ],
        "figures": [
            ("403 pages", 403, "pages", "exact"),
            ("more than 1 million Uighurs", 1_000_000, "Uighurs", "more_than"),
            ("31 people", 31, "people", "exact"),
            ("more than 7,000 people", 7000, "people", "more_than"),
        ],
    },
    "002_277d183c0be70789.txt": {
        "chain": [(NYT, "newspaper", "obtained", "self", ["The New York Times"])],
        "quotes": [
            (
                "The weapons of the people’s democratic dictatorship must be wielded without "
                "any hesitation or wavering.",
                None,
                0,
            ),
            (
                "I undercut, acted selectively and made my own adjustments, believing that "
                "rounding up so many people would knowingly fan conflict and deepen resentment.",
                None,
                0,
            ),
            ("re-education centers", None, 0),
            (
                "struggle against terrorism, infiltration, and separatism, [showing] "
                "absolutely no mercy",
                "Xi Jinping",
                0,
            ),
            (
                "[Prepare for a] smashing, obliterating offensive…round up everyone who should "
                "be rounded up. Wipe them out completely, and destroy them root and branch.",
                "Chen Quanguo",
                0,
            ),
            (
                "Stick to rounding up everyone who should be rounded up. "
                "If they’re there, round them up.",
                None,
                0,
            ),
            (
                "Freedom is only possible when this ‘virus’ in their thinking is eradicated and "
                "they are in good health.",
                None,
                0,
            ),
        ],
        "figures": [
            ("403 pages", 403, "pages", "exact"),
            ("more than one million ethnic Muslims", 1_000_000, "ethnic Muslims", "more_than"),
            ("96 pages", 96, "pages", "exact"),
            ("102 pages", 102, "pages", "exact"),
            ("161 pages", 161, "pages", "exact"),
            ("44 pages", 44, "pages", "exact"),
            ("more than 7,000 Uyghur prisoners", 7000, "Uyghur prisoners", "more_than"),
        ],
    },
    "003_9e54326c62e84f3c.txt": {
        "chain": [(NYT, "newspaper", "reports", "self", ["New York Times"])],
        "quotes": [
            ("absolutely no mercy", "Xi Jinping", 0),
            ("member of the Chinese political establishment", None, 0),
            (
                "prevent party leaders, including Xi Jinping, from escaping culpability for "
                "the mass detentions.",
                "Austin Ramzy",
                0,
            ),
            ("organs of dictatorship", "Xi Jinping", 0),
            ("struggle against terrorism, infiltration and separatism", "Xi Jinping", 0),
            ("absolutely no mercy", "Xi Jinping", 1),
            (
                "The struggle against terror and to safeguard stability is a protracted war, "
                "and also a war of offence.",
                "Chen Quanguo",
                0,
            ),
            ("smashing, obliterating offensive", "Chen Quanguo", 0),
            ("round up everyone who should be rounded up.", "Chen Quanguo", 0),
            (
                "Freedom is only possible when this ‘virus’ in their thinking is eradicated and "
                "they are in good health.",
                None,
                0,
            ),
            (
                "gravely disobeying the party central leadership’s strategy for governing "
                "Xinjiang.",
                None,
                0,
            ),
            (
                "The Chinese government’s cruel, bigoted treatment of Muslims and ethnic "
                "minorities is a horrifying human rights violation.",
                "Elizabeth Warren",
                0,
            ),
        ],
        "figures": [
            ("403 pages", 403, "pages", "exact"),
            ("Over one million members", 1_000_000, "members", "more_than"),
            ("31 people", 31, "people", "exact"),
            ("over 140 deaths", 140, "deaths", "more_than"),
            ("7,000 inmates", 7000, "inmates", "exact"),
            ("over 12,000 officials", 12000, "officials", "more_than"),
        ],
    },
    "004_4da91b865824ef9e.txt": {
        "title": "Xinjiang leaks embolden critics of Chinese internment programme",
        "outlet": ("Commentary on Political Economy", "blog"),
        "published": ("2019-12-03", "Tuesday 3 December 2019"),
        "republication": ("Financial Times", "Financial Times"),
        "chain": [
            ("Financial Times", "newspaper", "republishes", "self", ["Financial Times"]),
            (NYT, "newspaper", "reports", "Financial Times", ["New York Times"]),
            (
                "International Consortium of Investigative Journalists",
                "investigative",
                "reports",
                "Financial Times",
                ["International Consortium of Investigative Journalists"],
            ),
        ],
        "quotes": [
            (
                "But now we have pages of evidence. Their own statements. Their own words.",
                "Rushan Abbas",
                0,
            ),
            ("a period of painful, interventionary treatment", "Xi Jinping", 0),
            ("no mercy", "Xi Jinping", 0),
            (
                "We now have very direct evidence that Xi Jinping was aware of what was "
                "happening and was kept closely informed by Chen Quanguo,",
                "Darren Byler",
                0,
            ),
            ("The IOC should be nervous about this", "Sophie Richardson", 0),
        ],
        "figures": [],
    },
}


def span(text: str, quote: str, occurrence: int = 0) -> dict[str, Any]:
    """Evidence for the n-th occurrence of ``quote`` in ``text`` (AssertionError if absent)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(quote, start + 1)
        assert start >= 0, f"{quote!r} (occurrence {occurrence}) not in text"
    return {"start": start, "end": start + len(quote), "quote": quote}


def fill(record: dict[str, Any], seed: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``record`` with the curator's values of ``seed`` filled in."""
    rec = copy.deepcopy(record)
    text = rec["text"]
    if "title" in seed:
        rec["title"] = {
            "value": seed["title"],
            "evidence": span(text, seed["title"]),
            "method": "curator",
        }
    if "outlet" in seed:
        name, kind = seed["outlet"]
        rec["outlet"] = {
            "name": name,
            "kind": kind,
            "evidence": span(text, name),
            "method": "curator",
        }
    if "published" in seed:
        date, where = seed["published"]
        rec["published"] = {
            "date": date,
            "time": None,
            "not_before": None,
            "evidence": span(text, where),
            "method": "curator",
        }
    if "republication" in seed:
        name, where = seed["republication"]
        rec["republication"] = {"original_outlet": name, "evidence": [span(text, where)]}
    chain = [
        {
            "name": name,
            "kind": kind,
            "relation": relation,
            "asserted_by": by,
            "evidence": [span(text, w) for w in where],
            "method": "curator",
        }
        for name, kind, relation, by, where in seed.get("chain", [])
    ]
    origin = next(
        (h["name"] for h in chain if h["relation"] in ("reports", "obtained", "cites")), None
    )
    rec["attribution"] = {"chain": chain, "origin": origin, "primary_material": None}
    rec["quotes"] = []
    for quote, speaker, occurrence in seed.get("quotes", []):
        item: dict[str, Any] = {
            "text": quote,
            "speaker": speaker,
            "evidence": span(text, quote, occurrence),
        }
        item["method"] = "curator"
        rec["quotes"].append(item)
    rec["figures"] = [
        {
            "value": value,
            "unit": unit,
            "qualifier": qualifier,
            "evidence": span(text, where),
            "method": "curator",
        }
        for where, value, unit, qualifier in seed.get("figures", [])
    ]
    return rec


def seed_name(record: dict[str, Any]) -> str:
    return Path(record["source"]["location"]).name


def load_records(folder: Path = RECORDS) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def filled_records(folder: Path = RECORDS) -> list[dict[str, Any]]:
    """The seed records with curator fills, in file order."""
    return [fill(r, SEEDS[seed_name(r)]) for r in load_records(folder)]


def write_filled(target: Path, folder: Path = RECORDS) -> dict[str, str]:
    """Write the filled records to ``target``; return seed file name -> record id."""
    target.mkdir(parents=True, exist_ok=True)
    names = {}
    for rec in filled_records(folder):
        (target / f"{rec['id']}.json").write_text(
            json.dumps(rec, ensure_ascii=False, indent=1), encoding="utf-8"
        )
        names[seed_name(rec)] = rec["id"]
    return names


def synthetic(
    record_id: str,
    text: str,
    *,
    quotes: Sequence[tuple[str, str | None]] = (),
    figures: Sequence[tuple[str, float, str | None, str]] = (),
    chain: Sequence[tuple[str, str, str]] = (),  # (name, relation, span text)
    title: str | None = None,
    date: str | None = None,
    not_before: str | None = None,
    outlet: str | None = None,
    story: str | None = None,
) -> dict[str, Any]:
    """A schema-valid record over ``text`` with values located by exact substring."""
    import hashlib

    first = text.split("\n", 1)[0]
    rec: dict[str, Any] = {
        "schema_version": 1,
        "id": record_id,
        "source": {
            "kind": "file",
            "location": f"{record_id}.txt",
            "retrieved": "2024-01-01T00:00:00Z",
            "media_type": "text/plain",
        },
        "text": text,
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "title": {
            "value": title or first,
            "evidence": span(text, title or first),
            "method": "curator",
        },
        "outlet": {
            "name": outlet,
            "kind": "unknown",
            "evidence": span(text, outlet) if outlet else None,
            "method": "curator",
        },
        "published": {
            "date": date,
            "time": None,
            "not_before": not_before,
            "evidence": None,
            "method": "curator",
        },
        "byline": [],
        "republication": None,
        "attribution": {
            "chain": [
                {
                    "name": name,
                    "kind": "newspaper",
                    "relation": relation,
                    "asserted_by": "self",
                    "evidence": [span(text, where)],
                }
                for name, relation, where in chain
            ],
            "origin": chain[0][0] if chain else None,
            "primary_material": None,
        },
        "caveats": [],
        "quotes": [{"text": q, "speaker": s, "evidence": span(text, q)} for q, s in quotes],
        "figures": [
            {"value": v, "unit": u, "qualifier": ql, "evidence": span(text, where)}
            for where, v, u, ql in figures
        ],
        "flags": [],
        "review": {"status": "unreviewed", "by": None, "at": None, "notes": None},
    }
    if story:
        rec["story"] = story
    return rec
