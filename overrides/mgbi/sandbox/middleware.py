"""The outermost ASGI layer: log each request and act out its queued fault.

Faults that drop or cut a connection need the socket under the ASGI app. Uvicorn's h11
and httptools protocols hand the app the bound method `RequestResponseCycle.send`,
whose object holds the asyncio transport (checked against uvicorn 0.55). The
middleware must therefore wrap the app that uvicorn calls directly.
"""

from __future__ import annotations

import asyncio
import contextlib
import http
import json
import logging
import socket
import struct
from typing import TYPE_CHECKING, Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ApiError, detail
from .faults import Fault, FaultKind, RequestRecord

logger = logging.getLogger("mgbi.sandbox")

if TYPE_CHECKING:
    from .state import SandboxState

HTML_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>Gateway notice</title></head>"
    b"<body><h1>Service temporarily unavailable</h1>"
    b"<p>This page was sent by the MGBI sandbox in place of a JSON body.</p>"
    b"</body></html>\n"
)


class FaultMiddleware:
    """Record every HTTP request in the state and apply the fault queued for it."""

    def __init__(self, app: ASGIApp, state: SandboxState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        headers = dict(scope["headers"])
        record = RequestRecord(
            method=scope["method"],
            path=scope["path"],
            query=scope["query_string"].decode("latin-1"),
            authorized=headers.get(b"authorization") == self.state.config.key.encode(),
        )
        self.state.requests.append(record)
        fault = self.state.faults.take(scope["method"], scope["path"])
        record.fault = fault.kind if fault else None
        if fault is not None:
            logger.info("fault %s applied to %s %s", fault, record.method, record.path)

        async def logged_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                record.status = message["status"]
            await send(message)

        if fault is None:
            await self.app(scope, receive, logged_send)
        else:
            await self._apply(fault, scope, receive, send, logged_send)

    async def _apply(
        self, fault: Fault, scope: Scope, receive: Receive, raw_send: Send, send: Send
    ) -> None:
        if fault.kind is FaultKind.DELAY:
            await self._sleep(fault.delay)
            await self.app(scope, receive, send)
            return
        if fault.kind is FaultKind.TRUNCATE:
            await self._send_truncated(fault, scope, receive, send)
            return
        if fault.kind is FaultKind.BODY_DISCONNECT:
            await self._send_cut_body(fault, scope, receive, raw_send, send)
            return

        if fault.processed:
            await self.app(scope, receive, _discard)
        if fault.kind is FaultKind.STATUS:
            await _send_status(fault, send)
        elif fault.kind is FaultKind.WRONG_CONTENT_TYPE:
            await _send_bytes(
                send, fault.status, b"text/html; charset=utf-8", HTML_PAGE
            )
        else:
            _drop_connection(raw_send, reset=fault.kind is FaultKind.RESET)
            await _wait_for_disconnect(receive)

    async def _sleep(self, seconds: float) -> None:
        # Stop waiting when the server shuts down, so a long delay cannot hold it up.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.state.stopping_event().wait(), timeout=seconds)

    async def _send_truncated(
        self, fault: Fault, scope: Scope, receive: Receive, send: Send
    ) -> None:
        start, body = await _capture(self.app, scope, receive)
        keep = fault.after_bytes if fault.after_bytes is not None else len(body) // 2
        cut = body[: min(keep, max(len(body) - 1, 0))]

        headers = [
            (k, v)
            for k, v in start.get("headers", [])
            if k.lower() != b"content-length"
        ]
        headers.append((b"content-length", str(len(cut)).encode()))
        await send(
            {
                "type": "http.response.start",
                "status": start["status"],
                "headers": headers,
            }
        )
        await send({"type": "http.response.body", "body": cut, "more_body": False})

    async def _send_cut_body(
        self, fault: Fault, scope: Scope, receive: Receive, raw_send: Send, send: Send
    ) -> None:
        remaining = fault.after_bytes if fault.after_bytes is not None else 1024
        cut = False

        async def cutting_send(message: Message) -> None:
            nonlocal remaining, cut
            if cut:
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            body = message.get("body", b"")
            more_body = message.get("more_body", False)
            if more_body and len(body) <= remaining:
                remaining -= len(body)
                await send(message)
                return

            # Cut here. The final part always loses at least one byte (or the closing
            # chunk of a chunked body), so a body shorter than `after_bytes` is still
            # incomplete.
            keep = min(remaining, len(body) if more_body else max(len(body) - 1, 0))
            if keep:
                part = {
                    "type": "http.response.body",
                    "body": body[:keep],
                    "more_body": True,
                }
                await send(part)
            cut = True
            _drop_connection(raw_send, reset=False)

        await self.app(scope, receive, cutting_send)
        if cut:
            await _wait_for_disconnect(receive)


async def _discard(message: Message) -> None:
    return None


async def _capture(
    app: ASGIApp, scope: Scope, receive: Receive
) -> tuple[Message, bytes]:
    start: Message = {}
    chunks: list[bytes] = []

    async def capturing_send(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, capturing_send)
    return start, b"".join(chunks)


async def _send_status(fault: Fault, send: Send) -> None:
    phrase = http.HTTPStatus(fault.status).phrase
    message = f"fault injected by the sandbox: {fault.status} {phrase}"
    error = ApiError(
        fault.status, phrase, [detail(("sandbox", "fault"), message, "fault")]
    )
    headers = (
        [(b"retry-after", fault.retry_after.encode())] if fault.retry_after else []
    )
    body = json.dumps(error.body()).encode()
    await _send_bytes(send, fault.status, b"application/json", body, headers)


async def _send_bytes(
    send: Send,
    status: int,
    content_type: bytes,
    body: bytes,
    extra_headers: list[tuple[bytes, bytes]] | None = None,
) -> None:
    headers = [
        (b"content-type", content_type),
        (b"content-length", str(len(body)).encode()),
        *(extra_headers or []),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


def _drop_connection(raw_send: Send, *, reset: bool) -> None:
    """Close the client's connection now, with a TCP reset when `reset` is true.

    Data already written (a cut body) is flushed before a clean close, but a reset
    discards it.
    """
    cycle: Any = getattr(raw_send, "__self__", None)
    transport: asyncio.Transport | None = getattr(cycle, "transport", None)
    if transport is None:
        raise RuntimeError(
            "connection faults need uvicorn's h11 or httptools protocol."
            " Run the sandbox with SandboxServer or python -m mgbi.sandbox"
        )

    if reset:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            # Linger on with a 0 s timeout makes close() send RST instead of FIN.
            sock.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
            )
        transport.abort()
    else:
        transport.close()


async def _wait_for_disconnect(receive: Receive) -> None:
    # Uvicorn logs an error when the app returns before it has seen the disconnect.
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(2.0):
            while (await receive())["type"] != "http.disconnect":
                pass
