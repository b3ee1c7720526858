"""Fault injection over real HTTP, and the request log."""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Callable

import httpx
import pytest

from mgbi.sandbox import COMPANY_A, Fault, FaultKind, SandboxServer

from .conftest import client_for

RECORDS = "/v1/models/pl-krs-wp-record/records"
STREAM = "/v1/models/pl-krs-wp-record/stream"
RDF_RECORD = "/v1/models/pl-krs-rdf-record/records/6837b95bbc6524d69fbe8976"
DOWNLOAD = f"{RDF_RECORD}/files/main_document_uri"
REFRESH_BODY = {
    "query": {"model": "pl-krz-wp-record", "identifiers.pl_nip": COMPANY_A.nip}
}


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_fault_status_once(sandbox: SandboxServer, status: int) -> None:
    sandbox.state.add_fault(Fault.http_status(status), method="GET", path=RECORDS)
    with client_for(sandbox) as client:
        faulted = client.get(RECORDS)
        normal = client.get(RECORDS)

    assert faulted.status_code == status
    assert faulted.headers["content-type"] == "application/json"
    assert set(faulted.json()) == {"error", "details"}
    assert normal.status_code == 200


@pytest.mark.parametrize(
    "retry_after",
    ["2", email.utils.format_datetime(email.utils.localtime(), usegmt=True)],
    ids=["seconds", "http-date"],
)
def test_fault_429_retry_after(sandbox: SandboxServer, retry_after: str) -> None:
    sandbox.state.add_fault(Fault.too_many_requests(retry_after), path="/v1/*")
    with client_for(sandbox) as client:
        response = client.get(RECORDS)
    assert response.status_code == 429
    assert response.headers["retry-after"] == retry_after


def test_fault_503_retry_after(sandbox: SandboxServer) -> None:
    sandbox.state.add_fault(Fault.http_status(503, retry_after="1"), path=RECORDS)
    with client_for(sandbox) as client:
        response = client.get(RECORDS)
    assert response.status_code == 503
    assert response.headers["retry-after"] == "1"


def test_state_reset_clears_everything(sandbox: SandboxServer) -> None:
    sandbox.state.add_fault(Fault.http_status(500), path="/nowhere")
    with client_for(sandbox) as client:
        order = client.post("/v1/refresh", json=REFRESH_BODY).json()
        client.get(f"/v1/refresh/{order['id']}", params={"wait_seconds": 5})

    sandbox.state.reset()

    assert len(sandbox.state.requests) == 0
    assert sandbox.state.faults.pending() == []
    assert sandbox.state.orders == {}
    assert sandbox.state.refresh_charges == {}
    assert sandbox.state.used("pl-krz-wp-record")["refresh"] == 0
    with client_for(sandbox) as client:
        params = {"refresh_id": order["id"]}
        records = client.get(
            "/v1/models/pl-krz-wp-record/records", params=params
        ).json()
    assert records["count"] == 0


def test_fault_connection_reset_no_response(sandbox: SandboxServer) -> None:
    sandbox.state.add_fault(Fault.connection_reset(), path=RECORDS)
    with client_for(sandbox) as client, pytest.raises(httpx.TransportError) as caught:
        client.get(RECORDS)

    assert isinstance(caught.value, httpx.ReadError | httpx.RemoteProtocolError)
    [record] = sandbox.state.requests.snapshot()
    assert record.fault is FaultKind.RESET
    assert record.status is None


def test_fault_connection_close_no_response(sandbox: SandboxServer) -> None:
    sandbox.state.add_fault(Fault.connection_close(), path=RECORDS)
    with (
        client_for(sandbox) as client,
        pytest.raises(httpx.RemoteProtocolError) as caught,
    ):
        client.get(RECORDS)
    assert "without sending a response" in str(caught.value)


def test_fault_delay_beyond_client_timeout(sandbox: SandboxServer) -> None:
    sandbox.state.add_fault(Fault.slow(1.5), path=RECORDS)
    started = time.monotonic()
    with client_for(sandbox, timeout=0.3) as client, pytest.raises(httpx.ReadTimeout):
        client.get(RECORDS)
    assert time.monotonic() - started < 1.0
    assert sandbox.state.requests[0].fault is FaultKind.DELAY


def test_fault_truncated_json(sandbox: SandboxServer) -> None:
    sandbox.state.add_fault(Fault.truncated_body(), path=RECORDS)
    with client_for(sandbox) as client:
        response = client.get(RECORDS)
        complete = client.get(RECORDS)

    assert response.status_code == 200
    assert int(response.headers["content-length"]) == len(response.content)
    assert len(response.content) == len(complete.content) // 2
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)


def test_fault_truncated_keep_bytes(sandbox: SandboxServer) -> None:
    sandbox.state.add_fault(Fault.truncated_body(keep_bytes=10), path="/v1/refresh")
    with client_for(sandbox) as client:
        response = client.post("/v1/refresh", json=REFRESH_BODY)
    assert response.status_code == 201
    assert response.content == b'{"id":"' + response.content[7:10]
    assert len(sandbox.state.orders) == 1


def test_fault_wrong_content_type(sandbox: SandboxServer) -> None:
    sandbox.state.add_fault(Fault.wrong_content_type(), path=RECORDS)
    with client_for(sandbox) as client:
        response = client.get(RECORDS)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.text.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("path", "after_bytes", "expected"),
    [
        (STREAM, 2000, lambda total: 2000),
        (DOWNLOAD, 100, lambda total: 100),
        # A body shorter than after_bytes still ends early: a stream loses its closing
        # chunk, a download its last byte.
        (STREAM, 10**6, lambda total: total),
        (DOWNLOAD, 10**6, lambda total: total - 1),
    ],
    ids=["stream", "download", "short-stream", "short-download"],
)
def test_fault_disconnect_mid_body(
    sandbox: SandboxServer, path: str, after_bytes: int, expected: Callable[[int], int]
) -> None:
    with client_for(sandbox) as client:
        total = len(client.get(path).content)

    sandbox.state.add_fault(Fault.disconnect_mid_body(after_bytes), path=path)
    received = bytearray()
    with client_for(sandbox) as client, pytest.raises(httpx.RemoteProtocolError):
        with client.stream("GET", path) as response:
            assert response.status_code == 200
            for chunk in response.iter_bytes():
                received += chunk
    assert len(received) == expected(total)


def test_fault_times_and_patterns(sandbox: SandboxServer) -> None:
    sandbox.state.add_fault(
        Fault.http_status(503), method="POST", path="/v1/refresh", times=2
    )
    with client_for(sandbox) as client:
        other = client.get(RECORDS)
        statuses = [
            client.post("/v1/refresh", json=REFRESH_BODY).status_code for _ in range(3)
        ]

    assert other.status_code == 200
    assert statuses == [503, 503, 201]
    assert len(sandbox.state.orders) == 1
    assert sandbox.state.used("pl-krz-wp-record")["refresh"] == 1
    assert sandbox.state.faults.pending() == []


def test_fault_processed_request_charged(sandbox: SandboxServer) -> None:
    sandbox.state.add_fault(Fault.connection_close(processed=True), path="/v1/refresh")
    with client_for(sandbox) as client, pytest.raises(httpx.RemoteProtocolError):
        client.post("/v1/refresh", json=REFRESH_BODY)

    assert len(sandbox.state.orders) == 1
    assert sandbox.state.used("pl-krz-wp-record")["refresh"] == 1


def test_fault_processed_status_charged(sandbox: SandboxServer) -> None:
    sandbox.state.add_fault(
        Fault.http_status(502, processed=True), path="/v1/models/*/records/*"
    )
    with client_for(sandbox) as client:
        response = client.get(f"{RECORDS}/666a1c0ede79c75a8d727e72")
    assert response.status_code == 502
    assert sandbox.state.used("pl-krs-wp-record")["api_get"] == 1


def test_fault_add_rejects_zero_times(sandbox: SandboxServer) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        sandbox.state.add_fault(Fault.connection_reset(), times=0)


def test_request_log_records_each_request(sandbox: SandboxServer) -> None:
    assert len(sandbox.state.requests) == 0
    sandbox.state.add_fault(Fault.http_status(500), path="/v1/refresh/*")
    with client_for(sandbox) as client:
        client.get(RECORDS, params={"per_page": 3})
        client.get("/v1/refresh/0123456789abcdef01234567")
    httpx.get(f"{sandbox.base_url}{RECORDS}")

    log = sandbox.state.requests.snapshot()
    assert [(r.method, r.path, r.query) for r in log] == [
        ("GET", RECORDS, "per_page=3"),
        ("GET", "/v1/refresh/0123456789abcdef01234567", ""),
        ("GET", RECORDS, ""),
    ]
    assert [r.fault for r in log] == [None, FaultKind.STATUS, None]
    assert [r.status for r in log] == [200, 500, 401]
    assert [r.authorized for r in log] == [True, True, False]
    assert len(sandbox.state.seen_requests("GET", "/v1/refresh/*")) == 1
    assert sandbox.state.seen_requests("POST") == []
