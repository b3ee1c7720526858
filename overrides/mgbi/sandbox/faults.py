"""Faults that tests queue for the next requests, and the log of every request.

A test adds a rule: a Fault, a method, a path pattern (fnmatch syntax, so `*` also
matches `/`) and how many matching requests it applies to. `FaultMiddleware`, the
outermost ASGI layer, takes the first matching rule for each request and acts it out
on the real connection.
"""

from __future__ import annotations

import enum
import fnmatch
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field


class FaultKind(enum.StrEnum):
    """What a fault does to the request it applies to."""

    STATUS = "status"
    """Respond with an error status and an ErrorBody, with `Retry-After` if set."""

    RESET = "reset"
    """Abort the connection with a TCP reset and send no response."""

    CLOSE = "close"
    """Close the connection cleanly and send no response."""

    DELAY = "delay"
    """Wait `delay` seconds, then handle the request as usual."""

    TRUNCATE = "truncate"
    """Handle the request, then send its status with only the first body bytes.

    The `Content-Length` header matches the cut body, so the HTTP message is complete
    and only the JSON inside is broken.
    """

    WRONG_CONTENT_TYPE = "wrong_content_type"
    """Respond with an HTML page, as a proxy or captive portal would."""

    BODY_DISCONNECT = "body_disconnect"
    """Send the headers and the first `after_bytes` body bytes, then close."""


@dataclass(frozen=True)
class Fault:
    """One fault. Build it with the class methods, which set the fields each kind uses.

    `processed=True` lets the sandbox handle the request first (raising quota counters
    and creating refresh orders) and then lose the response, as when a server does the
    work but the response never arrives.
    """

    kind: FaultKind
    status: int = 503
    retry_after: str | None = None
    delay: float = 0.0
    after_bytes: int | None = None
    processed: bool = False

    @classmethod
    def http_status(
        cls, status: int, *, retry_after: str | None = None, processed: bool = False
    ) -> Fault:
        """Respond with `status` (for example 500, 502, 503 or 504)."""
        return cls(
            FaultKind.STATUS,
            status=status,
            retry_after=retry_after,
            processed=processed,
        )

    @classmethod
    def too_many_requests(cls, retry_after: str | None = None) -> Fault:
        """Respond 429 with `Retry-After: retry_after` (seconds or HTTP-date)."""
        return cls(FaultKind.STATUS, status=429, retry_after=retry_after)

    @classmethod
    def connection_reset(cls, *, processed: bool = False) -> Fault:
        """Reset the connection (TCP RST) without a response."""
        return cls(FaultKind.RESET, processed=processed)

    @classmethod
    def connection_close(cls, *, processed: bool = False) -> Fault:
        """Close the connection without a response."""
        return cls(FaultKind.CLOSE, processed=processed)

    @classmethod
    def slow(cls, seconds: float) -> Fault:
        """Hold the request for `seconds` before handling it as usual."""
        return cls(FaultKind.DELAY, delay=seconds)

    @classmethod
    def truncated_body(cls, keep_bytes: int | None = None) -> Fault:
        """Cut the body to `keep_bytes` bytes, or by default to half its length."""
        return cls(FaultKind.TRUNCATE, after_bytes=keep_bytes)

    @classmethod
    def wrong_content_type(cls, status: int = 200) -> Fault:
        """Respond with `status` and a `text/html` page instead of JSON."""
        return cls(FaultKind.WRONG_CONTENT_TYPE, status=status)

    @classmethod
    def disconnect_mid_body(cls, after_bytes: int = 1024) -> Fault:
        """Close the connection after `after_bytes` bytes of a stream or a download."""
        return cls(FaultKind.BODY_DISCONNECT, after_bytes=after_bytes)


@dataclass
class FaultRule:
    """A fault for the next `remaining` requests that match method and path."""

    fault: Fault
    method: str
    path: str
    remaining: int

    def matches(self, method: str, path: str) -> bool:
        """Return whether a request with `method` and `path` falls under this rule."""
        method_matches = self.method == "*" or self.method.upper() == method.upper()
        return method_matches and fnmatch.fnmatchcase(path, self.path)


class FaultQueue:
    """Fault rules in the order they were added. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []

    def add(
        self, fault: Fault, *, method: str = "*", path: str = "*", times: int = 1
    ) -> FaultRule:
        """Apply `fault` to the next `times` requests matching `method` and `path`."""
        if times < 1:
            raise ValueError(
                f"times is {times}, but a fault must apply to at least 1 request"
            )
        rule = FaultRule(fault=fault, method=method, path=path, remaining=times)
        with self._lock:
            self._rules.append(rule)
        return rule

    def take(self, method: str, path: str) -> Fault | None:
        """Return the fault for a request and use up one of its rule's requests."""
        with self._lock:
            for rule in self._rules:
                if rule.matches(method, path):
                    rule.remaining -= 1
                    if rule.remaining == 0:
                        self._rules.remove(rule)
                    return rule.fault
        return None

    def pending(self) -> list[FaultRule]:
        """Return the rules that still have requests left."""
        with self._lock:
            return list(self._rules)

    def clear(self) -> None:
        """Remove every rule."""
        with self._lock:
            self._rules.clear()


@dataclass
class RequestRecord:
    """One request that reached the server, and what the server did with it.

    `status` is None when no response started, as after a reset. The key itself is
    never stored, only whether it was correct.
    """

    method: str
    path: str
    query: str
    authorized: bool
    fault: FaultKind | None = None
    status: int | None = None


@dataclass
class RequestLog:
    """Every request the server saw, in arrival order. Thread-safe."""

    _records: list[RequestRecord] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def append(self, record: RequestRecord) -> None:
        """Add a request."""
        with self._lock:
            self._records.append(record)

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)

    def __iter__(self) -> Iterator[RequestRecord]:
        return iter(self.snapshot())

    def __getitem__(self, position: int) -> RequestRecord:
        with self._lock:
            return self._records[position]

    def snapshot(self) -> list[RequestRecord]:
        """Return a copy of the list of requests so far."""
        with self._lock:
            return list(self._records)

    def clear(self) -> None:
        """Forget every request."""
        with self._lock:
            self._records.clear()
