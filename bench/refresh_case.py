"""Refresh case: 500 orders waited on at once through one connection pool.

The sandbox finishes every order a fixed delay after its creation. Orders are created
in paced batches, so their finish times spread over a few seconds, and are waited on in
a shuffled order, as orders of different entities finish in no set order. Each wait
starts before its order finishes, because the delay is longer than the creation.

Lateness is the time from the order's ``finish_datetime`` (set by the sandbox) to the
return of ``wait_for_refresh``, or from the start of the wait when that is later.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import statistics
import time
from collections import Counter

import httpx
from harness import SANDBOX_KEY, Row, SandboxProcess, log

import mgbi

REFRESH_MODEL = "pl-krz-wp-record"
REFRESH_NIP = "8190937865"
ORDERS = 500
BATCHES = 10
BATCH_INTERVAL = 0.3
"""Seconds between the starts of two batches of Create Refresh calls."""
REFRESH_DELAY = 8.0
"""Seconds from creation to finish in the sandbox, longer than creating every order."""
WAIT_TIMEOUT = 60.0
LATENESS_TARGET = 1.0
REQUESTS_TARGET = 2
# Connections for every wait at once, plus room for the Create Refresh calls. The
# keep-alive limit stays at httpx's 20, because on every request and response the pool
# of httpcore 1.0.9 counts all its connections once per idle connection. Hundreds of
# idle connections then cost seconds of CPU in a burst of responses.
WIDE_LIMITS = httpx.Limits(max_connections=ORDERS + 100, max_keepalive_connections=20)


async def _create_orders(client: mgbi.AsyncClient) -> list[str]:
    ids: list[str] = []
    started = time.monotonic()
    for batch in range(BATCHES):
        await asyncio.sleep(
            max(0.0, started + batch * BATCH_INTERVAL - time.monotonic())
        )
        orders = await asyncio.gather(
            *(
                client.create_refresh(REFRESH_MODEL, {"nip": REFRESH_NIP})
                for _ in range(ORDERS // BATCHES)
            )
        )
        ids.extend(order.id for order in orders)
    return ids


async def _wait_all(url: str, limits: httpx.Limits) -> tuple[list[float], list[int]]:
    """Create and wait on ORDERS orders; return lateness and requests per order."""
    requests: Counter[str] = Counter()

    async def count_request(request: httpx.Request) -> None:
        if request.method == "GET" and request.url.path.startswith("/v1/refresh/"):
            requests[request.url.path.rsplit("/", 1)[-1]] += 1

    # Connection limits are set on the httpx client passed as http_client. The
    # timeouts are mgbi's defaults, and the hook counts every request sent.
    http_client = httpx.AsyncClient(
        base_url=url,
        limits=limits,
        timeout=mgbi.DEFAULT_TIMEOUT,
        event_hooks={"request": [count_request]},
    )
    client = mgbi.AsyncClient(SANDBOX_KEY, base_url=url, http_client=http_client)

    async def wait(order_id: str) -> float:
        wait_started = dt.datetime.now(dt.UTC)
        order = await client.wait_for_refresh(order_id, timeout=WAIT_TIMEOUT)
        returned = dt.datetime.now(dt.UTC)
        return (returned - max(order.finish_datetime, wait_started)).total_seconds()

    async with client:
        created = time.monotonic()
        ids = await _create_orders(client)
        creation = time.monotonic() - created
        if creation >= REFRESH_DELAY:
            log(f"refresh: creating took {creation:.1f} s; some waits start late")
        random.Random(20240101).shuffle(ids)
        lateness = await asyncio.gather(*(wait(order_id) for order_id in ids))
    return list(lateness), [requests[order_id] for order_id in ids]


def _lateness_text(lateness: list[float]) -> str:
    return (
        f"max {max(lateness):.2f} s, median {statistics.median(lateness):.3f} s "
        "after finish"
    )


def refresh_cases() -> list[Row]:
    """Return the rows of the advised pool and its request count, then references."""
    rows = []
    with SandboxProcess("--refresh-delay", str(REFRESH_DELAY)) as sandbox:
        lateness, requests = asyncio.run(_wait_all(sandbox.url, WIDE_LIMITS))
        log(f"refresh, wide pool: {_lateness_text(lateness)}")
        rows.append(
            Row(
                case=(
                    f"{ORDERS} refresh orders waited on at once, "
                    "http_client with "
                    f"Limits(max_connections={WIDE_LIMITS.max_connections})"
                ),
                raw="-",
                mgbi=_lateness_text(lateness),
                result=f"{max(lateness):.2f} s",
                target=f"<= {LATENESS_TARGET:.0f} s after finish",
                met=max(lateness) <= LATENESS_TARGET,
            )
        )
        rows.append(
            Row(
                case="requests per refresh order (long poll), same run",
                raw="-",
                mgbi=f"max {max(requests)}, mean {statistics.mean(requests):.2f}",
                result=str(max(requests)),
                target=f"<= {REQUESTS_TARGET}",
                met=max(requests) <= REQUESTS_TARGET,
            )
        )

    references = (
        ("httpx's default pool (100 connections)", httpx.Limits()),
        (
            "wide pool that keeps every connection alive",
            httpx.Limits(
                max_connections=WIDE_LIMITS.max_connections,
                max_keepalive_connections=WIDE_LIMITS.max_connections,
            ),
        ),
    )
    for label, limits in references:
        with SandboxProcess("--refresh-delay", str(REFRESH_DELAY)) as sandbox:
            lateness, requests = asyncio.run(_wait_all(sandbox.url, limits))
        log(f"refresh, {label}: {_lateness_text(lateness)}")
        rows.append(
            Row(
                case=f"{ORDERS} refresh orders, {label} (reference)",
                raw="-",
                mgbi=f"{_lateness_text(lateness)}; requests max {max(requests)}",
                result=f"{max(lateness):.2f} s",
                target="none: shows why the limits matter",
                met=None,
            )
        )
    return rows
