"""The compact per-record state of the XSC rules: packed digests, hashed story keys, and
all rules run story by story giving exactly the drafts each rule gives alone."""

from __future__ import annotations

import os
import subprocess
import sys
import tracemalloc
from typing import Any

import pytest

from audit.analyse.crosssource.digest import digest
from audit.analyse.crosssource.packed import Packed, key_hash, pack
from audit.analyse.crosssource.stories import group
from audit.rules.base import CorpusRule, RecordContext
from audit.rules.cross import XSC_RULES
from audit.rules.cross.runner import story_drafts
from tests.conftest import load_bench
from tests.cross_fixtures import filled_records


def _bench_corpus(size: int, seed: int) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = load_bench("bench_cross").corpus(size, seed)
    return records


def test_pack_round_trip_keeps_the_digest() -> None:
    for record in filled_records():
        d = digest(record, record["id"])
        packed = pack(d)
        assert packed.unpack() == d
        assert (packed.record_id, packed.story, packed.origin_key) == (
            d.record_id,
            d.story,
            d.origin_key,
        )
        assert packed.headline == bool(d.headline)


def test_key_hash_is_stable_across_processes() -> None:
    keys = ["e:xinjiang", "s:xi jinping", "q:absolut mercy organ", "f:person|7e+03"]
    here = [key_hash(k) for k in keys]
    assert len(set(here)) == len(keys)
    assert [h & 3 for h in here] == [0, 1, 2, 3]  # the family sits in the low bits
    code = (
        "from audit.analyse.crosssource.packed import key_hash; "
        f"print([key_hash(k) for k in {keys!r}])"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == str(here)


def test_grouping_packed_equals_grouping_digests() -> None:
    records = _bench_corpus(400, seed=5)
    digests = [digest(r, r["id"]) for r in records]
    expected = group(digests)
    assert len(expected) > 40
    assert group([pack(d) for d in digests]) == expected


def _contexts(records: list[dict[str, Any]]) -> list[RecordContext]:
    return [RecordContext(r["id"] + ".json", "", data=r, schema_valid=True) for r in records]


def test_rules_together_give_what_each_rule_gives_alone() -> None:
    records = [*filled_records(), *_bench_corpus(300, seed=9)]
    contexts = _contexts(records)
    rules = [rule() for rule in XSC_RULES]
    collected = {}
    for rule in rules:
        assert isinstance(rule, CorpusRule)
        collected[rule.code] = [rule.collect(ctx) for ctx in contexts]
    together = story_drafts(rules, collected)
    assert sum(len(v) for v in together.values()) > 50
    for rule in rules:
        assert isinstance(rule, CorpusRule)
        alone = list(rule.finish(collected[rule.code]))
        # the rule run over unpacked digests (no packing at all) agrees too
        digests = [c.unpack() for c in collected[rule.code] if isinstance(c, Packed)]
        assert together[rule.code] == alone == list(rule.finish(digests)), rule.code


def test_collected_state_is_small() -> None:
    records = _bench_corpus(1000, seed=2)
    contexts = _contexts(records)
    rules = [rule() for rule in XSC_RULES]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        held = [[r.collect(ctx) for ctx in contexts] for r in rules if isinstance(r, CorpusRule)]
        per_record = (tracemalloc.get_traced_memory()[0] - before) / len(records)
    finally:
        tracemalloc.stop()
    assert all(isinstance(p, Packed) for p in held[0])
    # measured 1.6 KB (unpacked digests held 9.6 KB on the same corpus)
    assert per_record < 2500, per_record


def test_spill_parks_blobs_on_disk_and_reads_them_back() -> None:
    from audit.analyse.crosssource.spill import Spill

    digests = [digest(r, r["id"]) for r in filled_records()]
    with Spill() as spill:
        packed = [pack(d) for d in digests]
        parked = [spill.keep(p) for p in packed]
        assert spill.keep(packed[-1]) is parked[-1]  # shared by every rule: parked once
        assert spill.keep("not a digest") == "not a digest"
        assert all(not p.blob and p.at is not None for p in parked)
        assert [p.keys for p in parked] == [p.keys for p in packed]
        assert [spill.load(p) for p in reversed(parked)] == digests[::-1]
        assert spill.load(digests[0]) is digests[0]
        with pytest.raises(LookupError, match="spill file"):
            parked[0].unpack()
