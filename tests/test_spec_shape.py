"""openapi.yaml lists every model and refresh path, each operation fully labelled."""

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
OPERATIONS = [
    (path, method, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
]
MODEL_IDS = [
    "pl-krs-wp-record",
    "pl-krs-wp-entry",
    "pl-krs-rdf-record",
    "pl-ceidg-hd-record",
    "pl-krz-wp-record",
    "pl-wpv-record",
    "pl-crbr-wp-record",
    "pl-msig-record",
    "pl-sudop-wpopb-record",
    "pl-bzp-record",
    "pl-rdr-record",
    "pl-idpcit-record",
    "pl-mgbi-lu-record",
]


def test_spec_version_is_3_0_3():
    assert SPEC["openapi"] == "3.0.3"


@pytest.mark.parametrize(
    ("path", "method", "operation"),
    OPERATIONS,
    ids=[f"{method.upper()} {path}" for path, method, _ in OPERATIONS],
)
def test_operation_is_labelled(path, method, operation):
    assert operation.get("tags")
    assert operation.get("operationId")
    assert operation.get("x-mgbi-evidence") in ("documented", "consumer", "inferred")


def test_operation_ids_unique():
    ids = [operation["operationId"] for _, _, operation in OPERATIONS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("model", MODEL_IDS)
def test_model_has_common_paths(model):
    base = f"/v1/models/{model}"
    for suffix in (
        "",
        "/records",
        "/records/{id}",
        "/stream",
        "/limits",
        "/projections",
    ):
        assert base + suffix in SPEC["paths"], base + suffix
    assert "post" in SPEC["paths"][f"{base}/stream"]


def test_refresh_paths_present():
    assert "post" in SPEC["paths"]["/v1/refresh"]
    parameters = SPEC["paths"]["/v1/refresh/{id}"]["get"]["parameters"]
    names = [parameter["$ref"].rsplit("/", 1)[-1] for parameter in parameters]
    assert "WaitSeconds" in names


def test_api_key_security_scheme():
    scheme = SPEC["components"]["securitySchemes"]["ApiKey"]
    assert scheme == {
        **scheme,
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
    }
    assert SPEC["security"] == [{"ApiKey": []}]


def test_reports_listed_as_gap_not_invented():
    assert "Reports" in SPEC["info"]["description"]
    assert not any("report" in path for path in SPEC["paths"])
