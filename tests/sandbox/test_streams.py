"""Stream Records and Post Stream Records: body shapes, NDJSON and streaming memory."""

from __future__ import annotations

import json
import tracemalloc
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from mgbi.sandbox import COMPANY_A, COMPANY_B, SandboxServer

from .conftest import SHARED_EXTRA_RECORDS, client_for


def stream(client: httpx.Client, model: str, **params: str) -> httpx.Response:
    """GET the stream of `model` with `params` and check the status."""
    response = client.get(f"/v1/models/{model}/stream", params=params)
    assert response.status_code == 200, response.text
    return response


def ndjson(response: httpx.Response) -> list[dict[str, Any]]:
    """Parse a newline-delimited JSON body."""
    return [json.loads(line) for line in response.text.splitlines() if line]


@pytest.mark.parametrize(
    ("model", "params", "shape", "id_key"),
    [
        ("pl-krz-wp-record", {}, "array", "_id"),
        ("pl-crbr-wp-record", {"identifiers.pl_nip": COMPANY_B.nip}, "object", "_id"),
        ("pl-crbr-wp-record", {}, "array", "_id"),
        ("pl-wpv-record", {}, "results", "id"),
        ("pl-krs-wp-record", {"identifiers.pl_krs": COMPANY_A.krs}, "array", "id"),
        ("pl-msig-record", {}, "array", "id"),
        ("pl-bzp-record", {}, "array", "id"),
    ],
)
def test_stream_documented_shape_table(
    client: httpx.Client, model: str, params: dict[str, str], shape: str, id_key: str
) -> None:
    response = stream(client, model, **params)
    assert response.headers["content-type"] == "application/json"
    body = response.json()

    if shape == "object":
        assert isinstance(body, dict)
        records = [body]
    elif shape == "results":
        assert set(body) == {"results"}
        records = body["results"]
    else:
        assert isinstance(body, list)
        records = body
    assert records
    assert all(id_key in record for record in records)
    assert all(len(record[id_key]) == 24 for record in records)
    assert all(({"id", "_id"} - {id_key}).isdisjoint(record) for record in records)


def test_stream_crbr_array_when_many(client: httpx.Client) -> None:
    body = stream(client, "pl-crbr-wp-record").json()
    assert len(body) == 1 + SHARED_EXTRA_RECORDS["pl-crbr-wp-record"]


@pytest.mark.parametrize("media_type", ["ndjson", "application/x-ndjson"])
def test_stream_ndjson_media_type(client: httpx.Client, media_type: str) -> None:
    response = stream(client, "pl-krs-wp-record", media_type=media_type)
    assert response.headers["content-type"] == "application/x-ndjson"
    assert response.text.endswith("\n")
    records = ndjson(response)
    assert len(records) == 2 + SHARED_EXTRA_RECORDS["pl-krs-wp-record"]
    assert all("id" in record for record in records)


def test_stream_ndjson_keeps_model_id_key(client: httpx.Client) -> None:
    records = ndjson(stream(client, "pl-krz-wp-record", media_type="ndjson"))
    assert [set(record) & {"id", "_id"} for record in records] == [{"_id"}]


def test_stream_unknown_media_type_400(client: httpx.Client) -> None:
    response = client.get(
        "/v1/models/pl-bzp-record/stream", params={"media_type": "xml"}
    )
    assert response.status_code == 400
    assert response.json()["details"][0]["loc"] == ["query", "media_type"]


def test_stream_no_match_empty_list(client: httpx.Client) -> None:
    for model in ("pl-krz-wp-record", "pl-crbr-wp-record", "pl-bzp-record"):
        body = stream(client, model, **{"identifiers.pl_nip": "1234563218"}).json()
        assert body == [], model
    assert stream(
        client, "pl-wpv-record", **{"identifiers.pl_nip": "1234563218"}
    ).json() == {"results": []}


def test_stream_filters_like_get_records(client: httpx.Client) -> None:
    params = {"document.type": "financial_statement"}
    listed = client.get(
        "/v1/models/pl-krs-rdf-record/records", params={**params, "per_page": 100}
    )
    streamed = stream(client, "pl-krs-rdf-record", **params).json()
    assert [r["id"] for r in streamed] == [r["id"] for r in listed.json()["results"]]


def test_post_stream_same_as_get(client: httpx.Client) -> None:
    filters = {"identifiers.pl_nip": COMPANY_A.nip, "version.latest": False}
    posted = client.post("/v1/models/pl-wpv-record/stream", json=filters)
    fetched = stream(
        client,
        "pl-wpv-record",
        **{"identifiers.pl_nip": COMPANY_A.nip, "version.latest": "false"},
    )
    assert posted.status_code == 200
    assert posted.json() == fetched.json()
    assert len(posted.json()["results"]) == 1


def test_post_stream_ndjson_and_content_list(client: httpx.Client) -> None:
    body = {
        "media_type": "ndjson",
        "content": ["identifiers"],
        "identifiers.pl_krs": COMPANY_A.krs,
    }
    response = client.post("/v1/models/pl-krs-rdf-record/stream", json=body)
    assert response.headers["content-type"] == "application/x-ndjson"
    records = ndjson(response)
    assert len(records) == 2
    assert all(set(record) == {"id", "identifiers"} for record in records)


@pytest.mark.parametrize(
    ("content", "location"),
    [
        (b"{not json", ["body"]),
        (b"[1, 2]", ["body"]),
        (b'{"refresh_id": "xyz"}', ["body", "refresh_id"]),
    ],
    ids=["invalid-json", "not-object", "bad-refresh-id"],
)
def test_post_stream_invalid_body_400(
    client: httpx.Client, content: bytes, location: list[str]
) -> None:
    headers = {"Content-Type": "application/json"}
    response = client.post(
        "/v1/models/pl-krz-wp-record/stream", content=content, headers=headers
    )
    assert response.status_code == 400
    assert response.json()["details"][0]["loc"] == location


@pytest.mark.parametrize(
    ("shape", "check"),
    [
        ("array", lambda r: isinstance(r.json(), list)),
        ("object", lambda r: isinstance(r.json(), dict) and "results" not in r.json()),
        ("results", lambda r: set(r.json()) == {"results"}),
        ("ndjson", lambda r: r.headers["content-type"] == "application/x-ndjson"),
    ],
)
def test_stream_forced_shape_table(
    start_sandbox: Callable[..., SandboxServer],
    shape: str,
    check: Callable[[httpx.Response], bool],
) -> None:
    server = start_sandbox(stream_shapes={"pl-krz-wp-record": shape})
    with client_for(server) as http_client:
        assert check(stream(http_client, "pl-krz-wp-record"))


def test_stream_mixed_id_keys_alternate(
    start_sandbox: Callable[..., SandboxServer],
) -> None:
    server = start_sandbox(
        extra_records={"pl-bzp-record": 5}, stream_id_keys={"pl-bzp-record": "mixed"}
    )
    with client_for(server) as http_client:
        records = stream(http_client, "pl-bzp-record").json()
    keys = [("_id" in record, "id" in record) for record in records]
    assert keys == [(True, False), (False, True)] * 3


def test_stream_large_body_memory_flat(
    start_sandbox: Callable[..., SandboxServer],
) -> None:
    count = 10_000
    server = start_sandbox(extra_records={"pl-krs-wp-record": count})

    tracemalloc.start()
    try:
        received = 0
        lines = 0
        with (
            client_for(server, timeout=60.0) as http_client,
            http_client.stream(
                "GET",
                "/v1/models/pl-krs-wp-record/stream",
                params={"media_type": "ndjson"},
            ) as response,
        ):
            for chunk in response.iter_bytes():
                received += len(chunk)
                lines += chunk.count(b"\n")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert lines == count + 2
    assert received > 15_000_000
    # Server and client share this process, and both together stay far below the body.
    assert peak < received / 5
