"""Refresh orders: creation, the timed status changes, and long polling.

An order is pending when created, moves to the running status after
`refresh_start_delay` and finishes after `refresh_finish_delay`. A finished order
either stored one new record of its entity in the model (status done) or, when it
names a failing identifier, stored nothing (status failed). Timers run on the server's
event loop, so `create` must be called from a request handler.
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from .config import IDENTIFIER_KEYS, MODEL_IDS, SandboxConfig
from .entities import Entity, entity_for_query
from .errors import not_found, validation_error
from .identifiers import is_valid_nip, is_valid_pesel, is_valid_regon, make_object_id
from .quotas import Quotas, refresh_charges
from .store import RecordStore

logger = logging.getLogger("mgbi.sandbox")

# Identifier key -> (allowed lengths, checksum test or None).
IDENTIFIER_RULES = {
    "identifiers.pl_krs": ((10,), None),
    "identifiers.pl_nip": ((10,), is_valid_nip),
    "identifiers.pl_regon": ((9, 14), is_valid_regon),
    "identifiers.pl_pesel": ((11,), is_valid_pesel),
}


def format_order_datetime(value: dt.datetime | None) -> str | None:
    """Format a UTC time like the documented order: milliseconds and a `Z` suffix."""
    if value is None:
        return None
    utc = value.astimezone(dt.UTC)
    return f"{utc:%Y-%m-%dT%H:%M:%S}.{utc.microsecond // 1000:03d}Z"


@dataclass
class RefreshOrder:
    """One refresh order and its progress."""

    id: str
    model: str
    query: dict[str, Any]
    entity: Entity
    will_fail: bool
    status: str
    creation_datetime: dt.datetime
    start_datetime: dt.datetime | None = None
    finish_datetime: dt.datetime | None = None
    record_ids: list[str] = field(default_factory=list)
    finished: asyncio.Event = field(default_factory=asyncio.Event, repr=False)

    def identifier_count(self) -> int:
        """Return the number of identifiers in the order, which is what it costs."""
        return sum(1 for key in IDENTIFIER_KEYS if self.query.get(key) is not None)

    def to_body(self) -> dict[str, Any]:
        """Return the order as the API shows it."""
        return {
            "id": self.id,
            "query": self.query,
            "creation_datetime": format_order_datetime(self.creation_datetime),
            "start_datetime": format_order_datetime(self.start_datetime),
            "finish_datetime": format_order_datetime(self.finish_datetime),
            "status": self.status,
        }


class RefreshBook:
    """All refresh orders of a server and how often each one was charged."""

    def __init__(
        self, config: SandboxConfig, store: RecordStore, quotas: Quotas
    ) -> None:
        self._config = config
        self._store = store
        self._quotas = quotas
        self._lock = threading.Lock()
        self.orders: dict[str, RefreshOrder] = {}
        self.charges: dict[str, int] = {}

    def create(self, body: Any) -> RefreshOrder:
        """Validate a Create Refresh body, charge the quota and start the order.

        Raises ApiError: 400 for an invalid body, or the quota status when the
        `refresh` counter would pass its maximum.
        """
        query = _validated_query(body)
        model = str(query["model"])
        identifiers = {
            key: query[key] for key in IDENTIFIER_KEYS if query.get(key) is not None
        }

        order = RefreshOrder(
            id=make_object_id(),
            model=model,
            query=query,
            entity=entity_for_query(identifiers),
            will_fail=any(
                value in self._config.failing_identifiers
                for value in identifiers.values()
            ),
            status=self._config.refresh_statuses.pending,
            creation_datetime=dt.datetime.now(dt.UTC),
        )
        self._quotas.charge(model, refresh_charges(order.identifier_count()))
        with self._lock:
            self.orders[order.id] = order
            self.charges[order.id] = self.charges.get(order.id, 0) + 1

        loop = asyncio.get_running_loop()
        loop.call_later(self._config.refresh_start_delay, self._start, order)
        loop.call_later(self._config.refresh_finish_delay, self._finish, order)
        logger.info(
            "refresh order %s created for %s (%d identifiers)",
            order.id,
            model,
            len(identifiers),
        )
        return order

    def get(self, order_id: str) -> RefreshOrder:
        """Return the order with `order_id`, or raise ApiError 404."""
        order = self.orders.get(order_id.lower())
        if order is None:
            raise not_found("refresh order", order_id)
        return order

    def charged_identifiers(self) -> collections.Counter[tuple[str, str, str]]:
        """Count the charges per (model, identifier key, value) over all orders."""
        counter: collections.Counter[tuple[str, str, str]] = collections.Counter()
        with self._lock:
            for order_id, times in self.charges.items():
                order = self.orders[order_id]
                for key in IDENTIFIER_KEYS:
                    value = order.query.get(key)
                    if value is not None:
                        counter[(order.model, key, str(value))] += times
        return counter

    async def wait(
        self, order: RefreshOrder, seconds: float, stopping: asyncio.Event
    ) -> None:
        """Wait until `order` finishes, `seconds` pass or the server starts stopping."""
        if order.finished.is_set() or seconds <= 0:
            return

        waiters = {
            asyncio.ensure_future(order.finished.wait()),
            asyncio.ensure_future(stopping.wait()),
        }
        try:
            await asyncio.wait(
                waiters, timeout=seconds, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            for waiter in waiters:
                waiter.cancel()

    def clear(self) -> None:
        """Forget every order and charge. Timers of forgotten orders then do nothing."""
        with self._lock:
            self.orders.clear()
            self.charges.clear()

    def _start(self, order: RefreshOrder) -> None:
        if order.id in self.orders and order.finish_datetime is None:
            order.start_datetime = dt.datetime.now(dt.UTC)
            order.status = self._config.refresh_statuses.running

    def _finish(self, order: RefreshOrder) -> None:
        if order.id not in self.orders:
            return
        now = dt.datetime.now(dt.UTC)
        order.start_datetime = order.start_datetime or now
        if order.will_fail:
            order.status = self._config.refresh_statuses.failed
            logger.info(
                "refresh order %s failed on purpose (failing identifier)", order.id
            )
        else:
            record_id = self._store[order.model].add_refreshed(
                order.entity, order.id, now
            )
            order.record_ids.append(record_id)
            order.status = self._config.refresh_statuses.done
            logger.info("refresh order %s done, record %s stored", order.id, record_id)
        order.finish_datetime = now
        order.finished.set()


def _validated_query(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict) or not isinstance(body.get("query"), dict):
        raise validation_error(
            ("body", "query"), "Field required: an object with model and identifiers"
        )
    query: dict[str, Any] = dict(body["query"])

    model = query.get("model")
    if model not in MODEL_IDS:
        message = f"Unknown model {model!r}. Use one of {', '.join(MODEL_IDS)}"
        raise validation_error(("body", "query", "model"), message)

    for key, value in query.items():
        if key == "model" or value is None:
            continue
        if key not in IDENTIFIER_RULES:
            if key.startswith("identifiers."):
                allowed = ", ".join(IDENTIFIER_KEYS)
                message = f"Unknown identifier key {key!r}. Use one of {allowed}"
                raise validation_error(("body", "query", key), message)
            # RefreshQuery allows other keys, but only with string or null values.
            if not isinstance(value, str):
                message = f"Invalid {key}: expected a string or null"
                raise validation_error(("body", "query", key), message, "string_type")
            continue
        _validate_identifier(key, value)

    if not any(query.get(key) is not None for key in IDENTIFIER_KEYS):
        message = f"At least one identifier is required ({', '.join(IDENTIFIER_KEYS)})"
        raise validation_error(("body", "query"), message, "missing")
    return query


def _validate_identifier(key: str, value: Any) -> None:
    lengths, checksum = IDENTIFIER_RULES[key]
    location = ("body", "query", key)
    if not isinstance(value, str) or not value.isdigit() or len(value) not in lengths:
        digits = " or ".join(map(str, lengths))
        message = f"Invalid {key}: expected a string of {digits} digits"
        raise validation_error(location, message)
    if checksum is not None and not checksum(value):
        raise validation_error(location, f"Invalid {key}: checksum does not match")
