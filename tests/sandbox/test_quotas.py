"""Quota counters: what each call charges, Get Limits, and calls over a maximum."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from mgbi.sandbox import COMPANY_A, COUNTER_NAMES, SandboxServer

from .conftest import client_for

RDF = "/v1/models/pl-krs-rdf-record"
RDF_ID = "6837b95bbc6524d69fbe8976"
REFRESH_BODY = {
    "query": {
        "model": "pl-krs-rdf-record",
        "identifiers.pl_nip": COMPANY_A.nip,
        "identifiers.pl_krs": COMPANY_A.krs,
    }
}

CHARGE_CASES = [
    (
        "GET",
        f"{RDF}/records/{RDF_ID}",
        None,
        {"api": 1, "api_get": 1, "records": 1, "records_api_get": 1},
    ),
    (
        "GET",
        f"{RDF}/records?identifiers.pl_krs={COMPANY_A.krs}",
        None,
        {"api": 1, "api_search": 1, "records": 2, "records_api_search": 2},
    ),
    (
        "GET",
        f"{RDF}/records?per_page=1",
        None,
        {"api": 1, "api_search": 1, "records": 1, "records_api_search": 1},
    ),
    (
        "GET",
        f"{RDF}/records?identifiers.pl_nip=1234563218",
        None,
        {"api": 1, "api_search": 1},
    ),
    (
        "GET",
        f"{RDF}/records/{RDF_ID}/files/main_document_uri",
        None,
        {"api": 1, "api_files": 1, "files": 1},
    ),
    ("POST", "/v1/refresh", REFRESH_BODY, {"refresh": 2}),
    ("GET", f"{RDF}/stream", None, {}),
    ("GET", f"{RDF}/limits", None, {}),
    ("GET", f"{RDF}/projections", None, {}),
    ("GET", f"{RDF}/records/0123456789abcdef01234567", None, {}),
    ("GET", f"{RDF}/records/{RDF_ID}/files/no-such-key", None, {}),
]


@pytest.mark.parametrize(("method", "path", "body", "charged"), CHARGE_CASES)
def test_quota_charges_table(
    sandbox: SandboxServer,
    method: str,
    path: str,
    body: object,
    charged: dict[str, int],
) -> None:
    with client_for(sandbox) as client:
        client.request(method, path, json=body)
        limits = client.get(f"{RDF}/limits").json()

    expected = {name: charged.get(name, 0) for name in COUNTER_NAMES}
    assert limits["used"] == expected
    assert sandbox.state.used("pl-krs-rdf-record") == expected


def test_get_limits_same_keys(client: httpx.Client) -> None:
    limits = client.get("/v1/models/pl-wpv-record/limits").json()
    assert set(limits) == {"max", "used"}
    assert set(limits["max"]) == set(limits["used"]) == set(COUNTER_NAMES)


def test_get_limits_configured_max(start_sandbox: Callable[..., SandboxServer]) -> None:
    server = start_sandbox(limits={"pl-wpv-record": {"api": 100}}, default_limit=50)
    with client_for(server) as client:
        limits = client.get("/v1/models/pl-wpv-record/limits").json()
    assert limits["max"]["api"] == 100
    assert limits["max"]["records"] == 50


@pytest.mark.parametrize("status", [429, 403])
def test_quota_exceeded_rejected(
    start_sandbox: Callable[..., SandboxServer], status: int
) -> None:
    server = start_sandbox(
        limits={"pl-krs-rdf-record": {"api_get": 2}}, limit_status=status
    )
    with client_for(server) as client:
        statuses = [client.get(f"{RDF}/records/{RDF_ID}").status_code for _ in range(3)]
        rejected = client.get(f"{RDF}/records/{RDF_ID}")

    assert statuses == [200, 200, status]
    body = rejected.json()
    assert body["error"] == "Limit exceeded"
    assert body["details"][0]["loc"] == ["quota", "pl-krs-rdf-record", "api_get"]
    assert server.state.used("pl-krs-rdf-record")["api"] == 2


def test_quota_records_limit_counts_returned(
    start_sandbox: Callable[..., SandboxServer],
) -> None:
    server = start_sandbox(
        limits={"pl-krs-rdf-record": {"records": 5}},
        extra_records={"pl-krs-rdf-record": 20},
    )
    with client_for(server) as client:
        first = client.get(f"{RDF}/records", params={"per_page": 4})
        second = client.get(f"{RDF}/records", params={"per_page": 4})
        third = client.get(f"{RDF}/records", params={"per_page": 1})

    assert [first.status_code, second.status_code, third.status_code] == [200, 429, 200]
    assert server.state.used("pl-krs-rdf-record")["records"] == 5


def test_quota_refresh_limit_blocks_order(
    start_sandbox: Callable[..., SandboxServer],
) -> None:
    server = start_sandbox(limits={"pl-krs-rdf-record": {"refresh": 1}})
    with client_for(server) as client:
        response = client.post("/v1/refresh", json=REFRESH_BODY)
    assert response.status_code == 429
    assert server.state.orders == {}
