"""Get Records and Get Record By Id: filters, paging, validation and record shapes."""

from __future__ import annotations

import json
import math

import httpx
import pytest

from mgbi.sandbox import COMPANY_A, COMPANY_B, SOLE_TRADER_C, SandboxServer
from mgbi.sandbox.entities import numbered_entity
from mgbi.sandbox.loader import load_example
from mgbi.sandbox.store import extra_record_id

from .conftest import SHARED_EXTRA_RECORDS

KRS_WP = "/v1/models/pl-krs-wp-record"
KRS_WP_TOTAL = 2 + SHARED_EXTRA_RECORDS["pl-krs-wp-record"]

FILTER_CASES = [
    ("pl-krs-wp-record", {"identifiers.pl_krs": COMPANY_A.krs}, 1),
    ("pl-krs-wp-record", {"identifiers.pl_nip": COMPANY_B.nip}, 1),
    ("pl-krs-wp-record", {"identifiers.pl_regon": COMPANY_A.regon}, 1),
    ("pl-krs-wp-record", {"identifiers.pl_krs": numbered_entity(7).krs}, 1),
    ("pl-krs-wp-record", {"identifiers.pl_nip": "1234563218"}, 0),
    ("pl-krs-rdf-record", {"identifiers.pl_krs": COMPANY_A.krs}, 2),
    # Extra records cycle through five document types and ten years.
    ("pl-krs-rdf-record", {"document.type": "resolution_on_approval"}, 1 + 8),
    ("pl-krs-rdf-record", {"document.period_major_year": "2024"}, 2 + 4),
    ("pl-krs-rdf-record", {"content.standardized_fields.is_available": "true"}, 1),
    ("pl-krz-wp-record", {"identifiers.pl_nip": COMPANY_A.nip}, 1),
    ("pl-crbr-wp-record", {"identifiers.pl_krs": COMPANY_B.krs}, 1),
    ("pl-wpv-record", {"identifiers.pl_nip": COMPANY_A.nip}, 2),
    ("pl-wpv-record", {"version.latest": "false"}, 1),
    ("pl-mgbi-lu-record", {"identifiers.pl_pesel": SOLE_TRADER_C.pesel}, 1),
    ("pl-ceidg-hd-record", {"identifiers.pl_nip": SOLE_TRADER_C.nip}, 1),
    ("pl-idpcit-record", {"list.fiscal_year": "2023"}, 2),
    (
        "pl-idpcit-record",
        {"list.fiscal_year": "2022", "identifiers.pl_nip": COMPANY_A.nip},
        1,
    ),
    ("pl-krs-wp-entry", {"entry.date_from": "2024-01-01"}, 2),
    ("pl-krs-wp-entry", {"entry.date_to": "2021-01-01"}, 1),
    ("pl-krs-wp-record", {"last_update_datetime_from": "2025-05-01T00:00:00+02:00"}, 2),
    ("pl-krs-wp-record", {"last_update_from_datetime": "2025-05-01T00:00:00+02:00"}, 2),
    # Extra record n was last updated n minutes after 2024-01-01T00:00+01:00.
    ("pl-krs-wp-record", {"last_update_datetime_to": "2024-01-01T02:00:00+01:00"}, 121),
    ("pl-krs-wp-record", {"last_update_to_datetime": "2024-01-01T00:09:30+01:00"}, 10),
    # Versions valid at or before 2020: the example and the extra records have no
    # version window, so only company B's record (valid from 2020-07-09) drops out.
    (
        "pl-krs-wp-record",
        {"version.to_datetime": "2020-01-01T00:00:00Z"},
        KRS_WP_TOTAL - 1,
    ),
    ("pl-krs-wp-record", {"refresh_id": "68f0c2a9e4b0a1b2c3d4e5f6"}, 0),
]


@pytest.mark.parametrize(("model", "params", "expected"), FILTER_CASES)
def test_get_records_filter_table(
    client: httpx.Client, model: str, params: dict[str, str], expected: int
) -> None:
    response = client.get(
        f"/v1/models/{model}/records", params={**params, "per_page": 500}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == expected
    assert len(body["results"]) == expected


def test_get_records_identifier_filter_returns_entity(client: httpx.Client) -> None:
    body = client.get(
        f"{KRS_WP}/records", params={"identifiers.pl_nip": COMPANY_B.nip}
    ).json()
    assert body["results"][0]["identifiers"]["pl_krs"] == COMPANY_B.krs


def test_get_records_pages_cover_all_records(client: httpx.Client) -> None:
    per_page = 40
    seen: list[str] = []
    pages = math.ceil(KRS_WP_TOTAL / per_page)

    for page in range(1, pages + 1):
        body = client.get(
            f"{KRS_WP}/records", params={"page": page, "per_page": per_page}
        ).json()
        assert body["count"] == KRS_WP_TOTAL
        assert body["pages"] == pages
        seen.extend(record["id"] for record in body["results"])

    assert len(seen) == KRS_WP_TOTAL
    assert len(set(seen)) == KRS_WP_TOTAL


def test_get_records_limit_offset_slices(client: httpx.Client) -> None:
    by_page = client.get(f"{KRS_WP}/records", params={"page": 3, "per_page": 10}).json()
    by_offset = client.get(
        f"{KRS_WP}/records", params={"offset": 20, "limit": 10}
    ).json()
    assert [r["id"] for r in by_page["results"]] == [
        r["id"] for r in by_offset["results"]
    ]

    tail = client.get(
        f"{KRS_WP}/records", params={"offset": KRS_WP_TOTAL - 2, "limit": 10}
    )
    assert len(tail.json()["results"]) == 2


def test_get_records_page_past_end_empty(client: httpx.Client) -> None:
    body = client.get(f"{KRS_WP}/records", params={"page": 1000, "per_page": 50}).json()
    assert body["count"] == KRS_WP_TOTAL
    assert body["results"] == []


def test_get_records_default_page_size(client: httpx.Client) -> None:
    body = client.get(f"{KRS_WP}/records").json()
    assert len(body["results"]) == 20
    assert body["pages"] == math.ceil(KRS_WP_TOTAL / 20)


@pytest.mark.parametrize(
    ("params", "location"),
    [
        ({"page": "0"}, ["query", "page"]),
        ({"per_page": "0"}, ["query", "per_page"]),
        ({"per_page": "1001"}, ["query", "per_page"]),
        ({"limit": "1001"}, ["query", "limit"]),
        ({"limit": "0"}, ["query", "limit"]),
        ({"offset": "-1"}, ["query", "offset"]),
        ({"page": "abc"}, ["query", "page"]),
        ({"page": "1", "limit": "5"}, ["query", "limit"]),
        ({"version.latest": "maybe"}, ["query", "version.latest"]),
        (
            {"document.period_major_year": "2024.5"},
            ["query", "document.period_major_year"],
        ),
        (
            {"last_update_datetime_from": "yesterday"},
            ["query", "last_update_datetime_from"],
        ),
        ({"refresh_id": "not-an-id"}, ["query", "refresh_id"]),
        ({"projection": "no-such-projection"}, ["query", "projection"]),
    ],
)
def test_get_records_invalid_params_400(
    client: httpx.Client, params: dict[str, str], location: list[str]
) -> None:
    response = client.get("/v1/models/pl-krs-rdf-record/records", params=params)
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "Validation error"
    assert body["details"][0]["loc"] == location


@pytest.mark.parametrize(
    "record_id",
    ["zzz", "6837b95bbc6524d69fbe897", "6837b95bbc6524d69fbe89766", "g" * 24],
    ids=["word", "23-hex", "25-hex", "non-hex"],
)
def test_get_record_by_id_malformed_id_documented_400(
    client: httpx.Client, record_id: str
) -> None:
    response = client.get(f"/v1/models/pl-krs-rdf-record/records/{record_id}")
    assert response.status_code == 400
    assert response.json() == load_example("error.validation.json")


def test_get_record_by_id_unknown_404(client: httpx.Client) -> None:
    response = client.get(f"{KRS_WP}/records/0123456789abcdef01234567")
    assert response.status_code == 404
    assert set(response.json()) == {"error", "details"}


def test_get_record_by_id_bundled_and_extra(client: httpx.Client) -> None:
    bundled = client.get(f"{KRS_WP}/records/666a1c0ede79c75a8d727e72").json()
    assert bundled["identifiers"]["pl_krs"] == COMPANY_A.krs

    extra_id = extra_record_id(0, 249)
    extra = client.get(f"{KRS_WP}/records/{extra_id}").json()
    assert extra["id"] == extra_id
    assert extra["identifiers"]["pl_krs"] == numbered_entity(249).krs
    assert client.get(f"{KRS_WP}/records/{extra_record_id(0, 250)}").status_code == 404


def test_get_record_by_id_id_is_first_key(client: httpx.Client) -> None:
    response = client.get("/v1/models/pl-msig-record/records/67656271cd4b653a73ba6e99")
    assert next(iter(json.loads(response.text))) == "id"


def test_extra_records_realistic_size(client: httpx.Client) -> None:
    extra = client.get(f"{KRS_WP}/records/{extra_record_id(0, 5)}")
    assert len(extra.content) > 1500
    excerpt = extra.json()["content"]["current_excerpt"]
    assert excerpt["dane"]["dzial1"]["danePodmiotu"]["nazwa"] == numbered_entity(5).name

    wpv = client.get(
        "/v1/models/pl-wpv-record/records", params={"offset": 3, "limit": 1}
    )
    subject = wpv.json()["results"][0]["content"]["raw_result"]["subject"]
    assert subject["nip"] == numbered_entity(1).nip
    assert all(len(account) == 26 for account in subject["accountNumbers"])


def test_records_file_urls_point_at_sandbox(
    client: httpx.Client, shared_sandbox: SandboxServer
) -> None:
    response = client.get(
        "/v1/models/pl-krs-rdf-record/records", params={"per_page": 50}
    )
    assert "api.mgbi.pl" not in response.text
    assert ".invalid" not in response.text
    for record in response.json()["results"]:
        for variant in record["files"]["main_document"].values():
            assert variant["url"].startswith(f"{shared_sandbox.base_url}/v1/models/")


def test_get_records_content_selects_fields(client: httpx.Client) -> None:
    params = {"content": ["identifiers", "document.type"], "per_page": "5"}
    body = client.get("/v1/models/pl-krs-rdf-record/records", params=params).json()
    for record in body["results"]:
        assert set(record) == {"id", "identifiers", "document"}
        assert set(record["document"]) == {"type"}


def test_get_records_projection_selects_fields(client: httpx.Client) -> None:
    params = {"projection": "basic", "per_page": "5"}
    body = client.get("/v1/models/pl-krs-rdf-record/records", params=params).json()
    for record in body["results"]:
        assert set(record) == {"id", "identifiers", "document", "files"}


def test_get_records_every_model_has_records(client: httpx.Client) -> None:
    from mgbi.sandbox import MODEL_IDS

    for model in MODEL_IDS:
        body = client.get(f"/v1/models/{model}/records").json()
        assert body["count"] >= 1, model
        assert all(len(record["id"]) == 24 for record in body["results"]), model
