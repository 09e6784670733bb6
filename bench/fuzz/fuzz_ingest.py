"""Coverage-guided fuzzing of ingest + analysis with atheris.

Run N cases (atheris is not a runtime dependency; install it first):

    .venv/bin/pip install atheris
    .venv/bin/python bench/fuzz/fuzz_ingest.py -runs=20000 -max_len=4096

Every input must either become a record whose spans are exact and whose schema is valid,
or be refused with an InputError; anything else is a crash atheris reports.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from audit.analyse import analyse
    from audit.errors import InputError
    from audit.ingest import from_bytes
    from audit.record import build
    from audit.rules.record import iter_evidence
    from audit.schema import violations

RETRIEVED = "2026-01-01T00:00:00Z"


def one_input(data: bytes) -> None:
    if not data:
        return
    is_html = data[0] % 2 == 1
    try:
        article = from_bytes(data[1:], "fuzz", "file", RETRIEVED, is_html=is_html)
    except InputError:
        return
    record = build(article, analyse(article))
    text = record["text"]
    for pointer, ev in iter_evidence(record):
        if text[ev["start"] : ev["end"]] != ev["quote"]:
            raise AssertionError(f"span at {pointer} does not match the text")
    problems = list(violations(record))
    if problems:
        raise AssertionError(f"invalid record: {problems[0]}")


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
