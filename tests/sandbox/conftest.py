"""Fixtures for the sandbox tests: servers on loopback and httpx clients for them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from mgbi.sandbox import SandboxConfig, SandboxServer

SHARED_EXTRA_RECORDS = {
    "pl-krs-wp-record": 250,
    "pl-krs-rdf-record": 40,
    "pl-crbr-wp-record": 3,
    "pl-wpv-record": 5,
}
"""Extra records of the shared server. Tests on it must not change its state."""


def client_for(server: SandboxServer, **kwargs: object) -> httpx.Client:
    """Return an httpx client that sends the server's key to its base URL.

    The sandbox speaks plain HTTP, so the client skips loading CA certificates, which
    takes about 25 ms per client.
    """
    return httpx.Client(
        base_url=server.base_url,
        headers={"Authorization": server.key},
        verify=False,
        timeout=kwargs.pop("timeout", 10.0),  # type: ignore[arg-type]
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="session")
def shared_sandbox() -> Iterator[SandboxServer]:
    """A server for read-only tests, started once per session."""
    with SandboxServer(SandboxConfig(extra_records=SHARED_EXTRA_RECORDS)) as server:
        yield server


@pytest.fixture
def client(shared_sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """A client of the shared server."""
    with client_for(shared_sandbox) as http_client:
        yield http_client


@pytest.fixture
def start_sandbox() -> Iterator[Callable[..., SandboxServer]]:
    """Start a server from SandboxConfig keyword arguments; stop it after the test."""
    servers: list[SandboxServer] = []

    def start(**settings: object) -> SandboxServer:
        server = SandboxServer(SandboxConfig(**settings))  # type: ignore[arg-type]
        server.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(scope="session")
def default_sandbox() -> Iterator[SandboxServer]:
    """A server with the default settings, reset before each test that uses it."""
    with SandboxServer() as server:
        yield server


@pytest.fixture
def sandbox(default_sandbox: SandboxServer) -> SandboxServer:
    """The default server with a fresh state, for tests that change the state."""
    default_sandbox.state.reset()
    return default_sandbox
