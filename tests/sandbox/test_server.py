"""SandboxServer and `python -m mgbi.sandbox`: start, serve, stop cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from typing import Any

import httpx
import pytest

from mgbi.sandbox import SandboxConfig, SandboxServer

RECORDS = "/v1/models/pl-krs-wp-record/records"


def sandbox_threads() -> list[threading.Thread]:
    """Return the running threads that serve a sandbox."""
    return [t for t in threading.enumerate() if t.name.startswith("mgbi-sandbox-")]


def test_server_serves_on_loopback_and_stops() -> None:
    before = len(sandbox_threads())
    with SandboxServer() as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        assert server.key == "sandbox-key"
        response = httpx.get(
            f"{server.base_url}{RECORDS}", headers={"Authorization": server.key}
        )
        assert response.status_code == 200
        assert len(sandbox_threads()) == before + 1

    assert len(sandbox_threads()) == before
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{server.base_url}{RECORDS}")


def test_server_start_twice_rejected() -> None:
    with SandboxServer() as server:
        with pytest.raises(RuntimeError, match="already running"):
            server.start()
    server.stop()


def test_server_stop_with_open_keepalive_connection() -> None:
    before = sandbox_threads()
    with SandboxServer() as server:
        client = httpx.Client(
            base_url=server.base_url, headers={"Authorization": server.key}
        )
        assert client.get(RECORDS).status_code == 200
    client.close()
    assert sandbox_threads() == before


@pytest.mark.anyio
async def test_server_usable_from_async_test() -> None:
    with SandboxServer() as server:
        async with httpx.AsyncClient(base_url=server.base_url) as client:
            headers = {"Authorization": server.key}
            response = await client.get(RECORDS, headers=headers)
    assert response.status_code == 200


@pytest.mark.parametrize(
    "settings",
    [
        {"extra_records": {"pl-unknown-record": 1}},
        {"extra_records": {"pl-krs-wp-record": -1}},
        {"stream_shapes": {"pl-krz-wp-record": "xml"}},
        {"stream_id_keys": {"pl-krz-wp-record": "uuid"}},
        {"limits": {"pl-krz-wp-record": {"calls": 1}}},
        {"refresh_start_delay": 2.0, "refresh_finish_delay": 1.0},
        {"limit_status": 500},
        {"default_page_size": 0},
    ],
)
def test_server_invalid_config_rejected(settings: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        SandboxServer(SandboxConfig(**settings))


@pytest.mark.parametrize(
    "stop_signal", [signal.SIGINT, signal.SIGTERM], ids=["sigint", "sigterm"]
)
def test_cli_prints_url_serves_and_stops(stop_signal: signal.Signals) -> None:
    command = [
        sys.executable,
        "-m",
        "mgbi.sandbox",
        "--port",
        "0",
        "--key",
        "cli-secret-key",
        "--refresh-delay",
        "0.2",
        "--extra-records",
        "pl-bzp-record=7",
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        assert process.stdout is not None
        first_line = process.stdout.readline()
        assert first_line.startswith("MGBI sandbox listening on http://127.0.0.1:")
        base_url = first_line.split()[-1]

        headers = {"Authorization": "cli-secret-key"}
        body = httpx.get(
            f"{base_url}/v1/models/pl-bzp-record/records", headers=headers
        ).json()
        assert body["count"] == 8
    finally:
        process.send_signal(stop_signal)
        stdout, stderr = process.communicate(timeout=10)

    assert process.returncode == 0
    assert "sandbox started" in stderr
    assert "stopped" in stderr
    assert "cli-secret-key" not in first_line + stdout + stderr


def test_cli_invalid_extra_records_exits() -> None:
    command = [sys.executable, "-m", "mgbi.sandbox", "--extra-records", "nope=3"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=20)
    assert result.returncode != 0
    assert "invalid --extra-records" in result.stderr


def test_server_restart_long_poll_still_waits() -> None:
    server = SandboxServer(SandboxConfig(refresh_finish_delay=30.0))
    server.start()
    server.stop()
    server.start()
    try:
        headers = {"Authorization": server.key}
        body = {
            "query": {"model": "pl-krz-wp-record", "identifiers.pl_nip": "8190937865"}
        }
        order = httpx.post(
            f"{server.base_url}/v1/refresh", json=body, headers=headers
        ).json()
        url = f"{server.base_url}/v1/refresh/{order['id']}"
        response = httpx.get(
            url, params={"wait_seconds": 1}, headers=headers, timeout=5
        )
    finally:
        server.stop()
    assert response.elapsed.total_seconds() > 0.9
