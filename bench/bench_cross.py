"""Benchmark the cross-source (XSC) rules on synthetic corpora of 1,000 and 10,000 records.

Records are generated, not read from disk, so the numbers are the rules' own cost: one
digest per record (collect) and the story grouping and comparisons (finish). Stories vary
in size (2-8 records), outlet, origin, place, event, figures, speakers and quotations, with
some records carrying a drifted quotation or a different figure, as real coverage does.

    python bench/bench_cross.py            # 1,000 and 10,000 records
    python bench/bench_cross.py 500 2000   # other sizes
"""

from __future__ import annotations

import hashlib
import random
import sys
import time
import tracemalloc
from collections import Counter
from dataclasses import replace
from typing import Any

from audit.rules.base import CorpusRule, Draft, RecordContext, Rule
from audit.rules.cross import XSC_RULES
from audit.rules.cross.runner import story_drafts

SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in ("a", "e", "i", "o", "u", "ar", "en")]
ORIGINS = [
    "Reuters",
    "Associated Press",
    "The Daily Ledger",
    "Morning Courier",
    "El Diario",
    "Nordic Wire",
    "The Harbour Post",
    "Sun Herald",
    "Agence Presse",
    "Capital Times",
]
OUTLETS = [
    "Blog of the Valley",
    "World Digest",
    "Evening Star",
    "The Observer Online",
    "Metro Today",
    "Coastline News",
    None,
]
EVENTS = [
    ("attack", "market"),
    ("bombing", "station"),
    ("fire", "factory"),
    ("flood", "village"),
    ("crash", "highway"),
    ("riot", "square"),
    ("earthquake", "school"),
    ("storm", "port"),
]
ROLES = ["mayor", "minister", "spokesperson", "researcher", "director", "activist"]
_VOCAB = (
    "we will not accept any delay in the inquiry and every family deserves a full answer "
    "about what happened and who is responsible for the failures that cost so many lives "
    "our teams worked through night to reach people trapped under collapsed buildings "
    "while volunteers brought water blankets medicine from neighbouring towns nobody "
    "warned us river would rise this fast engineers said barrier had been weakened "
    "months ago budget cuts left emergency services without trucks radios fuel "
    "compensation must reach victims quickly government promised review safety rules "
    "schools hospitals roads bridges rebuilt stronger than before history will judge "
    "leaders by how they respond now"
)
WORDS = _VOCAB.split()
FILLER = [
    "Officials promised an inquiry into the response.",
    "Residents gathered outside the town hall on the following day.",
    "Critics said the warnings had been ignored for years.",
    "The government has not commented on the allegations.",
    "Analysts expect the findings to shape the coming elections.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def name(rng: random.Random, parts: int = 2) -> str:
    return " ".join("".join(rng.sample(SYLLABLES, 3)).capitalize() for _ in range(parts))


class Builder:
    """Text with spans: append pieces and remember where values sit."""

    def __init__(self) -> None:
        self.text = ""

    def add(self, piece: str) -> None:
        self.text += piece

    def span(self, needle: str, after: int = 0) -> dict[str, Any]:
        start = self.text.index(needle, after)
        return {"start": start, "end": start + len(needle), "quote": needle}


Labels = dict[str, dict[str, Any]]


def story_records(
    rng: random.Random, story: int, size: int, labels: Labels
) -> list[dict[str, Any]]:
    place, speaker, other = name(rng, 1), name(rng), name(rng)
    origin = rng.choice(ORIGINS)
    event, venue = rng.choice(EVENTS)
    toll, pages = rng.randint(5, 400), rng.randint(50, 900)
    words = rng.sample(WORDS, 14)
    quote = " ".join(words)
    day = rng.randint(1, 20)
    out = []
    for member in range(size):
        b = Builder()
        title = f"{event.capitalize()} in {place}: {name(rng, 1)} {story}-{member}"
        b.add(title + "\n\n")
        figures, quotes = [], []
        deviant = rng.random() < 0.05
        dead = toll + rng.randint(max(3, toll // 4), max(6, toll // 2)) if deviant else toll
        qualifier = "more_than" if rng.random() < 0.3 and not deviant else "exact"
        count = f"{'more than ' if qualifier == 'more_than' else ''}{dead} people"
        b.add(f"The {event} at a {venue} in {place} killed {count}, {origin} reported. ")
        figures.append(
            {"value": dead, "unit": "people", "qualifier": qualifier, "evidence": b.span(count)}
        )
        if rng.random() < 0.7:
            b.add(f"{origin} obtained {pages} pages of internal reports on {place}. ")
            figures.append(
                {
                    "value": pages,
                    "unit": "pages",
                    "qualifier": "exact",
                    "evidence": b.span(f"{pages} pages"),
                }
            )
        drift = rng.random() < 0.15
        said = " ".join(words[:9] + rng.sample(WORDS, 4)) if drift else quote
        b.add(f"{speaker}, the {rng.choice(ROLES)} of {place}, said: “{said}.” ")
        quotes.append({"text": said, "speaker": speaker, "evidence": b.span(said)})
        if rng.random() < 0.5:
            line = " ".join(rng.sample(WORDS, 8))
            b.add(f"{other} told reporters: “{line}.” ")
            quotes.append({"text": line, "speaker": other, "evidence": b.span(line)})
        dated = member == 0 or rng.random() < 0.6
        if member == 0:
            b.add(
                f"The findings were first published by {origin}, the outlet said on "
                f"{rng.choice(WEEKDAYS)}. "
            )
        b.add(" ".join(rng.sample(FILLER, 3)))
        text = b.text
        outlet = rng.choice(OUTLETS)
        record_id = f"story-{story}-{member}"
        labels[record_id] = {"story": story, "toll": (dead, qualifier), "drift": said != quote}
        out.append(
            {
                "schema_version": 1,
                "id": record_id,
                "source": {
                    "kind": "file",
                    "location": f"{record_id}.txt",
                    "retrieved": "2024-01-01T00:00:00Z",
                    "media_type": "text/plain",
                },
                "text": text,
                "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
                "title": {"value": title, "evidence": b.span(title), "method": "curator"},
                "outlet": {
                    "name": outlet,
                    "kind": "unknown",
                    "evidence": None,
                    "method": "curator",
                },
                "published": {
                    "date": f"2023-05-{day + member % 5:02d}" if dated else None,
                    "time": None,
                    "not_before": None,
                    "evidence": None,
                    "method": "curator",
                },
                "byline": [],
                "republication": None,
                "attribution": {
                    "chain": [
                        {
                            "name": origin,
                            "kind": "wire",
                            "relation": "reports",
                            "asserted_by": "self",
                            "evidence": [b.span(origin)],
                        }
                    ],
                    "origin": origin,
                    "primary_material": None,
                },
                "caveats": [],
                "quotes": quotes,
                "figures": figures,
                "flags": [],
                "review": {"status": "unreviewed", "by": None, "at": None, "notes": None},
            }
        )
    return out


def labelled_corpus(size: int, seed: int = 7) -> tuple[list[dict[str, Any]], Labels]:
    """Records plus what is true of them: story, death toll stated, drifted quotation."""
    rng = random.Random(seed)
    records: list[dict[str, Any]] = []
    labels: Labels = {}
    story = 0
    while len(records) < size:
        size_now = min(rng.randint(2, 8), size - len(records))
        records.extend(story_records(rng, story, size_now, labels))
        story += 1
    return records, labels


def corpus(size: int, seed: int = 7) -> list[dict[str, Any]]:
    return labelled_corpus(size, seed)[0]


def collect(records: list[dict[str, Any]]) -> tuple[list[Rule], dict[str, list[Any]]]:
    """Every XSC rule's collected value per record, as the engine holds them."""
    contexts = [RecordContext(r["id"] + ".json", "", data=r, schema_valid=True) for r in records]
    rules: list[Rule] = [rule_class() for rule_class in XSC_RULES]
    collected: dict[str, list[Any]] = {}
    for rule in rules:
        assert isinstance(rule, CorpusRule)
        collected[rule.code] = [rule.collect(ctx) for ctx in contexts]
    return rules, collected


def finish(rules: list[Rule], collected: dict[str, list[Any]]) -> list[Draft]:
    """The drafts of all XSC rules run together, story by story (as `check` runs them)."""
    together = story_drafts(rules, collected)
    return [replace(d, path=rule.code) for rule in rules for d in together[rule.code]]


def findings(records: list[dict[str, Any]]) -> list[Draft]:
    return finish(*collect(records))  # path carries the code here


def run(records: list[dict[str, Any]]) -> Counter[str]:
    return Counter(str(d.path) for d in findings(records))


def measure(size: int) -> tuple[float, float, float, float, Counter[str]]:
    """Wall and CPU seconds, peak MiB while the rules run, KB held per record until they
    run (the collected digests), and the findings per rule."""
    records = corpus(size)
    start, cpu = time.perf_counter(), time.process_time()
    counts = run(records)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    records = corpus(size)
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    rules, collected = collect(records)
    held = (tracemalloc.get_traced_memory()[0] - before) / size / 1000
    finish(rules, collected)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, cpu, peak / 2**20, held, counts


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [1000, 10000]
    base: tuple[int, float] | None = None
    print(
        f"{'records':>8} {'wall s':>7} {'cpu s':>7} {'cpu ms/rec':>10} {'peak MiB':>9} "
        f"{'held KB/rec':>11}  findings"
    )
    for size in sizes:
        seconds, cpu, peak, held, counts = measure(size)
        found = ", ".join(f"{c} {n}" for c, n in sorted(counts.items()))
        print(
            f"{size:>8} {seconds:>7.2f} {cpu:>7.2f} {1000 * cpu / size:>10.3f} "
            f"{peak:>9.1f} {held:>11.2f}  {found}"
        )
        if base is None:
            base = (size, cpu)
    if base and len(sizes) > 1:
        ratio = cpu / base[1]
        growth = ratio / (sizes[-1] / base[0])
        print(
            f"CPU time grew {ratio:.1f}x for {sizes[-1] / base[0]:.0f}x the records "
            f"(per-record cost ratio {growth:.2f}; 1.00 = linear)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
