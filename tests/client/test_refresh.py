"""Refresh orders over loopback against the sandbox, sync and async."""

import logging

import pytest

import mgbi
from mgbi.sandbox import FAILING_NIP, RefreshStatusWords

NIP = "8190937865"
MODEL = "pl-krz-wp-record"


def _order_reads(server):
    return server.state.seen_requests("GET", "/v1/refresh/*")


def test_refresh_succeeds_with_records(start_sandbox):
    server = start_sandbox(refresh_start_delay=0.1, refresh_finish_delay=0.5)
    with mgbi.Client(server.key, base_url=server.base_url) as client:
        result = client.refresh(MODEL, {"nip": NIP}, timeout=20)

    assert result.order.status == "done"
    assert result.order.finish_datetime is not None
    assert result.records
    assert all(record.identifiers.pl_nip == NIP for record in result.records)
    record_reads = server.state.seen_requests("GET", f"/v1/models/{MODEL}/records")
    assert f"refresh_id={result.order.id}" in record_reads[-1].query


def test_refresh_failure_raises_with_order(start_sandbox):
    server = start_sandbox(refresh_start_delay=0.05, refresh_finish_delay=0.2)
    with mgbi.Client(server.key, base_url=server.base_url) as client:
        with pytest.raises(mgbi.RefreshFailedError) as caught:
            client.refresh(MODEL, {"nip": FAILING_NIP}, timeout=20)

    error = caught.value
    assert error.order_id in server.state.orders
    assert error.last_status == "failed"
    assert error.waited >= 0
    assert error.order_id in str(error)


def test_refresh_timeout_raises_then_resumes(start_sandbox):
    server = start_sandbox(refresh_start_delay=0.2, refresh_finish_delay=2.5)
    with mgbi.Client(server.key, base_url=server.base_url) as client:
        with pytest.raises(mgbi.RefreshTimeoutError) as caught:
            client.refresh(MODEL, {"nip": NIP}, timeout=1.0)

        error = caught.value
        # Still unfinished, so the wait gave up at its deadline, not at the order's end.
        assert error.last_status in ("pending", "running")
        assert error.waited >= 1.0
        assert "wait_for_refresh" in str(error)

        order = client.wait_for_refresh(error.order_id, timeout=20)

    assert order.id == error.order_id
    assert order.status == "done"
    assert server.state.refresh_charges == {error.order_id: 1}


def test_wait_uses_long_poll(start_sandbox):
    server = start_sandbox(refresh_start_delay=0.1, refresh_finish_delay=1.0)
    with mgbi.Client(server.key, base_url=server.base_url) as client:
        order = client.create_refresh(MODEL, {"nip": NIP})
        finished = client.wait_for_refresh(order.id, timeout=20)

    reads = _order_reads(server)
    assert finished.status == "done"
    assert all("wait_seconds=" in read.query for read in reads)
    # The server keeps each read open until the order changes or finishes.
    assert len(reads) <= 3


def test_wait_polls_when_server_ignores_long_poll(start_sandbox):
    server = start_sandbox(
        refresh_start_delay=0.1, refresh_finish_delay=1.0, long_poll=False
    )
    with mgbi.Client(server.key, base_url=server.base_url) as client:
        order = client.create_refresh(MODEL, {"nip": NIP})
        finished = client.wait_for_refresh(order.id, timeout=20)

    reads = _order_reads(server)
    assert finished.status == "done"
    assert len(reads) >= 2
    # Backoff keeps the client from hammering a server that responds at once.
    assert len(reads) < 15


def test_wait_plain_polling_sends_no_wait_seconds(start_sandbox):
    server = start_sandbox(refresh_start_delay=0.1, refresh_finish_delay=0.6)
    with mgbi.Client(server.key, base_url=server.base_url) as client:
        order = client.create_refresh(MODEL, {"nip": NIP})
        client.wait_for_refresh(order.id, timeout=20, long_poll=False)

    reads = _order_reads(server)
    assert reads
    assert not any("wait_seconds" in read.query for read in reads)


def test_wait_treats_unknown_status_as_finished(start_sandbox, caplog):
    words = RefreshStatusWords(running="crunching", done="completed_with_warnings")
    server = start_sandbox(
        refresh_start_delay=0.05, refresh_finish_delay=0.3, refresh_statuses=words
    )
    rules = mgbi.RefreshStatusRules().extended(in_progress=["crunching"])
    with (
        caplog.at_level(logging.WARNING, logger="mgbi"),
        mgbi.Client(server.key, base_url=server.base_url, status_rules=rules) as client,
    ):
        result = client.refresh(MODEL, {"nip": NIP}, timeout=20)

    assert result.order.status == "completed_with_warnings"
    messages = [record.getMessage() for record in caplog.records]
    assert any("completed_with_warnings" in message for message in messages)


def test_wait_rejects_bad_order_id(shared_sandbox):
    before = len(shared_sandbox.state.requests)
    with mgbi.Client(shared_sandbox.key, base_url=shared_sandbox.base_url) as client:
        with pytest.raises(mgbi.InvalidInputError):
            client.wait_for_refresh("not-an-id")
    assert len(shared_sandbox.state.requests) == before


def test_wait_unknown_order_raises_not_found(client):
    with pytest.raises(mgbi.NotFoundError) as caught:
        client.wait_for_refresh("0123456789abcdef01234567", timeout=5)
    assert caught.value.status_code == 404


@pytest.mark.anyio
async def test_async_refresh_succeeds(start_sandbox):
    server = start_sandbox(refresh_start_delay=0.1, refresh_finish_delay=0.5)
    async with mgbi.AsyncClient(server.key, base_url=server.base_url) as client:
        result = await client.refresh(MODEL, {"nip": NIP}, timeout=20)

    assert result.order.status == "done"
    assert result.records
    assert len(_order_reads(server)) <= 3


@pytest.mark.anyio
async def test_async_refresh_failure_raises(start_sandbox):
    server = start_sandbox(refresh_start_delay=0.05, refresh_finish_delay=0.2)
    async with mgbi.AsyncClient(server.key, base_url=server.base_url) as client:
        with pytest.raises(mgbi.RefreshFailedError) as caught:
            await client.refresh(MODEL, {"nip": FAILING_NIP}, timeout=20)
    assert caught.value.last_status == "failed"
    assert caught.value.order_id in server.state.orders


@pytest.mark.anyio
async def test_async_timeout_then_resume(start_sandbox):
    server = start_sandbox(refresh_start_delay=0.2, refresh_finish_delay=2.5)
    async with mgbi.AsyncClient(server.key, base_url=server.base_url) as client:
        with pytest.raises(mgbi.RefreshTimeoutError) as caught:
            await client.refresh(MODEL, {"nip": NIP}, timeout=1.0)
        assert caught.value.last_status in ("pending", "running")

        order = await client.wait_for_refresh(caught.value.order_id, timeout=20)
    assert order.status == "done"


@pytest.mark.anyio
async def test_async_wait_polls_without_long_poll(start_sandbox):
    server = start_sandbox(
        refresh_start_delay=0.1, refresh_finish_delay=0.8, long_poll=False
    )
    async with mgbi.AsyncClient(server.key, base_url=server.base_url) as client:
        order = await client.create_refresh(MODEL, {"nip": NIP})
        finished = await client.wait_for_refresh(order.id, timeout=20)
    assert finished.status == "done"
    assert 2 <= len(_order_reads(server)) < 15
