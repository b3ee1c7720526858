"""Streaming, pagination, downloads and quotas through the client, over loopback."""

import os
import subprocess
import sys

import pytest

import mgbi
from mgbi_api.models import WpvRecord

MODEL = "pl-wpv-record"
SHAPES = ["array", "object", "results", "ndjson"]
ID_MODES = ["id", "_id", "mixed"]


def _expected_ids(client, model):
    return {record.id for record in client.iter_records(model, per_page=50)}


@pytest.mark.parametrize("id_mode", ID_MODES)
@pytest.mark.parametrize("shape", SHAPES)
def test_stream_every_shape_and_id_key(start_sandbox, shape, id_mode):
    extra = 0 if shape == "object" else 25
    server = start_sandbox(
        extra_records={MODEL: extra},
        stream_shapes={MODEL: shape},
        stream_id_keys={MODEL: id_mode},
    )
    with mgbi.Client(server.key, base_url=server.base_url) as client:
        expected = _expected_ids(client, MODEL)
        records = list(client.stream_records(MODEL))
        dicts = list(client.post_stream_records(MODEL, as_dict=True))

    assert all(isinstance(record, WpvRecord) for record in records)
    assert all("_id" not in item for item in dicts)
    if shape == "object":
        # A single-object body contains one record: the sandbox sends the first match.
        assert len(records) == 1
        assert records[0].id in expected
        assert [item["id"] for item in dicts] == [records[0].id]
    else:
        assert {record.id for record in records} == expected
        assert {item["id"] for item in dicts} == expected


@pytest.mark.anyio
@pytest.mark.parametrize("shape", SHAPES)
async def test_async_stream_every_shape(start_sandbox, shape):
    extra = 0 if shape == "object" else 10
    server = start_sandbox(
        extra_records={MODEL: extra},
        stream_shapes={MODEL: shape},
        stream_id_keys={MODEL: "mixed"},
    )
    async with mgbi.AsyncClient(server.key, base_url=server.base_url) as client:
        records = [record async for record in client.stream_records(MODEL)]
        page = await client.get_records(MODEL)
    assert len(records) == (1 if shape == "object" else page.count)
    assert all(len(record.id) == 24 for record in records)


def test_stream_filters_reach_server(client, shared_sandbox):
    records = list(client.stream_records(MODEL, identifiers_pl_nip="8190937865"))
    seen = shared_sandbox.state.seen_requests("GET", f"/v1/models/{MODEL}/stream")
    assert records
    assert "identifiers.pl_nip=8190937865" in seen[-1].query


def test_post_stream_sends_filters_as_body(client):
    records = list(client.post_stream_records(MODEL, identifiers_pl_nip="8190937865"))
    assert records
    assert all(record.identifiers.pl_nip == "8190937865" for record in records)


@pytest.mark.parametrize(
    ("total", "per_page", "max_records"),
    [(95, 10, None), (100, 25, None), (40, 100, None), (95, 10, 33), (95, 50, 7)],
    ids=["partial-last", "exact", "one-page", "capped", "capped-below-page"],
)
def test_iter_records_across_pages(start_sandbox, total, per_page, max_records):
    # The sandbox has some records of its own besides the extra ones.
    server = start_sandbox(extra_records={"pl-krs-wp-record": total})
    with mgbi.Client(server.key, base_url=server.base_url) as client:
        count = client.get_records("pl-krs-wp-record", per_page=1).count
        server.state.requests.clear()
        records = list(
            client.iter_records(
                "pl-krs-wp-record", per_page=per_page, max_records=max_records
            )
        )
    wanted = count if max_records is None else min(count, max_records)
    pages = server.state.seen_requests("GET", "/v1/models/pl-krs-wp-record/records")
    assert len(records) == wanted
    assert len({record.id for record in records}) == wanted
    page_size = per_page if max_records is None else min(per_page, max_records)
    assert len(pages) == -(-wanted // page_size)


def test_iter_pages_exposes_count(start_sandbox):
    server = start_sandbox(extra_records={"pl-krs-wp-record": 30})
    with mgbi.Client(server.key, base_url=server.base_url) as client:
        pages = list(client.iter_pages("pl-krs-wp-record", per_page=10))
    assert pages[0].count == sum(len(page.results) for page in pages)


@pytest.mark.anyio
async def test_async_iter_records(start_sandbox):
    server = start_sandbox(extra_records={"pl-krs-wp-record": 30})
    async with mgbi.AsyncClient(server.key, base_url=server.base_url) as client:
        records = [
            record
            async for record in client.iter_records("pl-krs-wp-record", per_page=7)
        ]
        count = (await client.get_records("pl-krs-wp-record")).count
    assert len(records) == count


def test_download_by_key_and_url(client, tmp_path):
    record = client.get_records("pl-krs-rdf-record").results[0]
    by_key = client.download_file(
        "pl-krs-rdf-record", record.id, "main_document_uri:html", tmp_path / "a.html"
    )
    url = record.files.to_dict()["main_document"]["pdf_preview"]["url"]
    by_url = client.download_url(url, tmp_path)

    assert by_key.path == tmp_path / "a.html"
    assert by_key.content_type.startswith("text/html")
    assert by_key.size == by_key.path.stat().st_size
    assert by_url.content_type == "application/pdf"
    assert by_url.filename
    assert by_url.path == tmp_path / by_url.filename
    assert by_url.path.read_bytes().startswith(b"%PDF")
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        ["a.html", by_url.filename]
    )


def test_download_missing_file_raises_not_found(client, tmp_path):
    record = client.get_records("pl-krs-rdf-record").results[0]
    with pytest.raises(mgbi.NotFoundError):
        client.download_file("pl-krs-rdf-record", record.id, "no_such_key", tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_download_url_on_other_host_rejected(client, tmp_path, shared_sandbox):
    before = len(shared_sandbox.state.requests)
    url = (
        "https://files.example.org/v1/models/pl-krs-rdf-record/records/"
        "6837b95bbc6524d69fbe8976/files/main_document_uri"
    )
    with pytest.raises(mgbi.InvalidInputError):
        client.download_url(url, tmp_path)
    assert len(shared_sandbox.state.requests) == before


def test_limits_remaining_and_refresh_quota_check(start_sandbox):
    server = start_sandbox(limits={"pl-krz-wp-record": {"refresh": 2}})
    nips = ["8190937865", "5559797114", "5260250274"]
    with mgbi.Client(server.key, base_url=server.base_url) as client:
        quota = client.get_limits("pl-krz-wp-record")
        assert quota.remaining["refresh"] == 2

        with pytest.raises(mgbi.QuotaError) as caught:
            client.create_refreshes(
                "pl-krz-wp-record", [{"nip": nip} for nip in nips], check_quota=True
            )
        assert caught.value.needed == 3
        assert caught.value.remaining == 2
        assert server.state.seen_requests("POST", "/v1/refresh") == []

        orders = client.create_refreshes(
            "pl-krz-wp-record", [{"nip": nip} for nip in nips[:2]], check_quota=True
        )
        assert len(orders) == 2
        assert client.get_limits("pl-krz-wp-record").remaining["refresh"] == 0
        with pytest.raises(mgbi.QuotaError):
            client.create_refresh(
                "pl-krz-wp-record", {"nip": nips[2]}, check_quota=True
            )


STREAM_COUNT = 100_000
# Measured growth is under 1 MB; keeping even one record in 20 (about 5,000 records of
# a few KB) would pass 10 MB, and the whole body is well over 100 MB.
RSS_GROWTH_BOUND = 10 * 1024 * 1024


def _rss_bytes():
    """Return the resident set size of this process, from /proc (Linux)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS line in /proc/self/status")


def test_stream_of_100k_records_keeps_memory_flat():
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "mgbi.sandbox",
            "--port",
            "0",
            "--extra-records",
            f"{MODEL}={STREAM_COUNT}",
            "--log-level",
            "WARNING",
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        base_url = _read_url(server)
        with mgbi.Client("sandbox-key", base_url=base_url, timeout=60) as client:
            # Warm up first, so imports and the connection pool are not counted.
            list(client.stream_records(MODEL, identifiers_pl_nip="8190937865"))
            baseline = _rss_bytes()
            peak = baseline
            count = 0
            last_id = None
            for record in client.stream_records(MODEL):
                count += 1
                last_id = record.id
                if count % 5_000 == 0:
                    peak = max(peak, _rss_bytes())
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stdout.close()
    assert count >= STREAM_COUNT
    assert last_id
    assert peak - baseline < RSS_GROWTH_BOUND


def _read_url(process):
    for line in process.stdout:
        for word in line.split():
            if word.startswith("http://127.0.0.1:"):
                return word.rstrip(".,")
    raise AssertionError("the sandbox printed no URL")
