"""Refresh orders: validation, status changes, records, charges and long polling."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from mgbi.sandbox import (
    COMPANY_A,
    COMPANY_B,
    FAILING_NIP,
    RefreshStatusWords,
    SandboxServer,
)

from .conftest import client_for

KRZ = "pl-krz-wp-record"
FAST = {"refresh_start_delay": 0.05, "refresh_finish_delay": 0.15}


def order_body(model: str = KRZ, **identifiers: str) -> dict[str, Any]:
    """Return a Create Refresh body. Identifier arguments spell the dot as `_`."""
    query = {"model": model}
    query.update(
        {
            key.replace("identifiers_", "identifiers."): v
            for key, v in identifiers.items()
        }
    )
    return {"query": query}


def create(client: httpx.Client, body: dict[str, Any]) -> dict[str, Any]:
    """Create an order and check the 201."""
    response = client.post("/v1/refresh", json=body)
    assert response.status_code == 201, response.text
    order: dict[str, Any] = response.json()
    return order


def test_create_refresh_returns_pending_order(sandbox: SandboxServer) -> None:
    with client_for(sandbox) as client:
        order = create(client, order_body(identifiers_pl_nip=COMPANY_B.nip))
    assert len(order["id"]) == 24
    assert order["query"] == {"model": KRZ, "identifiers.pl_nip": COMPANY_B.nip}
    assert order["status"] == "pending"
    assert order["creation_datetime"].endswith("Z")
    assert order["start_datetime"] is None
    assert order["finish_datetime"] is None


def test_refresh_status_moves_pending_running_done(
    start_sandbox: Callable[..., SandboxServer],
) -> None:
    server = start_sandbox(refresh_start_delay=0.2, refresh_finish_delay=0.6)
    with client_for(server) as client:
        order = create(client, order_body(identifiers_pl_nip=COMPANY_B.nip))
        time.sleep(0.35)
        running = client.get(f"/v1/refresh/{order['id']}").json()
        time.sleep(0.45)
        done = client.get(f"/v1/refresh/{order['id']}").json()

    assert running["status"] == "running"
    assert running["start_datetime"] is not None
    assert running["finish_datetime"] is None
    assert done["status"] == "done"
    assert done["finish_datetime"] is not None


def test_refresh_done_records_visible(
    start_sandbox: Callable[..., SandboxServer],
) -> None:
    server = start_sandbox(**FAST)
    nip_params = {"identifiers.pl_nip": COMPANY_B.nip}
    with client_for(server) as client:
        before = client.get(f"/v1/models/{KRZ}/records", params=nip_params).json()
        order = create(client, order_body(identifiers_pl_nip=COMPANY_B.nip))
        client.get(f"/v1/refresh/{order['id']}", params={"wait_seconds": 5})
        by_nip = client.get(f"/v1/models/{KRZ}/records", params=nip_params).json()
        by_order = client.get(
            f"/v1/models/{KRZ}/records", params={"refresh_id": order["id"]}
        ).json()

    assert before["count"] == 0
    assert by_nip["count"] == 1
    assert by_order["results"] == by_nip["results"]
    record = by_order["results"][0]
    assert record["identifiers"]["pl_krs"] == COMPANY_B.krs
    assert COMPANY_B.short_name in str(record["content"])


def test_refresh_failing_nip_fails_without_records(
    start_sandbox: Callable[..., SandboxServer],
) -> None:
    server = start_sandbox(**FAST)
    with client_for(server) as client:
        order = create(client, order_body(identifiers_pl_nip=FAILING_NIP))
        final = client.get(
            f"/v1/refresh/{order['id']}", params={"wait_seconds": 5}
        ).json()
        records = client.get(
            f"/v1/models/{KRZ}/records", params={"refresh_id": order["id"]}
        )

    assert final["status"] == "failed"
    assert final["finish_datetime"] is not None
    assert records.json()["count"] == 0


def test_refresh_custom_status_words(
    start_sandbox: Callable[..., SandboxServer],
) -> None:
    words = RefreshStatusWords(
        pending="queued", running="processing", done="completed_with_warnings"
    )
    server = start_sandbox(refresh_statuses=words, **FAST)
    with client_for(server) as client:
        order = create(client, order_body(identifiers_pl_nip=COMPANY_A.nip))
        final = client.get(
            f"/v1/refresh/{order['id']}", params={"wait_seconds": 5}
        ).json()
    assert order["status"] == "queued"
    assert final["status"] == "completed_with_warnings"


@pytest.mark.parametrize(
    ("body", "location"),
    [
        (
            {"query": {"model": "pl-nope-record", "identifiers.pl_nip": COMPANY_A.nip}},
            ["body", "query", "model"],
        ),
        ({"query": {"model": KRZ}}, ["body", "query"]),
        ({"query": {"model": KRZ, "identifiers.pl_nip": None}}, ["body", "query"]),
        (
            {"query": {"model": KRZ, "identifiers.pl_nip": "8190937866"}},
            ["body", "query", "identifiers.pl_nip"],
        ),
        (
            {"query": {"model": KRZ, "identifiers.pl_regon": "12345"}},
            ["body", "query", "identifiers.pl_regon"],
        ),
        (
            {"query": {"model": KRZ, "identifiers.pl_pesel": "80051743216"}},
            ["body", "query", "identifiers.pl_pesel"],
        ),
        (
            {"query": {"model": KRZ, "identifiers.pl_other": "1"}},
            ["body", "query", "identifiers.pl_other"],
        ),
        ({"model": KRZ, "identifiers.pl_nip": COMPANY_A.nip}, ["body", "query"]),
        ([1, 2], ["body", "query"]),
    ],
    ids=[
        "unknown-model",
        "no-identifier",
        "null-identifier",
        "nip-checksum",
        "regon-length",
        "pesel-checksum",
        "unknown-key",
        "no-query-wrapper",
        "not-object",
    ],
)
def test_create_refresh_invalid_body_400(
    sandbox: SandboxServer, body: Any, location: list[str]
) -> None:
    with client_for(sandbox) as client:
        response = client.post("/v1/refresh", json=body)
    assert response.status_code == 400
    assert response.json()["details"][0]["loc"] == location
    assert sandbox.state.orders == {}
    assert sandbox.state.used(KRZ)["refresh"] == 0


def test_create_refresh_invalid_json_400(sandbox: SandboxServer) -> None:
    headers = {"Content-Type": "application/json"}
    with client_for(sandbox) as client:
        response = client.post("/v1/refresh", content=b"{", headers=headers)
    assert response.status_code == 400
    assert response.json()["error"] == "Validation error"


def test_refresh_charges_identifier_count(sandbox: SandboxServer) -> None:
    with client_for(sandbox) as client:
        first = create(
            client,
            order_body(
                identifiers_pl_nip=COMPANY_A.nip, identifiers_pl_krs=str(COMPANY_A.krs)
            ),
        )
        second = create(
            client, order_body("pl-wpv-record", identifiers_pl_nip=COMPANY_B.nip)
        )

    assert sandbox.state.used(KRZ)["refresh"] == 2
    assert sandbox.state.used("pl-wpv-record")["refresh"] == 1
    assert sandbox.state.refresh_charges == {first["id"]: 1, second["id"]: 1}
    charged = sandbox.state.charged_identifiers()
    assert charged[(KRZ, "identifiers.pl_nip", COMPANY_A.nip)] == 1
    assert max(charged.values()) == 1


def test_refresh_same_identifier_twice_counted(sandbox: SandboxServer) -> None:
    with client_for(sandbox) as client:
        create(client, order_body(identifiers_pl_nip=COMPANY_A.nip))
        create(client, order_body(identifiers_pl_nip=COMPANY_A.nip))
    assert (
        sandbox.state.charged_identifiers()[(KRZ, "identifiers.pl_nip", COMPANY_A.nip)]
        == 2
    )


def test_get_refresh_long_poll_returns_at_finish(
    start_sandbox: Callable[..., SandboxServer],
) -> None:
    server = start_sandbox(refresh_start_delay=0.1, refresh_finish_delay=0.5)
    with client_for(server) as client:
        order = create(client, order_body(identifiers_pl_nip=COMPANY_A.nip))
        started = time.monotonic()
        final = client.get(
            f"/v1/refresh/{order['id']}", params={"wait_seconds": 10}
        ).json()
        elapsed = time.monotonic() - started
    assert final["status"] == "done"
    assert 0.3 < elapsed < 2.0


def test_get_refresh_long_poll_times_out(
    start_sandbox: Callable[..., SandboxServer],
) -> None:
    server = start_sandbox(refresh_start_delay=0.1, refresh_finish_delay=30.0)
    with client_for(server) as client:
        order = create(client, order_body(identifiers_pl_nip=COMPANY_A.nip))
        started = time.monotonic()
        polled = client.get(
            f"/v1/refresh/{order['id']}", params={"wait_seconds": 1}
        ).json()
        elapsed = time.monotonic() - started
    assert polled["status"] == "running"
    assert 0.9 < elapsed < 2.0


def test_get_refresh_wait_capped(start_sandbox: Callable[..., SandboxServer]) -> None:
    server = start_sandbox(refresh_finish_delay=30.0, max_wait_seconds=0.4)
    with client_for(server) as client:
        order = create(client, order_body(identifiers_pl_nip=COMPANY_A.nip))
        started = time.monotonic()
        client.get(f"/v1/refresh/{order['id']}", params={"wait_seconds": 20})
        elapsed = time.monotonic() - started
    assert 0.3 < elapsed < 1.5


def test_get_refresh_long_poll_off_answers_at_once(
    start_sandbox: Callable[..., SandboxServer],
) -> None:
    server = start_sandbox(refresh_finish_delay=30.0, long_poll=False)
    with client_for(server) as client:
        order = create(client, order_body(identifiers_pl_nip=COMPANY_A.nip))
        started = time.monotonic()
        polled = client.get(
            f"/v1/refresh/{order['id']}", params={"wait_seconds": 20}
        ).json()
        elapsed = time.monotonic() - started
    assert polled["status"] == "pending"
    assert elapsed < 0.5


def test_get_refresh_long_poll_ends_at_shutdown(
    start_sandbox: Callable[..., SandboxServer],
) -> None:
    server = start_sandbox(refresh_finish_delay=60.0)
    responses: list[httpx.Response] = []
    with client_for(server) as client:
        order = create(client, order_body(identifiers_pl_nip=COMPANY_A.nip))
        url = f"/v1/refresh/{order['id']}"
        poller = threading.Thread(
            target=lambda: responses.append(
                client.get(url, params={"wait_seconds": 30})
            )
        )
        poller.start()
        time.sleep(0.3)
        started = time.monotonic()
        server.stop()
        poller.join(5)

    assert time.monotonic() - started < 3.0
    assert not poller.is_alive()
    assert responses[0].json()["finish_datetime"] is None


@pytest.mark.parametrize(
    ("order_id", "params", "status"),
    [
        ("0123456789abcdef01234567", {}, 404),
        ("not-an-order", {}, 400),
        ("0123456789abcdef01234567", {"wait_seconds": "-1"}, 400),
        ("0123456789abcdef01234567", {"wait_seconds": "soon"}, 400),
    ],
    ids=["unknown", "malformed", "negative-wait", "non-integer-wait"],
)
def test_get_refresh_errors_table(
    client: httpx.Client, order_id: str, params: dict[str, str], status: int
) -> None:
    response = client.get(f"/v1/refresh/{order_id}", params=params)
    assert response.status_code == status
    assert set(response.json()) == {"error", "details"}
