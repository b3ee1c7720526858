"""Fixtures shared by the client tests: sandbox servers on loopback and clients."""

from collections.abc import Callable, Iterator

import pytest

import mgbi
from mgbi.sandbox import SandboxConfig, SandboxServer

# Every client test waits at most this long for a refresh order.
WAIT_TIMEOUT = 20.0


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def shared_sandbox() -> Iterator[SandboxServer]:
    """One sandbox with default settings for tests that do not change it."""
    with SandboxServer(
        SandboxConfig(refresh_start_delay=0.1, refresh_finish_delay=0.4)
    ) as server:
        yield server


@pytest.fixture
def start_sandbox() -> Iterator[Callable[..., SandboxServer]]:
    """Start sandboxes with the given SandboxConfig fields; stop them after the test."""
    servers: list[SandboxServer] = []

    def start(**fields: object) -> SandboxServer:
        server = SandboxServer(SandboxConfig(**fields))
        server.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def client(shared_sandbox: SandboxServer) -> Iterator[mgbi.Client]:
    with mgbi.Client(shared_sandbox.key, base_url=shared_sandbox.base_url) as instance:
        yield instance
