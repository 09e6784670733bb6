"""Run every regex provaudit compiles against adversarial strings (used by test_redos).

Records each pattern compiled while audit code imports, ingests and checks (module-level,
cached and on-the-fly patterns alike), then searches adversarial inputs with each. A
pattern with catastrophic backtracking never finishes here; the calling test bounds the
whole run. Progress goes to the file named in argv[1], so a hang names its pattern.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path

SEEN: dict[tuple[str, int], str] = {}
_original = re._compile  # type: ignore[attr-defined]


def _recording(pattern, flags):  # type: ignore[no-untyped-def]
    """Record patterns that audit code itself compiles (not its libraries')."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__") in ("re", "functools"):
        frame = frame.f_back
    module = frame.f_globals.get("__name__", "") if frame is not None else ""
    if module.startswith("audit") and isinstance(pattern, str):
        SEEN.setdefault((pattern, int(flags)), module)
    return _original(pattern, flags)


def adversarial() -> list[str]:
    n = 4000
    units = [
        "a",
        " ",
        "\n",
        ".",
        ",",
        "“",
        "”",
        '"',
        "'",
        "-",
        "—",
        "0",
        "1,",
        "A",
        "Aa ",
        "a a ",
        "a.",
        "(",
        ")",
        "[",
        "](",
        "#",
        ":",
        "© ",
        "\t",
        "\u200b",
        "é",
        "<b>",
        "said ",
        "the ",
        "By ",
        "more than ",
        "http://",
        "www.",
        "@",
        "%",
    ]
    out = [unit * (n // len(unit)) for unit in units]
    out += [unit * (n // len(unit)) + "!" for unit in units]
    out.append("“" + "word " * 800 + "\n\n" + "“" * 500)
    # capitals after "of", ending in no match: a title's portfolio read word by word
    # (people._PORTFOLIO once matched each word two ways and doubled its work per word)
    out.append("Minister of " + "A " * 1000 + "x")
    return out


def main() -> None:
    progress = Path(sys.argv[1])
    re._compile = _recording  # type: ignore[attr-defined]
    import audit
    from audit.analyse import analyse
    from audit.engine import Engine
    from audit.model import Article, Source
    from audit.options import CheckOptions

    for info in pkgutil.walk_packages(audit.__path__, "audit."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
    root = Path(__file__).resolve().parents[2]
    seeds = root.parent / "shared" / "seeds"
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))] or ["x"]
    for text in texts:
        analyse(Article(text, Source("file", "seed", "2026-01-01T00:00:00Z", "text/plain")))
    Engine(CheckOptions(cache=False)).run([str(root / "records")])
    re._compile = _original  # type: ignore[attr-defined]

    inputs = adversarial()
    with progress.open("w", encoding="utf-8") as log:
        for (pattern, flags), module in sorted(SEEN.items()):
            log.write(f"{module}: {pattern!r}")
            log.flush()
            started = time.perf_counter()
            compiled = re.compile(pattern, flags)
            for text in inputs:
                compiled.search(text)
                compiled.findall(text[:2000])
            log.write(f" [{time.perf_counter() - started:.2f}s]\n")
        log.write(f"done: {len(SEEN)} patterns x {len(inputs)} inputs\n")
    print(len(SEEN))


if __name__ == "__main__":
    main()
