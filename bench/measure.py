"""Small measuring helpers: percentiles, peak RSS of a child process, load average."""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parent.parent


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0–100) with linear interpolation between closest ranks
    (numpy's default). Raises ValueError on an empty sequence."""
    if not values:
        raise ValueError("percentile of an empty sequence")
    if not 0 <= p <= 100:
        raise ValueError("p must be within 0..100")
    ordered = sorted(values)
    if len(ordered) == 1:
        return float(ordered[0])
    rank = (len(ordered) - 1) * p / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return float(ordered[low] + (ordered[high] - ordered[low]) * (rank - low))


def proc_status_kb(field_name: str, pid: int | str = "self") -> int | None:
    """A ``kB`` field of /proc/<pid>/status (VmRSS, VmHWM…), or None if absent."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    return parse_status_kb(text, field_name)


def parse_status_kb(status_text: str, field_name: str) -> int | None:
    for line in status_text.splitlines():
        name, _, rest = line.partition(":")
        if name == field_name:
            parts = rest.split()
            if parts and parts[0].isdigit():
                return int(parts[0])
    return None


def peak_rss_mb() -> float:
    """Peak RSS of this process so far (VmHWM), in MB."""
    kb = proc_status_kb("VmHWM")
    if kb is None:                      # not Linux: fall back on getrusage (kB on Linux)
        import resource
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024


@dataclass
class ChildResult:
    returncode: int
    seconds: float
    peak_rss_mb: float            # peak RSS of the command (and its waited-for descendants)
    stdout: str
    stderr: str
    data: dict[str, Any] = field(default_factory=dict)   # last JSON line of stdout, if any


def run_child(args: Sequence[str], cwd: str | Path | None = None, timeout: float = 900,
              env: dict[str, str] | None = None) -> ChildResult:
    """Run a command and return its own peak RSS: measured by ``rss_wrapper.py`` (see there
    why), not RUSAGE_CHILDREN, which is the maximum over every child this process ever had."""
    out_path = Path(f"/tmp/bench-child-{os.getpid()}-{time.monotonic_ns()}")
    rss_file = Path(f"{out_path}.rss")
    wrapped = [sys.executable, str(Path(__file__).with_name("rss_wrapper.py")), str(rss_file),
               *args]
    started = time.monotonic()
    with open(f"{out_path}.out", "w+") as out, open(f"{out_path}.err", "w+") as err:
        proc = subprocess.Popen(wrapped, cwd=cwd, stdout=out, stderr=err,
                                env={**os.environ, **(env or {})})
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    try:
        peak_kb = float(rss_file.read_text())
    except (OSError, ValueError):  # killed before the wrapper could write: its own figure
        peak_kb = float(usage.ru_maxrss)
    for suffix in (".out", ".err", ".rss"):
        Path(f"{out_path}{suffix}").unlink(missing_ok=True)
    data: dict[str, Any] = {}
    for line in reversed(stdout.strip().splitlines()):
        if line.startswith("{"):
            try:
                data = json.loads(line)
            except ValueError:
                continue
            break
    return ChildResult(proc.returncode, seconds, peak_kb / 1024, stdout, stderr, data)


def python_child(module_args: Sequence[str], **kwargs: Any) -> ChildResult:
    return run_child([sys.executable, *module_args], cwd=kwargs.pop("cwd", ROOT), **kwargs)


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def grows(small_n: int, small_mb: float, big_n: int, big_mb: float,
          tolerance: float = 0.25, floor_mb: float = 30.0) -> bool:
    """Whether peak RSS grows with the catalogue: more than ``tolerance`` relative and more
    than ``floor_mb`` absolute from the small to the big size."""
    if big_n <= small_n:
        raise ValueError("big_n must exceed small_n")
    delta = big_mb - small_mb
    return delta > floor_mb and delta > tolerance * small_mb


def extrapolate(small_n: int, small_mb: float, big_n: int, big_mb: float, target_n: int) -> float:
    """Linear extrapolation of peak RSS to ``target_n`` from two sizes."""
    slope = (big_mb - small_mb) / (big_n - small_n)
    return big_mb + slope * (target_n - big_n)
