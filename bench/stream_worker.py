"""Read one Stream Records body in a fresh interpreter and print what it cost, as JSON.

Each run gets its own process, so the peak RSS that it reports belongs to that one
stream. Modes:

- ``raw``: httpx streams the body and ijson's push interface (``items_coro``) decodes
  it into dicts, keeping memory flat like mgbi does.
- ``typed``: ``mgbi.Client.stream_records``, which returns generated record classes.
- ``dicts``: ``stream_records(as_dict=True)``, which returns dicts like ``raw``.
- ``whole``: httpx reads the whole body and ``json.loads`` decodes it at once. make
  bench leaves this mode out, because its memory grows with the body; run it alone to
  see by how much.

Usage: python bench/stream_worker.py URL MODEL MODE EXPECTED_RECORDS
"""

from __future__ import annotations

import json
import resource
import sys
import time

import httpx
import ijson  # type: ignore[import-untyped]

import mgbi

KEY = "sandbox-key"
# Records whose results wrapper is documented; every other model streams an array.
_WRAPPED_MODELS = {"pl-wpv-record"}


def current_rss_bytes() -> int:
    """Return the resident set size of this process (Linux /proc)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


def peak_rss_bytes() -> int:
    """Return the peak resident set size of this process; Linux reports kilobytes."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class RssSamples:
    """RSS after every SAMPLE_EVERY records, to tell a flat profile from a leak."""

    SAMPLE_EVERY = 20_000

    def __init__(self) -> None:
        self.samples: list[int] = []

    def after(self, count: int) -> None:
        """Take a sample when ``count`` records have been read, at each multiple."""
        if count % self.SAMPLE_EVERY == 0:
            self.samples.append(current_rss_bytes())


def read_raw(url: str, model: str, rss: RssSamples) -> int:
    """Stream the body with httpx and decode it with ijson; return the record count."""
    prefix = "results.item" if model in _WRAPPED_MODELS else "item"
    records = ijson.sendable_list()
    decoder = ijson.items_coro(records, prefix, use_float=True)
    count = 0
    with (
        httpx.Client(
            base_url=url, headers={"Authorization": KEY}, timeout=120.0
        ) as client,
        client.stream("GET", f"/v1/models/{model}/stream") as response,
    ):
        response.raise_for_status()
        for chunk in response.iter_bytes():
            decoder.send(chunk)
            for _record in records:
                count += 1
                rss.after(count)
            del records[:]
    decoder.close()
    count += len(records)
    return count


def read_whole(url: str, model: str, rss: RssSamples) -> int:
    """Read the whole body and decode it with one json.loads; return the count."""
    with httpx.Client(
        base_url=url, headers={"Authorization": KEY}, timeout=120.0
    ) as client:
        response = client.get(f"/v1/models/{model}/stream")
        response.raise_for_status()
        body = json.loads(response.content)
    records = body["results"] if model in _WRAPPED_MODELS else body
    count = 0
    for _record in records:
        count += 1
        rss.after(count)
    return count


def read_mgbi(url: str, model: str, as_dict: bool, rss: RssSamples) -> int:
    """Stream the body with mgbi.Client.stream_records; return the record count."""
    count = 0
    with mgbi.Client(KEY, base_url=url, timeout=120.0) as client:
        for _record in client.stream_records(model, as_dict=as_dict):
            count += 1
            rss.after(count)
    return count


def main(argv: list[str]) -> int:
    url, model, mode, expected = argv[1], argv[2], argv[3], int(argv[4])
    if mode not in ("raw", "typed", "dicts", "whole"):
        raise SystemExit(f"unknown mode {mode!r}; use raw, typed, dicts or whole")

    # Load the record classes before the baseline, as any earlier call would.
    with mgbi.Client(KEY, base_url=url) as client:
        client.get_records(model, per_page=1)
    rss_before = current_rss_bytes()
    rss = RssSamples()

    started = time.perf_counter()
    if mode == "raw":
        count = read_raw(url, model, rss)
    elif mode == "whole":
        count = read_whole(url, model, rss)
    else:
        count = read_mgbi(url, model, mode == "dicts", rss)
    elapsed = time.perf_counter() - started

    if count != expected:
        raise SystemExit(f"{mode} read {count} records, expected {expected}")
    result = {
        "records": count,
        "seconds": elapsed,
        "rss_growth_bytes": peak_rss_bytes() - rss_before,
        # Growth from the first sample to the last: near zero unless memory grows
        # with the number of records read.
        "rss_late_growth_bytes": rss.samples[-1] - rss.samples[0]
        if len(rss.samples) > 1
        else 0,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
