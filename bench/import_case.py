"""Import case: ``import mgbi`` against ``import httpx``, each in a fresh interpreter.

Both imports read byte code from one temporary cache (``PYTHONPYCACHEPREFIX``), which
a first, unmeasured import fills. So neither side pays for compiling, even where
``PYTHONDONTWRITEBYTECODE`` is set or the source tree has no ``__pycache__``, and the
repository gets no new files.

``import httpx`` also imports httpx's command-line client when click is installed,
which about doubled its import time in the runs of docs/benchmarks.md. The project's
environment has click because the code generator needs it, but a user's install of
mgbi-client does not. The main row hides
click from both imports, as in a user's install; the second row keeps it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import Row, log, spread

IMPORT_TARGET = 2.0
# CPU time of the import alone: the interpreter's own start-up is left out, and load
# from other processes on the machine inflates it much less than wall time.
_TIMER = (
    "import time; started = time.process_time(); import {module}; "
    "print(time.process_time() - started)"
)
# A module named click that fails to import, so httpx skips its command-line client.
_CLICK_STUB = 'raise ImportError("click is hidden by the import benchmark")\n'


def _import_seconds(module: str, environment: dict[str, str]) -> float:
    completed = subprocess.run(
        [sys.executable, "-c", _TIMER.format(module=module)],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
        timeout=60,
    )
    return float(completed.stdout)


def _compare(rounds: int, environment: dict[str, str]) -> tuple[list[float], ...]:
    """Return the httpx and the mgbi import times of each round."""
    for module in ("httpx", "mgbi"):
        _import_seconds(module, environment)

    httpx_times, mgbi_times = [], []
    for number in range(rounds):
        order = ("httpx", "mgbi") if number % 2 == 0 else ("mgbi", "httpx")
        for module in order:
            seconds = _import_seconds(module, environment)
            (httpx_times if module == "httpx" else mgbi_times).append(seconds)
    return httpx_times, mgbi_times


def _row(case: str, httpx_times: list[float], mgbi_times: list[float]) -> Row:
    ratios = [m / h for m, h in zip(mgbi_times, httpx_times, strict=True)]
    log(f"{case}: ratios {', '.join(f'{r:.2f}' for r in ratios)}")
    return Row(
        case=case,
        raw=f"import httpx {statistics.median(httpx_times) * 1000:.0f} ms",
        mgbi=f"{statistics.median(mgbi_times) * 1000:.0f} ms",
        result=spread(ratios),
        target=f"<= {IMPORT_TARGET:.0f}x import httpx",
        met=statistics.median(ratios) <= IMPORT_TARGET,
    )


def import_cases(rounds: int) -> list[Row]:
    """Compare ``import mgbi`` with ``import httpx`` without and with click."""
    with tempfile.TemporaryDirectory(prefix="mgbi-bench-import-") as folder:
        environment = dict(os.environ)
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        environment["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")

        stubs = Path(folder) / "stubs"
        stubs.mkdir()
        (stubs / "click.py").write_text(_CLICK_STUB)
        path = os.pathsep.join(filter(None, [str(stubs), os.environ.get("PYTHONPATH")]))
        without_click = {**environment, "PYTHONPATH": path}

        rows = [
            _row(
                "import mgbi in a fresh interpreter, as a user installs it",
                *_compare(rounds, without_click),
            ),
            _row(
                "import mgbi, project environment (httpx's CLI loads too)",
                *_compare(rounds, environment),
            ),
        ]
    return rows
