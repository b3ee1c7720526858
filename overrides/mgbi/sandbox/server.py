"""Run the sandbox with uvicorn, in a background thread for tests and demos."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
import time
from types import TracebackType

import uvicorn

from .app import create_app
from .config import SandboxConfig
from .state import SandboxState

logger = logging.getLogger("mgbi.sandbox")

LOOPBACK = "127.0.0.1"
STARTUP_TIMEOUT = 10.0
SHUTDOWN_TIMEOUT = 10.0
GRACEFUL_SHUTDOWN = 1
"""Seconds that open requests get to finish at shutdown before uvicorn cancels them."""


def bind_socket(host: str, port: int) -> socket.socket:
    """Return a listening TCP socket on `host`:`port`, where port 0 picks a free port.

    The protocol is named explicitly: asyncio turns off Nagle's algorithm only on
    sockets whose `proto` is IPPROTO_TCP, and with it on, each response waits about
    40 ms for a delayed ACK between its header and body writes.
    """
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def uvicorn_config(state: SandboxState) -> uvicorn.Config:
    """Return the uvicorn settings that every way of running the sandbox shares.

    The h11 protocol is fixed because connection faults reach into its transport.
    `log_config=None` leaves the host program's logging setup alone.
    """
    return uvicorn.Config(
        create_app(state=state),
        http="h11",
        ws="none",
        lifespan="off",
        log_config=None,
        access_log=False,
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN,
    )


class SandboxServer:
    """A sandbox on 127.0.0.1 with a free port, served from a background thread.

    Use it as a context manager. It works the same under sync and async tests because
    the server has its own thread and event loop::

        config = SandboxConfig(extra_records={"pl-krs-wp-record": 100})
        with SandboxServer(config) as sandbox:
            url = f"{sandbox.base_url}/v1/models/pl-krs-wp-record/records"
            httpx.get(url, headers={"Authorization": sandbox.key})
    """

    def __init__(self, config: SandboxConfig | None = None, *, port: int = 0) -> None:
        self.config = config or SandboxConfig()
        self.state = SandboxState(self.config)
        self._port = port
        self._socket: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.base_url = ""

    def __repr__(self) -> str:
        return f"SandboxServer(base_url={self.base_url!r})"

    @property
    def key(self) -> str:
        """The subscription key that the server accepts."""
        return self.config.key

    def start(self) -> None:
        """Start serving and return once the server accepts connections.

        A stopped server can start again with the same state, but refresh orders
        that were unfinished when it stopped never finish, because their timers
        ended with the old event loop.

        Raises RuntimeError if the server is already running or did not start within
        STARTUP_TIMEOUT seconds.
        """
        if self._thread is not None:
            raise RuntimeError(
                f"{self!r} is already running. Stop it before starting it again"
            )

        self.state.rearm_stopping_event()
        self._socket = bind_socket(LOOPBACK, self._port)
        port = self._socket.getsockname()[1]
        self.base_url = f"http://{LOOPBACK}:{port}"
        self._server = uvicorn.Server(uvicorn_config(self.state))
        self._thread = threading.Thread(
            target=self._serve, name=f"mgbi-sandbox-{port}", daemon=True
        )
        self._thread.start()

        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(
                    f"sandbox on {self.base_url} did not start"
                    f" within {STARTUP_TIMEOUT} s"
                )
            time.sleep(0.01)
        logger.info("sandbox started on %s", self.base_url)

    def stop(self) -> None:
        """Stop the server, end open long polls, and wait for its thread to end.

        Raises RuntimeError if the thread is still running after SHUTDOWN_TIMEOUT
        seconds, even after a forced exit.
        """
        if self._thread is None or self._server is None:
            return

        if self._loop is not None and not self._loop.is_closed():
            # The loop may close between the check and the call.
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self.state.stopping_event().set)
        self._server.should_exit = True
        self._thread.join(SHUTDOWN_TIMEOUT)
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(SHUTDOWN_TIMEOUT)

        alive = self._thread.is_alive()
        if self._socket is not None:
            self._socket.close()
        self._thread, self._server, self._socket = None, None, None
        if alive:
            raise RuntimeError(
                f"sandbox thread on {self.base_url} did not stop"
                f" within {2 * SHUTDOWN_TIMEOUT} s"
            )
        logger.info("sandbox on %s stopped", self.base_url)

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _serve(self) -> None:
        assert self._server is not None and self._socket is not None
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._server.serve(sockets=[self._socket]))
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
