"""Stream Records case: a long body read by raw httpx + ijson and by mgbi.

The baseline decodes with ijson, not with one ``json.loads`` of the whole body. A
whole-body decode needs memory in proportion to the body, so it does not do the work
of a stream, which keeps about one record in memory at a time.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

from harness import Row, log, spread

STREAM_MODEL = "pl-wpv-record"
THROUGHPUT_TARGET = 0.8
RSS_TARGET_BYTES = 50_000_000
_MB = 1_000_000
_WORKER = Path(__file__).with_name("stream_worker.py")
_WORKER_TIMEOUT = 300.0


def _run_worker(url: str, mode: str, expected: int) -> dict[str, float]:
    completed = subprocess.run(
        [sys.executable, str(_WORKER), url, STREAM_MODEL, mode, str(expected)],
        capture_output=True,
        text=True,
        timeout=_WORKER_TIMEOUT,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(
            f"stream worker ({mode}) exited with {completed.returncode}:\n"
            f"{completed.stderr[-2000:]}"
        )
    result: dict[str, float] = json.loads(completed.stdout)
    log(
        f"stream {mode}: {result['seconds']:.2f} s, RSS growth "
        f"{result['rss_growth_bytes'] / _MB:.1f} MB, of which "
        f"{result['rss_late_growth_bytes'] / _MB:.1f} MB after the first sample"
    )
    return result


def stream_cases(url: str, rounds: int, expected: int) -> list[Row]:
    """Return the throughput rows of typed and dict records, and the RSS row."""
    modes = ("raw", "typed", "dicts")
    runs: dict[str, list[dict[str, float]]] = {mode: [] for mode in modes}
    for number in range(rounds):
        # Rotate the order, so that no mode always runs first or last in a round.
        shift = number % len(modes)
        for mode in modes[shift:] + modes[:shift]:
            runs[mode].append(_run_worker(url, mode, expected))

    def throughput(run: dict[str, float]) -> float:
        return run["records"] / run["seconds"]

    raw_rates = [throughput(run) for run in runs["raw"]]
    rows = []
    for mode, label in (
        ("typed", "typed records (default)"),
        ("dicts", "dicts (as_dict=True)"),
    ):
        rates = [throughput(run) for run in runs[mode]]
        ratios = [rate / raw for rate, raw in zip(rates, raw_rates, strict=True)]
        rows.append(
            Row(
                case=f"{expected:,} VAT white-list entries, stream_records, {label}",
                raw=f"{statistics.median(raw_rates) / 1000:.1f}k records/s",
                mgbi=f"{statistics.median(rates) / 1000:.1f}k records/s",
                result=spread(ratios),
                target=f">= {THROUGHPUT_TARGET}x raw throughput",
                met=statistics.median(ratios) >= THROUGHPUT_TARGET,
            )
        )

    mgbi_runs = runs["typed"] + runs["dicts"]
    growth = max(run["rss_growth_bytes"] for run in mgbi_runs)
    late_growth = max(run["rss_late_growth_bytes"] for run in mgbi_runs)
    raw_growth = max(run["rss_growth_bytes"] for run in runs["raw"])
    rows.append(
        Row(
            case="stream_records RSS growth (max over all runs)",
            raw=f"{raw_growth / _MB:.1f} MB",
            mgbi=(
                f"{growth / _MB:.1f} MB, {late_growth / _MB:.1f} MB of it after "
                "the first 20,000 records"
            ),
            result=f"{growth / _MB:.1f} MB",
            target=f"< {RSS_TARGET_BYTES // _MB} MB",
            met=growth < RSS_TARGET_BYTES,
        )
    )
    return rows
