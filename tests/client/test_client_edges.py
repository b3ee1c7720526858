"""Edge cases of the client's contract: deadlines, redirects, pickling, settings."""

import copy
import os
import pickle
import time

import httpx
import pytest

import mgbi
from mgbi.sandbox import Fault

NIP = "8190937865"


def test_wait_deadline_holds_when_server_silent(start_sandbox):
    server = start_sandbox(refresh_start_delay=0.1, refresh_finish_delay=30)
    with mgbi.Client(server.key, base_url=server.base_url) as client:
        order = client.create_refresh("pl-krz-wp-record", {"nip": NIP})
        server.state.add_fault(Fault.slow(20), path="/v1/refresh/*", times=50)
        started = time.monotonic()
        with pytest.raises(mgbi.RefreshTimeoutError) as caught:
            client.wait_for_refresh(order.id, timeout=1.5)
        elapsed = time.monotonic() - started
    # The server delays each read by 20 s; ending well before that shows the deadline
    # cut the reads short. The bound is loose so that a loaded machine cannot fail it.
    assert elapsed < 10.0
    assert caught.value.order_id == order.id
    assert caught.value.last_status is None
    assert "no status was read" in str(caught.value)
    assert isinstance(caught.value.__cause__, mgbi.APITimeoutError)


@pytest.mark.anyio
async def test_async_wait_deadline_holds(start_sandbox):
    server = start_sandbox(refresh_start_delay=0.1, refresh_finish_delay=30)
    async with mgbi.AsyncClient(server.key, base_url=server.base_url) as client:
        order = await client.create_refresh("pl-krz-wp-record", {"nip": NIP})
        server.state.add_fault(Fault.slow(20), path="/v1/refresh/*", times=50)
        started = time.monotonic()
        with pytest.raises(mgbi.RefreshTimeoutError):
            await client.wait_for_refresh(order.id, timeout=1.5)
    assert time.monotonic() - started < 10.0


@pytest.mark.parametrize(
    "path",
    [
        "/v1/models/pl-wpv-record/stream",
        "/v1/models/pl-krs-wp-record/limits",
    ],
)
def test_redirect_raises_unexpected_status(start_sandbox, path):
    server = start_sandbox()
    server.state.add_fault(Fault.http_status(302), path=path)
    with mgbi.Client(server.key, base_url=server.base_url) as client:
        with pytest.raises(mgbi.UnexpectedStatusError) as caught:
            if "stream" in path:
                list(client.stream_records("pl-wpv-record"))
            else:
                client.get_limits("pl-krs-wp-record")
    assert caught.value.status_code == 302
    assert "base_url" in str(caught.value)


def test_redirect_download_leaves_no_file(start_sandbox, tmp_path):
    server = start_sandbox()
    with mgbi.Client(server.key, base_url=server.base_url) as client:
        record = client.get_records("pl-krs-rdf-record").results[0]
        server.state.add_fault(Fault.http_status(302), path="/v1/models/*/files/*")
        with pytest.raises(mgbi.UnexpectedStatusError):
            client.download_file(
                "pl-krs-rdf-record", record.id, "main_document_uri", tmp_path
            )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "error",
    [
        mgbi.errors.error_for_status(
            status_code=404, body={"error": "x"}, method="GET", url="http://h/v1"
        ),
        mgbi.RefreshTimeoutError(
            "late", order_id="0" * 24, last_status="pending", waited=1.0
        ),
        mgbi.APITimeoutError("slow", method="GET", url="http://h/v1"),
        mgbi.QuotaError("no", model="m", counter="refresh", needed=2, remaining=1),
        mgbi.DecodeError(
            "bad", method="GET", url="http://h", status_code=200, content_type=None
        ),
    ],
    ids=["not-found", "refresh-timeout", "timeout", "quota", "decode"],
)
def test_errors_pickle_and_copy(error):
    for clone in (pickle.loads(pickle.dumps(error)), copy.copy(error)):
        assert type(clone) is type(error)
        assert str(clone) == str(error)
        assert vars(clone) == vars(error)


def test_closed_client_raises_clean_error(shared_sandbox):
    client = mgbi.Client(shared_sandbox.key, base_url=shared_sandbox.base_url)
    client.close()
    with pytest.raises(mgbi.ClientClosedError):
        client.get_limits("pl-krs-wp-record")


@pytest.mark.parametrize(
    "settings",
    [
        {"timeout": "30"},
        {"timeout": -1},
        {"max_retries": -1},
        {"max_retries": 1.5},
        {"validate_identifiers": "no"},
        {"base_url": "ftp://api.example"},
        {"http_client": object()},
    ],
    ids=[
        "timeout-str",
        "timeout-negative",
        "retries-negative",
        "retries-float",
        "validate-str",
        "url-scheme",
        "http-client-type",
    ],
)
def test_bad_settings_raise_configuration_error(settings):
    with pytest.raises(mgbi.ConfigurationError):
        mgbi.Client("some-key-1234", **settings)


def test_user_http_client_gets_base_url_and_key(shared_sandbox):
    http = httpx.Client(timeout=5)
    with mgbi.Client(
        shared_sandbox.key, base_url=shared_sandbox.base_url, http_client=http
    ) as client:
        quota = client.get_limits("pl-krs-wp-record")
    assert "api" in quota.max
    assert http.is_closed


def test_refresh_accepts_generated_identifier_names(client):
    order = client.create_refresh("pl-krz-wp-record", {"identifiers_pl_nip": NIP})
    assert order.query.identifiers_pl_nip == NIP


def test_typed_filters_rejected_before_request(shared_sandbox):
    before = len(shared_sandbox.state.requests)
    with mgbi.Client(shared_sandbox.key, base_url=shared_sandbox.base_url) as client:
        with pytest.raises(mgbi.InvalidInputError) as caught:
            client.get_records("krs_wp", last_update_datetime_from="2020-01-01")
        assert "datetime" in str(caught.value)
        with pytest.raises(mgbi.InvalidInputError) as caught:
            client.get_records("krs_wp", nip=NIP)
        assert "identifiers_pl_nip" in str(caught.value)
    assert len(shared_sandbox.state.requests) == before


def test_download_gets_usual_file_mode(client, tmp_path):
    record = client.get_records("pl-krs-rdf-record").results[0]
    saved = client.download_file(
        "pl-krs-rdf-record", record.id, "main_document_uri", tmp_path / "doc.pdf"
    )
    umask = os.umask(0)
    os.umask(umask)
    assert saved.path.stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize(
    "destination",
    ["missing-folder/", "missing-folder/doc.pdf"],
    ids=["folder", "file-in-folder"],
)
def test_download_missing_folder_rejected(client, tmp_path, destination):
    record = client.get_records("pl-krs-rdf-record").results[0]
    target = f"{tmp_path}/{destination}"
    with pytest.raises(mgbi.InvalidInputError) as caught:
        client.download_file(
            "pl-krs-rdf-record", record.id, "main_document_uri", target
        )
    assert "does not exist" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("settings", "expected_read"),
    [({}, 5.0), ({"timeout": 12.0}, 12.0)],
    ids=["client-own", "passed"],
)
def test_user_http_client_timeout(settings, expected_read):
    http = httpx.Client(timeout=5)
    client = mgbi.Client("some-key-1234", http_client=http, **settings)
    assert http.timeout.read == expected_read
    client.close()
