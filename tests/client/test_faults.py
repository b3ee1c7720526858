"""The fault suite: each fault ends in success through a retry, or in the right typed
error within the configured deadline, and no refresh order is charged twice."""

import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

import mgbi
from mgbi.sandbox import Fault

NIP = "8190937865"
LIMITS = "/v1/models/pl-krs-wp-record/limits"
RECORDS = "/v1/models/pl-krs-wp-record/records"


class SleepRecorder:
    """A sleep that records the delays and returns at once."""

    def __init__(self):
        self.delays = []

    def __call__(self, seconds):
        self.delays.append(seconds)


@pytest.fixture
def faulty(start_sandbox):
    """A sandbox and a client with recorded sleeps and a short timeout."""
    server = start_sandbox(refresh_start_delay=0.05, refresh_finish_delay=0.2)
    sleep = SleepRecorder()
    client = mgbi.Client(server.key, base_url=server.base_url, sleep=sleep, timeout=1.0)
    yield server, client, sleep
    client.close()
    # Each test refreshes an identifier at most once, so a count of 2 is a resent order.
    charged = server.state.charged_identifiers()
    assert all(count == 1 for count in charged.values()), charged


def _seen(server, method, path):
    return len(server.state.seen_requests(method, path))


@pytest.mark.parametrize(
    "fault",
    [
        Fault.connection_reset(),
        Fault.connection_close(),
        Fault.http_status(502),
        Fault.http_status(503),
        Fault.http_status(504),
        Fault.too_many_requests(),
    ],
    ids=["reset", "close", "502", "503", "504", "429"],
)
def test_get_retries_then_succeeds(faulty, fault):
    server, client, sleep = faulty
    server.state.add_fault(fault, path=LIMITS)
    quota = client.get_limits("pl-krs-wp-record")
    assert "api" in quota.max
    assert _seen(server, "GET", LIMITS) == 2
    assert len(sleep.delays) == 1


def test_retry_logged_at_info_with_reason(faulty, caplog):
    server, client, _ = faulty
    server.state.add_fault(Fault.http_status(502), path=LIMITS)
    client.get_limits("pl-krs-wp-record")
    retries = [
        record
        for record in caplog.records
        if record.name == "mgbi" and record.getMessage().startswith("retrying")
    ]
    assert len(retries) == 1
    assert retries[0].levelname == "INFO"
    assert "status 502" in retries[0].getMessage()


def test_get_burst_of_503_exhausts_retries(faulty):
    server, client, sleep = faulty
    server.state.add_fault(Fault.http_status(503), path=LIMITS, times=3)
    with pytest.raises(mgbi.ServerError) as caught:
        client.get_limits("pl-krs-wp-record")
    assert caught.value.status_code == 503
    assert _seen(server, "GET", LIMITS) == 3
    assert len(sleep.delays) == 2


def test_get_max_retries_per_call(faulty):
    server, client, _ = faulty
    server.state.add_fault(Fault.http_status(503), path=LIMITS, times=5)
    with pytest.raises(mgbi.ServerError):
        client.get_limits("pl-krs-wp-record", max_retries=4)
    assert _seen(server, "GET", LIMITS) == 5


def test_get_500_is_not_retried(faulty):
    server, client, sleep = faulty
    server.state.add_fault(Fault.http_status(500), path=LIMITS)
    with pytest.raises(mgbi.ServerError):
        client.get_limits("pl-krs-wp-record")
    assert _seen(server, "GET", LIMITS) == 1
    assert sleep.delays == []


@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [("2", 2.0), ("0", 0.0)],
    ids=["seconds", "zero"],
)
def test_429_honours_retry_after(faulty, retry_after, expected):
    server, client, sleep = faulty
    server.state.add_fault(Fault.too_many_requests(retry_after), path=LIMITS)
    client.get_limits("pl-krs-wp-record")
    assert sleep.delays == [expected]


def test_429_honours_retry_after_http_date(faulty):
    server, client, sleep = faulty
    when = datetime.now(UTC) + timedelta(seconds=5)
    server.state.add_fault(
        Fault.too_many_requests(format_datetime(when, usegmt=True)), path=LIMITS
    )
    client.get_limits("pl-krs-wp-record")
    assert len(sleep.delays) == 1
    assert 3.0 <= sleep.delays[0] <= 5.0


def test_429_with_long_retry_after_raises(faulty):
    server, client, sleep = faulty
    server.state.add_fault(Fault.too_many_requests("3600"), path=LIMITS)
    with pytest.raises(mgbi.RateLimitError) as caught:
        client.get_limits("pl-krs-wp-record")
    assert caught.value.retry_after == 3600.0
    assert sleep.delays == []


def test_slow_server_times_out_without_retry(faulty):
    server, client, _ = faulty
    server.state.add_fault(Fault.slow(5.0), path=LIMITS)
    started = time.monotonic()
    with pytest.raises(mgbi.APITimeoutError):
        client.get_limits("pl-krs-wp-record")
    # The fault delays the response 5 s; the 1 s timeout must end the call before.
    assert time.monotonic() - started < 4.5
    assert _seen(server, "GET", LIMITS) == 1


def test_truncated_json_raises_decode_error(faulty):
    server, client, _ = faulty
    server.state.add_fault(Fault.truncated_body(), path=RECORDS)
    with pytest.raises(mgbi.DecodeError) as caught:
        client.get_records("pl-krs-wp-record")
    assert caught.value.status_code == 200


def test_wrong_content_type_raises_decode_error(faulty):
    server, client, _ = faulty
    server.state.add_fault(Fault.wrong_content_type(), path=RECORDS)
    with pytest.raises(mgbi.DecodeError) as caught:
        client.get_records("pl-krs-wp-record")
    assert "text/html" in caught.value.content_type


def test_stream_disconnect_raises_connection_error(start_sandbox):
    server = start_sandbox(extra_records={"pl-wpv-record": 500})
    server.state.add_fault(
        Fault.disconnect_mid_body(after_bytes=50_000),
        path="/v1/models/pl-wpv-record/stream",
    )
    received = []
    with mgbi.Client(server.key, base_url=server.base_url) as client:
        with pytest.raises(mgbi.APIConnectionError):
            for record in client.stream_records("pl-wpv-record"):
                received.append(record)
    assert 0 < len(received) < 501


def test_download_disconnect_leaves_no_file(start_sandbox, tmp_path):
    server = start_sandbox()
    with mgbi.Client(server.key, base_url=server.base_url) as client:
        record = client.get_records("pl-krs-rdf-record").results[0]
        server.state.add_fault(
            Fault.disconnect_mid_body(after_bytes=10),
            path="/v1/models/pl-krs-rdf-record/records/*/files/*",
        )
        target = tmp_path / "statement.pdf"
        with pytest.raises(mgbi.APIConnectionError):
            client.download_file(
                "pl-krs-rdf-record", record.id, "main_document_uri", target
            )
    assert list(tmp_path.iterdir()) == []


# Create Refresh charges quota, so it is resent only when the server did not process it.


@pytest.mark.parametrize(
    "fault",
    [Fault.http_status(503), Fault.too_many_requests("0")],
    ids=["503", "429"],
)
def test_create_refresh_retries_when_not_processed(faulty, fault):
    server, client, _ = faulty
    server.state.add_fault(fault, method="POST", path="/v1/refresh")
    order = client.create_refresh("pl-krz-wp-record", {"nip": NIP})
    assert _seen(server, "POST", "/v1/refresh") == 2
    assert server.state.refresh_charges == {order.id: 1}


@pytest.mark.parametrize(
    ("fault", "error_class"),
    [
        (Fault.connection_reset(processed=True), mgbi.APIConnectionError),
        (Fault.connection_close(processed=True), mgbi.APIConnectionError),
        (Fault.http_status(502, processed=True), mgbi.ServerError),
        (Fault.http_status(504, processed=True), mgbi.ServerError),
        (Fault.http_status(500, processed=True), mgbi.ServerError),
    ],
    ids=["reset", "close", "502", "504", "500"],
)
def test_create_refresh_not_resent_after_processing(faulty, fault, error_class):
    server, client, _ = faulty
    server.state.add_fault(fault, method="POST", path="/v1/refresh")
    with pytest.raises(error_class):
        client.create_refresh("pl-krz-wp-record", {"nip": NIP})
    assert _seen(server, "POST", "/v1/refresh") == 1
    assert list(server.state.refresh_charges.values()) == [1]


def test_create_refresh_read_timeout_not_resent(faulty):
    server, client, _ = faulty
    server.state.add_fault(Fault.slow(3.0), method="POST", path="/v1/refresh")
    with pytest.raises(mgbi.APITimeoutError):
        client.create_refresh("pl-krz-wp-record", {"nip": NIP})
    assert _seen(server, "POST", "/v1/refresh") == 1


def test_refresh_wait_survives_faults(faulty):
    server, client, _ = faulty
    server.state.add_fault(Fault.http_status(503), path="/v1/refresh/*")
    server.state.add_fault(Fault.connection_reset(), path="/v1/refresh/*")
    result = client.refresh("pl-krz-wp-record", {"nip": NIP}, timeout=20)
    assert result.order.status == "done"
    assert server.state.refresh_charges == {result.order.id: 1}


@pytest.mark.anyio
async def test_async_get_retries_then_succeeds(start_sandbox):
    server = start_sandbox()
    delays = []

    async def record_sleep(seconds):
        delays.append(seconds)

    server.state.add_fault(Fault.http_status(503), path=LIMITS, times=2)
    async with mgbi.AsyncClient(
        server.key, base_url=server.base_url, async_sleep=record_sleep
    ) as client:
        quota = await client.get_limits("pl-krs-wp-record")
    assert "api" in quota.max
    assert len(delays) == 2
    assert _seen(server, "GET", LIMITS) == 3


@pytest.mark.anyio
async def test_async_create_refresh_not_resent_after_reset(start_sandbox):
    server = start_sandbox()
    server.state.add_fault(
        Fault.connection_reset(processed=True), method="POST", path="/v1/refresh"
    )
    async with mgbi.AsyncClient(server.key, base_url=server.base_url) as client:
        with pytest.raises(mgbi.APIConnectionError):
            await client.create_refresh("pl-krz-wp-record", {"nip": NIP})
    assert _seen(server, "POST", "/v1/refresh") == 1
    assert list(server.state.refresh_charges.values()) == [1]
