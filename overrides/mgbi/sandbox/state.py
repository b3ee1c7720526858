"""Everything one sandbox server holds, shared by its routes and by tests."""

from __future__ import annotations

import asyncio
import collections
import threading

from .config import SandboxConfig
from .faults import Fault, FaultQueue, FaultRule, RequestLog, RequestRecord
from .quotas import Quotas
from .refresh import RefreshBook, RefreshOrder
from .store import RecordStore


class SandboxState:
    """Records, quota counters, refresh orders, queued faults and the request log.

    Tests read and change it from their own thread while the server runs, so every
    part that changes during a request guards itself with a lock.
    """

    def __init__(self, config: SandboxConfig) -> None:
        config.validate()
        self.config = config
        self.store = RecordStore(dict(config.extra_records))
        self.quotas = Quotas(config)
        self.refresh = RefreshBook(config, self.store, self.quotas)
        self.faults = FaultQueue()
        self.requests = RequestLog()
        self._stopping: asyncio.Event | None = None
        self._stopping_lock = threading.Lock()

    def reset(self) -> None:
        """Return to the state of a fresh server with the same config.

        Clears queued faults, the request log, quota counters, refresh orders and the
        records that refresh orders stored. Extra records are built on demand, so they
        need no reset.
        """
        self.faults.clear()
        self.requests.clear()
        self.quotas.reset()
        self.refresh.clear()
        self.store.remove_refreshed()

    def add_fault(
        self, fault: Fault, *, method: str = "*", path: str = "*", times: int = 1
    ) -> FaultRule:
        """Apply `fault` to the next `times` requests matching `method` and `path`.

        `path` is an fnmatch pattern of the URL path without the query, for example
        `/v1/models/*/records` or `/v1/refresh`.
        """
        return self.faults.add(fault, method=method, path=path, times=times)

    def seen_requests(self, method: str = "*", path: str = "*") -> list[RequestRecord]:
        """Return the requests seen so far whose method and path match the patterns."""
        probe = FaultRule(
            fault=Fault.http_status(500), method=method, path=path, remaining=1
        )
        return [
            record
            for record in self.requests.snapshot()
            if probe.matches(record.method, record.path)
        ]

    @property
    def orders(self) -> dict[str, RefreshOrder]:
        """Refresh orders by id."""
        return dict(self.refresh.orders)

    @property
    def refresh_charges(self) -> dict[str, int]:
        """How many times each refresh order (by id) was charged to the quota."""
        return dict(self.refresh.charges)

    def charged_identifiers(self) -> collections.Counter[tuple[str, str, str]]:
        """Count refresh charges per (model, identifier key, identifier value)."""
        return self.refresh.charged_identifiers()

    def used(self, model: str) -> dict[str, int]:
        """Return the used quota counters of `model`."""
        return self.quotas.used(model)

    def rearm_stopping_event(self) -> None:
        """Replace the stopping event with a new, unset one before a server starts."""
        with self._stopping_lock:
            self._stopping = None

    def stopping_event(self) -> asyncio.Event:
        """Return the event set when the server starts to shut down.

        Long polls and injected delays wait on it, so that they end at once instead
        of holding up the shutdown.
        """
        with self._stopping_lock:
            if self._stopping is None:
                self._stopping = asyncio.Event()
            return self._stopping
