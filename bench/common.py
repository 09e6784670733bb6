"""Helpers shared by the benchmarks: timed child processes with peak memory, medians."""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Sample:
    seconds: float
    peak_mb: float
    returncode: int
    #: User + system CPU time of the process and the worker processes it waited for:
    #: steadier than wall time on a busy machine.
    cpu_seconds: float = 0.0


def run_measured(command: Sequence[str], cwd: str | None = None) -> Sample:
    """Run ``command``; wall time, CPU time and the peak resident memory (ru_maxrss) of
    the child or its largest worker process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        list(command), cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return Sample(elapsed, usage.ru_maxrss / 1024, process.returncode, cpu)


def median_of(command: Sequence[str], runs: int, cwd: str | None = None) -> Sample:
    """Median wall and CPU time and the largest peak memory over ``runs`` runs."""
    samples = [run_measured(command, cwd) for _ in range(runs)]
    return Sample(
        statistics.median(s.seconds for s in samples),
        max(s.peak_mb for s in samples),
        samples[-1].returncode,
        statistics.median(s.cpu_seconds for s in samples),
    )


def byte_compile(package: Path) -> None:
    """Byte-compile ``package``'s modules, as pip does for an installed package.

    The reference tools are installed with their bytecode. An editable install leaves it to
    the first import, which a machine with PYTHONDONTWRITEBYTECODE set (this one) never
    writes: every provaudit run would then compile about 120 modules again.
    """
    compileall.compile_dir(package, quiet=1)
