"""Get Records cases: one page, and every record through auto-pagination.

Raw httpx sends the same GET and decodes the body with ``json.loads``, so its records
are dicts. mgbi returns the generated record classes, which is the extra work that the
ratio prices.
"""

from __future__ import annotations

import itertools
import json
import statistics
import time
from collections.abc import Iterator

import httpx
from harness import SANDBOX_KEY, Row, log, run_interleaved, spread

import mgbi

PAGE_MODEL = "pl-krs-wp-record"
PER_PAGE = 100
# Requests of each side per round of the page case, one per page from page 1 on.
PAGE_CALLS = 20
PAGE_TARGET = 1.3
PAGINATION_TARGET = 1.2


def _records_path(model: str) -> str:
    return f"/v1/models/{model}/records"


def page_case(url: str, rounds: int) -> Row:
    """Compare one Get Records page of PER_PAGE KRS extracts, typed, with raw JSON."""
    raw_client = httpx.Client(base_url=url, headers={"Authorization": SANDBOX_KEY})
    client = mgbi.Client(SANDBOX_KEY, base_url=url)

    def raw_page(page: int) -> None:
        response = raw_client.get(
            _records_path(PAGE_MODEL), params={"page": page, "per_page": PER_PAGE}
        )
        response.raise_for_status()
        records = json.loads(response.content)["results"]
        assert len(records) == PER_PAGE

    def mgbi_page(page: int) -> None:
        result = client.get_records(PAGE_MODEL, page=page, per_page=PER_PAGE)
        assert len(result.results) == PER_PAGE

    def one_round() -> tuple[float, float]:
        # Alternate single calls, so that a burst of load from other processes hits
        # both sides alike.
        raw_seconds = mgbi_seconds = 0.0
        for page in range(1, PAGE_CALLS + 1):
            for side in _sides(page):
                started = time.perf_counter()
                (raw_page if side == "raw" else mgbi_page)(page)
                elapsed = time.perf_counter() - started
                if side == "raw":
                    raw_seconds += elapsed
                else:
                    mgbi_seconds += elapsed
        return raw_seconds / PAGE_CALLS, mgbi_seconds / PAGE_CALLS

    with raw_client, client:
        one_round()
        result = run_interleaved(rounds, one_round)

    ratios = result.ratios()
    log(f"page: ratios {', '.join(f'{r:.2f}' for r in ratios)}")
    return Row(
        case=f"one page of {PER_PAGE} KRS extracts, typed (get_records)",
        raw=f"{statistics.median(result.raw) * 1000:.1f} ms",
        mgbi=f"{statistics.median(result.mgbi) * 1000:.1f} ms",
        result=spread(ratios),
        target=f"<= {PAGE_TARGET}x raw",
        met=statistics.median(ratios) <= PAGE_TARGET,
    )


def _sides(number: int) -> tuple[str, str]:
    return ("raw", "mgbi") if number % 2 == 0 else ("mgbi", "raw")


def _raw_pages(raw_client: httpx.Client) -> Iterator[int]:
    """Read every page the way a hand-written loop would; yield each record count."""
    page = 1
    while True:
        response = raw_client.get(
            _records_path(PAGE_MODEL), params={"page": page, "per_page": PER_PAGE}
        )
        response.raise_for_status()
        body = json.loads(response.content)
        count = 0
        for _record in body["results"]:
            count += 1
        yield count
        if not body["results"] or page >= body["pages"]:
            return
        page += 1


def _mgbi_pages(client: mgbi.Client) -> Iterator[int]:
    """Take iter_records PER_PAGE records at a time; yield each record count."""
    records = client.iter_records(PAGE_MODEL, per_page=PER_PAGE)
    while True:
        count = 0
        for _record in itertools.islice(records, PER_PAGE):
            count += 1
        if count == 0:
            return
        yield count


def pagination_case(url: str, rounds: int, expected: int) -> Row:
    """Compare iter_records over every record of PAGE_MODEL with a raw page loop.

    Both sides advance one page at a time in turn, and each side's time is the sum
    of its own steps, so a burst of load from other processes hits both alike.
    """
    raw_client = httpx.Client(base_url=url, headers={"Authorization": SANDBOX_KEY})
    client = mgbi.Client(SANDBOX_KEY, base_url=url)

    def one_round() -> tuple[float, float]:
        sides = {"raw": _raw_pages(raw_client), "mgbi": _mgbi_pages(client)}
        seconds = {"raw": 0.0, "mgbi": 0.0}
        counts = {"raw": 0, "mgbi": 0}
        running = set(sides)
        step = 0
        while running:
            for side in _sides(step):
                if side not in running:
                    continue
                started = time.perf_counter()
                count = next(sides[side], None)
                seconds[side] += time.perf_counter() - started
                if count is None:
                    running.discard(side)
                else:
                    counts[side] += count
            step += 1
        assert counts == {"raw": expected, "mgbi": expected}, counts
        return seconds["raw"], seconds["mgbi"]

    with raw_client, client:
        result = run_interleaved(rounds, one_round)

    ratios = result.ratios()
    log(f"pagination: ratios {', '.join(f'{r:.2f}' for r in ratios)}")
    return Row(
        case=f"{expected:,} KRS extracts through auto-pagination (iter_records)",
        raw=f"{statistics.median(result.raw):.2f} s",
        mgbi=f"{statistics.median(result.mgbi):.2f} s",
        result=spread(ratios),
        target=f"<= {PAGINATION_TARGET}x raw",
        met=statistics.median(ratios) <= PAGINATION_TARGET,
    )
