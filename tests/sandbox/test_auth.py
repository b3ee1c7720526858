"""The key check: the bare key in `Authorization`, and the key never logged."""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest

from mgbi.sandbox import DEFAULT_KEY, SandboxConfig, SandboxServer

RECORDS_PATH = "/v1/models/pl-krs-wp-record/records"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "wrong-key"},
        {"Authorization": f"Bearer {DEFAULT_KEY}"},
        {"Authorization": DEFAULT_KEY.upper()},
        {"X-Api-Key": DEFAULT_KEY},
    ],
    ids=["missing", "wrong", "bearer", "other-case", "other-header"],
)
def test_auth_bad_key_gets_401(
    shared_sandbox: SandboxServer, headers: dict[str, str]
) -> None:
    response = httpx.get(f"{shared_sandbox.base_url}{RECORDS_PATH}", headers=headers)
    assert response.status_code == 401
    body = response.json()
    assert body["error"] == "Unauthorized"
    assert body["details"][0]["loc"] == ["header", "Authorization"]


def test_auth_bare_key_accepted(client: httpx.Client) -> None:
    assert client.get(RECORDS_PATH).status_code == 200


@pytest.mark.parametrize(
    ("method", "path"),
    [("POST", "/v1/refresh"), ("GET", "/v1/refresh/68f0c2a9e4b0a1b2c3d4e5f6")],
)
def test_auth_refresh_endpoints_need_key(
    shared_sandbox: SandboxServer, method: str, path: str
) -> None:
    response = httpx.request(method, f"{shared_sandbox.base_url}{path}", json={})
    assert response.status_code == 401


def test_auth_configured_key_replaces_default(
    start_sandbox: Callable[..., SandboxServer],
) -> None:
    server = start_sandbox(key="another-key")
    url = f"{server.base_url}{RECORDS_PATH}"
    assert httpx.get(url, headers={"Authorization": DEFAULT_KEY}).status_code == 401
    assert httpx.get(url, headers={"Authorization": "another-key"}).status_code == 200


def test_auth_key_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    secret = "s3cret-key-that-must-not-leak"
    caplog.set_level(logging.DEBUG)
    config = SandboxConfig(
        key=secret, refresh_start_delay=0.0, refresh_finish_delay=0.0
    )

    with SandboxServer(config) as server:
        base = server.base_url
        headers = {"Authorization": secret}
        httpx.get(f"{base}{RECORDS_PATH}", headers=headers)
        httpx.get(f"{base}{RECORDS_PATH}", headers={"Authorization": f"{secret}x"})
        httpx.get(f"{base}/v1/models/pl-krs-wp-record/records/zz", headers=headers)
        body = {
            "query": {"model": "pl-krz-wp-record", "identifiers.pl_nip": "8190937865"}
        }
        httpx.post(f"{base}/v1/refresh", headers=headers, json=body)
        texts = [
            repr(server),
            repr(server.config),
            repr(server.state.requests.snapshot()),
        ]

    texts.extend(record.getMessage() for record in caplog.records)
    assert any("sandbox started" in text for text in texts)
    assert all(secret not in text for text in texts)
