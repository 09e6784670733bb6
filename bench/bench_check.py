"""Benchmark `provaudit check` against check-jsonschema on the same generated records.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/bench_check.py                 # 1,000 and 10,000 records
    .venv/bin/python bench/bench_check.py --sizes 1000,10000,100000 --runs 1  # the scaling run
    .venv/bin/python bench/bench_check.py --engine dask     # also Dask, 1 vs 2 workers

Records are copies of records/ under new ids (the text and analysis are the bundled
records'), written to a temporary folder. Each set of copies of the five records gets its
own `story` key, so the cross-source rules see many five-record stories, as in a real
archive, rather than one story of N identical articles. provaudit runs everything (schema,
integrity, all rules, cross-source) with the cache off; check-jsonschema validates the
schema only.
Both run as separate processes, so start-up is included for both; provaudit's
modules are byte-compiled first, as an installed tool's are. Ratios below 1.0 mean
provaudit is faster. The target compares wall time; CPU time (all of provaudit's worker
processes added up) is printed beside it because it moves less when other jobs share the
machine. Peak MB is the largest single process. At 100,000 records check-jsonschema is not
run: their paths do not fit on one command line (provaudit takes the folder), so that row
shows provaudit's time, seconds per 1,000 records and memory, for the scaling. With
``--engine dask`` the same check also runs on a Dask LocalCluster of one and of two worker
processes (cluster start-up included) and the speed-up is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from common import byte_compile, median_of

REPO = Path(__file__).resolve().parent.parent
SCHEMA = REPO / "schema" / "provenance-record.schema.json"


def generate(folder: Path, count: int) -> None:
    """``count`` records derived from records/ with unique ids and matching file names."""
    sources = [
        json.loads(p.read_text(encoding="utf-8")) for p in sorted((REPO / "records").glob("*.json"))
    ]
    folder.mkdir(parents=True)
    for index in range(count):
        record = dict(sources[index % len(sources)])
        record["id"] = f"bench-{index:06d}-{record['id'][:40]}".rstrip("-")
        record["story"] = f"bench-story-{index // len(sources):06d}"
        (folder / f"{record['id']}.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


def fits(command: list[str]) -> bool:
    """Whether ``command`` fits the system's limit on one command line's arguments."""
    limit = os.sysconf("SC_ARG_MAX") - 65_536  # leave room for the environment
    return sum(len(os.fsencode(arg)) + 9 for arg in command) < limit  # + NUL and pointer


def dask_times(provaudit: list[str], folder: Path, runs: int, cwd: str) -> None:
    """Median times of the Dask engine on a LocalCluster of 1 and of 2 workers."""
    samples = [
        median_of([*provaudit, "--engine", "dask", "--jobs", str(w), str(folder)], runs, cwd=cwd)
        for w in (1, 2)
    ]
    one, two = samples
    print(
        f"{'':>8} dask 1 worker {one.seconds:.2f} s, 2 workers {two.seconds:.2f} s "
        f"(speed-up {one.seconds / two.seconds:.2f}x)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated record counts")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument(
        "--engine",
        default="local",
        choices=("local", "dask"),
        help="dask: also time the Dask engine with 1 and 2 workers",
    )
    args = parser.parse_args()
    checker = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    if checker is None:
        sys.exit("check-jsonschema is not installed: pip install -e '.[bench]'")
    byte_compile(REPO / "audit")
    provaudit = [sys.executable, "-m", "audit", "check", "--no-cache", "--format", "text"]
    print(
        f"{'records':>8} {'provaudit s':>12} {'check-jsonschema s':>19} {'ratio':>6} "
        f"{'provaudit MB':>13} {'cjs MB':>7} {'s / 1k':>7} {'CPU s':>7} {'cjs CPU s':>9} "
        f"{'CPU ratio':>9}"
    )
    with tempfile.TemporaryDirectory(prefix="provaudit-bench-") as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            folder = Path(tmp) / f"n{size}"
            generate(folder, size)
            ours = median_of([*provaudit, str(folder)], args.runs, cwd=tmp)
            files = sorted(str(p) for p in folder.glob("*.json"))
            command = [checker, "--schemafile", str(SCHEMA), *files]
            theirs = median_of(command, args.runs, cwd=tmp) if fits(command) else None
            if ours.returncode != 0 or (theirs is not None and theirs.returncode != 0):
                print(
                    f"warning: exit codes provaudit={ours.returncode} "
                    f"check-jsonschema={theirs.returncode if theirs else '-'}"
                )
            print(
                f"{size:>8} {ours.seconds:>12.2f} "
                + (
                    f"{theirs.seconds:>19.2f} {ours.seconds / theirs.seconds:>6.2f} "
                    if theirs
                    else f"{'-':>19} {'-':>6} "
                )
                + f"{ours.peak_mb:>13.0f} "
                + (f"{theirs.peak_mb:>7.0f} " if theirs else f"{'-':>7} ")
                + f"{1000 * ours.seconds / size:>7.3f} {ours.cpu_seconds:>7.2f} "
                + (
                    f"{theirs.cpu_seconds:>9.2f} {ours.cpu_seconds / theirs.cpu_seconds:>9.2f}"
                    if theirs
                    else f"{'-':>9} {'-':>9}  (check-jsonschema: too many paths for one command)"
                )
            )
            if args.engine == "dask":
                dask_times(provaudit, folder, args.runs, tmp)
            shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
