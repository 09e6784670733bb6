"""Dump every analysis of the seeds and the HTML corpus as JSON, to diff before/after a change.

    .venv/bin/python bench/analysis_golden.py OUT.json [--against GOLDEN.json]

Each article is read the way ingest reads it (``audit.ingest.load``) and analysed with
``audit.analyse.analyse``; the output maps the file name to its provenance fields. With
``--against``, the exit status is 1 and the differing articles are named when any differ.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from audit.analyse import analyse
from audit.errors import InputError
from audit.ingest import load
from audit.ingest.fetch import FetchLimits

REPO = Path(__file__).resolve().parent.parent
# ../shared beside the checkout (or beside its worktree folder).
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared").is_dir()), REPO / "shared")
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus" / "trafilatura-eval" / "html"


def _plain(value: Any) -> Any:
    if hasattr(value, "as_json"):
        return _plain(value.as_json())
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def analyses() -> dict[str, Any]:
    """File name -> analysed provenance fields, for the seeds and every corpus page."""
    paths = sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.iterdir())
    out: dict[str, Any] = {}
    for path in paths:
        name = f"{path.parent.name}/{path.name}"
        try:
            article = load(str(path), "2026-01-01T00:00:00Z", FetchLimits(max_bytes=50_000_000))
        except InputError as exc:  # ingest refuses the page too; keep the reason
            out[name] = {"input_error": str(exc)}
            continue
        fields = analyse(article)
        fields.pop("detection", None)  # the detectors' version stamp changes with their code
        out[name] = _plain(fields)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--against", type=Path, default=None)
    args = parser.parse_args()
    result = analyses()
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False, sort_keys=True))
    if args.against is None:
        return 0
    golden = json.loads(args.against.read_text(encoding="utf-8"))
    differing = sorted(k for k in golden.keys() | result.keys() if golden.get(k) != result.get(k))
    for name in differing:
        print(f"differs: {name}", file=sys.stderr)
    print(f"{len(result)} analyses, {len(differing)} differ from {args.against}")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
