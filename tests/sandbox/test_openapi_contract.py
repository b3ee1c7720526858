"""Every operation in openapi.yaml is served, and its bodies match the schemas."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_schema_validator import OAS30Validator
from starlette.routing import Route

from mgbi.sandbox import (
    COMPANY_A,
    SandboxConfig,
    SandboxServer,
    SandboxState,
    create_app,
)

from .conftest import client_for

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
HTTP_METHODS = ("get", "post", "put", "patch", "delete")
REFRESH_BODY = {
    "query": {"model": "pl-krz-wp-record", "identifiers.pl_nip": COMPANY_A.nip}
}

OPERATIONS = [
    (path, method, operation)
    for path, item in SPEC["paths"].items()
    for method, operation in item.items()
    if method in HTTP_METHODS
]


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` of the spec."""
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@functools.cache
def validator_for(schema_ref: str) -> OAS30Validator:
    """Return a validator, with format checks, of the schema at `schema_ref`."""
    root = {"$ref": schema_ref, "components": SPEC["components"]}
    return OAS30Validator(root, format_checker=OAS30Validator.FORMAT_CHECKER)


def schema_errors(schema: dict[str, Any], body: Any) -> list[str]:
    """Return the validation messages of `body` against a `$ref` schema of the spec."""
    validator = validator_for(schema["$ref"])
    return [
        f"{list(error.absolute_path)}: {error.message}"
        for error in validator.iter_errors(body)
    ]


def concrete_path(client: httpx.Client, path: str) -> str:
    """Fill the path parameters of `path` with values that exist in the sandbox."""
    if path == "/v1/refresh/{id}":
        order = client.post("/v1/refresh", json=REFRESH_BODY).json()
        return f"/v1/refresh/{order['id']}"
    if "{id}" in path:
        model_path = path.split("/records/")[0]
        first = client.get(f"{model_path}/records", params={"per_page": 1}).json()
        path = path.replace("{id}", first["results"][0]["id"])
    return path.replace("{file_key}", "main_document_uri")


def request_body(operation: dict[str, Any]) -> Any:
    """Return a valid JSON body for the operation, or None when it takes none."""
    if "requestBody" not in operation:
        return None
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    return REFRESH_BODY if schema["$ref"].endswith("CreateRefreshRequest") else {}


@pytest.fixture(scope="module")
def contract_client() -> Iterator[httpx.Client]:
    """A client of a server of this module's own, because the walk creates orders."""
    with SandboxServer(SandboxConfig(extra_records={"pl-krs-wp-record": 3})) as server:
        with client_for(server) as http_client:
            yield http_client


def test_openapi_operations_count() -> None:
    # 13 models x 7 operations, 3 downloads, enum values, category and 2 refresh calls.
    assert len(OPERATIONS) == 13 * 7 + 3 + 1 + 1 + 2


def test_openapi_routes_match_spec() -> None:
    app = create_app(state=SandboxState(SandboxConfig()))
    served = {
        (route.path, method.lower())
        for route in app.app.routes  # type: ignore[attr-defined]
        if isinstance(route, Route)
        for method in route.methods or ()
        if method != "HEAD"
    }
    assert served == {(path, method) for path, method, _ in OPERATIONS}


@pytest.mark.parametrize(
    ("path", "method", "operation"),
    OPERATIONS,
    ids=[op["operationId"] for _, _, op in OPERATIONS],
)
def test_openapi_operation_served_and_conforms(
    contract_client: httpx.Client, path: str, method: str, operation: dict[str, Any]
) -> None:
    url = concrete_path(contract_client, path)
    response = contract_client.request(
        method.upper(), url, json=request_body(operation)
    )

    documented = operation["responses"]
    assert str(response.status_code) in documented, response.text
    assert 200 <= response.status_code < 300, response.text

    content = resolve(documented[str(response.status_code)])["content"]
    content_type = response.headers["content-type"].split(";")[0]
    assert content_type in content
    schema = content[content_type]["schema"]
    if content_type == "application/json":
        assert schema_errors(schema, response.json()) == []
    else:
        assert schema.get("format") == "binary"
        assert response.content


@pytest.mark.parametrize(
    ("path", "method", "operation"),
    OPERATIONS,
    ids=[op["operationId"] for _, _, op in OPERATIONS],
)
def test_openapi_errors_conform(
    client: httpx.Client, path: str, method: str, operation: dict[str, Any]
) -> None:
    error_schema = resolve(operation["responses"]["401"])["content"][
        "application/json"
    ]["schema"]
    url = path.replace("{file_key}", "main_document_uri")

    unauthorized_headers = {"Authorization": "wrong-key"}
    unauthorized = client.request(
        method.upper(),
        url.replace("{id}", "0" * 24),
        json={},
        headers=unauthorized_headers,
    )
    assert unauthorized.status_code == 401
    assert schema_errors(error_schema, unauthorized.json()) == []

    if "{id}" in path:
        malformed = client.request(method.upper(), url.replace("{id}", "nope"))
        assert malformed.status_code == 400
        assert "400" in operation["responses"]
        assert schema_errors(error_schema, malformed.json()) == []


def test_openapi_unknown_path_error_body(client: httpx.Client) -> None:
    response = client.get("/v1/models/pl-unknown-record/records")
    assert response.status_code == 404
    assert set(response.json()) == {"error", "details"}
