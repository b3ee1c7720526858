"""Deciding when a refresh order is finished, and how long to wait between reads.

Only the status ``pending`` is documented, so completion is not decided from a fixed
list of finished words. An order is

- failed when its status is a failure word (``failed``, ``error``, ...);
- finished when ``finish_datetime`` is set, or when its status is anything other than a
  known in-progress word (``pending``, ``running``, ...);
- in progress otherwise.

A status the client has not seen before is logged once, with how it was treated.
Callers extend both word lists through :class:`RefreshStatusRules`.

This module does no I/O: the sync and async clients run the same :class:`RefreshWaiter`.
"""

from __future__ import annotations

import enum
import logging
import random
import re
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from mgbi.errors import InvalidInputError, RefreshFailedError, RefreshTimeoutError

logger = logging.getLogger("mgbi")

IN_PROGRESS_STATUSES = frozenset(
    {"pending", "running", "in_progress", "processing", "queued"}
)
FAILED_STATUSES = frozenset(
    {"failed", "error", "cancelled", "canceled", "timeout", "rejected"}
)
# Words that plainly mean success; they are treated as finished like any other unknown
# word, but without a log line.
FINISHED_STATUSES = frozenset(
    {"done", "finished", "completed", "complete", "success", "succeeded", "ok"}
)

_OBJECT_ID = re.compile(r"^[0-9a-fA-F]{24}$")

# The maximum wait_seconds the client requests in one long poll. The API documents no
# maximum, so this stays short enough for proxies that cut idle requests at 60 s.
MAX_LONG_POLL_SECONDS = 30
# A long poll returned sooner than this share of wait_seconds, with the order still in
# progress, means the server did not hold the request, so the client sleeps before the
# next read.
_HELD_SHARE = 0.5


class OrderState(enum.Enum):
    """State of a refresh order."""

    IN_PROGRESS = "in progress"
    FINISHED = "finished"
    FAILED = "failed"


def _lowered(words: Iterable[str]) -> frozenset[str]:
    return frozenset(word.strip().lower() for word in words)


@attrs.frozen
class RefreshStatusRules:
    """Status words meaning in progress and failed; every other word means finished."""

    in_progress: frozenset[str] = attrs.field(
        default=IN_PROGRESS_STATUSES, converter=_lowered
    )
    failed: frozenset[str] = attrs.field(default=FAILED_STATUSES, converter=_lowered)

    def extended(
        self, *, in_progress: Iterable[str] = (), failed: Iterable[str] = ()
    ) -> RefreshStatusRules:
        """Return rules with more in-progress and failure words."""
        return RefreshStatusRules(
            in_progress=self.in_progress | _lowered(in_progress),
            failed=self.failed | _lowered(failed),
        )

    def classify(self, status: str | None, *, finished_at_set: bool) -> OrderState:
        """Return the state of an order with this status and finish time."""
        word = status.strip().lower() if isinstance(status, str) else None
        if word in self.failed:
            return OrderState.FAILED
        if finished_at_set:
            return OrderState.FINISHED
        if word is None or word in self.in_progress:
            return OrderState.IN_PROGRESS
        return OrderState.FINISHED

    def is_known(self, status: str) -> bool:
        """Return True when the rules or the client know the word ``status``."""
        word = status.strip().lower()
        return (
            word in self.in_progress or word in self.failed or word in FINISHED_STATUSES
        )


_logged_statuses: set[str] = set()


def _log_new_status(order_id: str, status: str, state: OrderState) -> None:
    if status in _logged_statuses:
        return
    _logged_statuses.add(status)
    logger.warning(
        "refresh order %s has status %r, which this client does not know; treating it "
        "as %s. Pass status_rules=RefreshStatusRules().extended(...) to change that.",
        order_id,
        status,
        state.value,
    )


def _seconds(value: float) -> str:
    """Format a duration for messages, with more digits below one second."""
    return f"{value:.1f} s" if value >= 1 else f"{value:.2f} s"


def check_order_id(order_id: object) -> str:
    """Return ``order_id`` when it is a 24-hex-digit id, or raise InvalidInputError."""
    if not isinstance(order_id, str) or not _OBJECT_ID.match(order_id):
        raise InvalidInputError(
            f"invalid refresh order id {order_id!r}: expected 24 hex digits, "
            "like the id returned by create_refresh"
        )
    return order_id


def order_status(order: Any) -> str | None:
    """Return the status of a generated RefreshOrder, or None when it has none."""
    status = getattr(order, "status", None)
    return status if isinstance(status, str) else None


def order_finished_at_set(order: Any) -> bool:
    """Return True when the order's ``finish_datetime`` is set."""
    finished = getattr(order, "finish_datetime", None)
    return finished is not None and type(finished).__name__ != "Unset"


@attrs.define
class Step:
    """Next action of the wait loop: return the order, or sleep and read it again."""

    done: bool
    delay: float = 0.0
    order: Any = None


@attrs.define
class RefreshWaiter:
    """The decisions of one wait for one order, without the I/O.

    Attributes:
        order_id: The order waited on.
        timeout: Seconds the wait may take in all.
        rules: Status words in use.
        clock: Monotonic clock in seconds.
        long_poll: Whether to ask the server to hold each read (``wait_seconds``).
        poll_initial: Upper bound in seconds of the first jittered poll interval.
        poll_max: Cap in seconds of any poll interval.
    """

    order_id: str
    timeout: float
    rules: RefreshStatusRules
    clock: Callable[[], float]
    rng: random.Random
    long_poll: bool = True
    poll_initial: float = 0.5
    poll_max: float = 5.0
    started: float = attrs.field(init=False)
    polls: int = attrs.field(init=False, default=0)
    last_order: Any = attrs.field(init=False, default=None)
    last_error: Exception | None = attrs.field(init=False, default=None)

    def __attrs_post_init__(self) -> None:
        if not self.timeout > 0:
            raise InvalidInputError(
                f"timeout must be positive seconds, got {self.timeout!r}"
            )
        self.started = self.clock()

    @property
    def waited(self) -> float:
        """Return the seconds since the wait began."""
        return self.clock() - self.started

    @property
    def remaining(self) -> float:
        """Return the seconds left before the deadline."""
        return self.timeout - self.waited

    def wait_seconds(self) -> int | None:
        """Return the ``wait_seconds`` of the next read, or None for a plain read."""
        if not self.long_poll:
            return None
        whole_seconds = int(self.remaining)
        if whole_seconds < 1:
            return None
        return min(whole_seconds, MAX_LONG_POLL_SECONDS)

    def observe(self, order: Any, *, elapsed: float, wait_seconds: int | None) -> Step:
        """Decide the next step after reading ``order``; raise on failure or timeout."""
        self.last_order = order
        self.polls += 1
        status = order_status(order)
        state = self.rules.classify(
            status, finished_at_set=order_finished_at_set(order)
        )
        if status is not None and not self.rules.is_known(status):
            _log_new_status(self.order_id, status, state)

        if state is OrderState.FINISHED:
            logger.debug(
                "refresh order %s finished with status %r", self.order_id, status
            )
            return Step(done=True, order=order)
        if state is OrderState.FAILED:
            logger.info("refresh order %s failed with status %r", self.order_id, status)
            raise RefreshFailedError(
                f"refresh order {self.order_id} failed with status {status!r} after "
                f"{_seconds(self.waited)}; check the identifiers and order a new "
                "refresh",
                order_id=self.order_id,
                last_status=status,
                waited=self.waited,
                order=order,
            )

        remaining = self.remaining
        if remaining <= 0:
            raise self.timeout_error()
        held = wait_seconds is not None and elapsed >= wait_seconds * _HELD_SHARE
        if held:
            return Step(done=False, delay=0.0)
        return Step(done=False, delay=min(self._poll_delay(), remaining))

    def after_error(self, error: Exception) -> float:
        """Return the sleep before reading the order again after a failed read.

        Raises RefreshTimeoutError, chained to ``error``, once the deadline has passed.
        """
        self.last_error = error
        self.polls += 1
        remaining = self.remaining
        if remaining <= 0:
            raise self.timeout_error() from error
        delay = min(self._poll_delay(), remaining)
        retry_after = getattr(error, "retry_after", None)
        if isinstance(retry_after, int | float):
            delay = min(max(delay, float(retry_after)), remaining)
        logger.info(
            "reading refresh order %s failed (%s); reading it again in %.2f s",
            self.order_id,
            type(error).__name__,
            delay,
        )
        return delay

    def timeout_error(self) -> RefreshTimeoutError:
        """Return the error for a wait that passed its deadline."""
        status = order_status(self.last_order)
        waited = _seconds(self.waited)
        resume = f"wait_for_refresh({self.order_id!r})"
        if self.last_order is None:
            message = (
                f"refresh order {self.order_id}: no status was read in {waited} "
                f"(last error: {self.last_error}); check the connection, then wait "
                f"again with {resume}"
            )
        else:
            message = (
                f"refresh order {self.order_id} still {status or 'unfinished'} after "
                f"{waited} (last status {status!r}); raise timeout= or wait again "
                f"later with {resume}"
            )
        return RefreshTimeoutError(
            message,
            order_id=self.order_id,
            last_status=status,
            waited=self.waited,
            order=self.last_order,
        )

    def _poll_delay(self) -> float:
        ceiling = min(self.poll_max, self.poll_initial * (2 ** min(self.polls - 1, 16)))
        # Jitter between half and all of the ceiling, so that many waits spread out.
        return self.rng.uniform(ceiling / 2, ceiling)
