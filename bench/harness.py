"""Parts that every benchmark case shares: the sandbox process, timing, the table.

The sandbox always runs in its own process, so that its CPU time never competes with
the measured client for one interpreter's GIL.
"""

from __future__ import annotations

import os
import platform
import re
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

SANDBOX_KEY = "sandbox-key"
SANDBOX_START_TIMEOUT = 30.0
SANDBOX_STOP_TIMEOUT = 10.0
_LISTENING = re.compile(r"listening on (http://\S+)")


def log(message: str) -> None:
    """Print a progress line to stderr, so that stdout carries only the table."""
    print(message, file=sys.stderr, flush=True)


class SandboxProcess:
    """``python -m mgbi.sandbox`` on a free loopback port, in a child process.

    Use it as a context manager; ``url`` is set once the sandbox accepts connections.
    """

    def __init__(self, *arguments: str) -> None:
        self.arguments = [
            sys.executable,
            "-m",
            "mgbi.sandbox",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--log-level",
            "WARNING",
            *arguments,
        ]
        self.url = ""
        self._process: subprocess.Popen[str] | None = None
        # Kept open for the life of the process, and closed by stop().
        self._stderr = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115

    def __enter__(self) -> SandboxProcess:
        self._process = subprocess.Popen(
            self.arguments,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self.url = self._read_url(self._process)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop the sandbox with SIGTERM, or kill it if it does not exit in time."""
        process = self._process
        if process is None:
            return
        self._process = None
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(SANDBOX_STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stdout is not None:
            process.stdout.close()
        self._stderr.close()

    def _read_url(self, process: subprocess.Popen[str]) -> str:
        assert process.stdout is not None
        deadline = time.monotonic() + SANDBOX_START_TIMEOUT
        while time.monotonic() < deadline:
            ready, _, _ = select.select([process.stdout], [], [], 0.1)
            if ready:
                line = process.stdout.readline()
                match = _LISTENING.search(line)
                if match:
                    return match.group(1)
            if process.poll() is not None:
                break
        self._stderr.seek(0)
        output = self._stderr.read()[-2000:]
        self.stop()
        raise RuntimeError(
            f"the sandbox ({' '.join(self.arguments)}) did not start within "
            f"{SANDBOX_START_TIMEOUT:.0f} s; its stderr ended with:\n{output}"
        )


@dataclass
class Paired:
    """Per-round seconds of raw httpx and of mgbi doing the same work."""

    raw: list[float] = field(default_factory=list)
    mgbi: list[float] = field(default_factory=list)

    def ratios(self) -> list[float]:
        """Return mgbi divided by raw for each round."""
        return [m / r for m, r in zip(self.mgbi, self.raw, strict=True)]


def run_interleaved(
    rounds: int, one_round: Callable[[], tuple[float, float]]
) -> Paired:
    """Run ``one_round`` ``rounds`` times; it returns the raw and the mgbi value."""
    result = Paired()
    for _ in range(rounds):
        raw, mgbi = one_round()
        result.raw.append(raw)
        result.mgbi.append(mgbi)
    return result


def spread(values: Sequence[float]) -> str:
    """Return the median and the min-max range of ``values``, such as ``1.21x``."""
    return f"{statistics.median(values):.2f}x ({min(values):.2f}-{max(values):.2f})"


@dataclass
class Row:
    """One line of the results table."""

    case: str
    raw: str
    mgbi: str
    result: str
    target: str
    met: bool | None
    """None for a reference line that has no target."""


def format_table(rows: Sequence[Row]) -> str:
    """Return the rows as a Markdown table."""
    header = ("case", "raw httpx", "mgbi", "result", "target", "met")
    lines = [header]
    for row in rows:
        met = "yes" if row.met else "NO"
        if row.met is None:
            met = "-"
        lines.append((row.case, row.raw, row.mgbi, row.result, row.target, met))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]

    def render(cells: Sequence[str]) -> str:
        padded = (cell.ljust(width) for cell, width in zip(cells, widths, strict=True))
        return "| " + " | ".join(padded) + " |"

    divider = "|" + "|".join("-" * (width + 2) for width in widths) + "|"
    return "\n".join([render(lines[0]), divider, *(render(line) for line in lines[1:])])


def machine_facts() -> str:
    """Return the cores, memory, Python and httpx versions of this run, on one line."""
    import httpx

    memory = "unknown memory"
    try:
        with open("/proc/meminfo") as meminfo:
            for line in meminfo:
                if line.startswith("MemTotal:"):
                    memory = f"{int(line.split()[1]) / 1024**2:.1f} GiB memory"
                    break
    except OSError:
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = ", load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    return (
        f"{os.cpu_count()} cores, {memory}, Python {platform.python_version()} "
        f"({platform.python_implementation()}), httpx {httpx.__version__}, "
        f"{platform.system()} {platform.release()}{load}"
    )
