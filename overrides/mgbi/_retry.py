"""Retry decisions shared by the sync and async clients.

Every call costs quota, so the rule is: retry only when a second request cannot charge
twice for one result.

- Idempotent requests (every GET, and Post Stream Records, which only reads) are
  retried after a transport error other than a read timeout, and after status 429,
  502, 503 or 504.
- ``POST /v1/refresh`` charges the `refresh` counter, so it is retried only when the
  server cannot have processed it. That is when the connection failed before the
  request was sent, or when the server responded 429 or 503, which mean it did not
  do the work.
- A read timeout is never retried: the server may already have done the work and charged
  for it.

NOTE: a GET whose connection breaks after the request was sent (a reset, a truncated
response) is retried, and the API may have counted the first attempt; the API documents
no idempotency key that would prevent that.
"""

from __future__ import annotations

import email.utils
import random
from datetime import UTC, datetime

import attrs
import httpx

RETRY_STATUSES = frozenset({429, 502, 503, 504})
# Statuses that mean the server did not process the request, so resending it is safe
# even when the request charges quota.
NOT_PROCESSED_STATUSES = frozenset({429, 503})

# Transport errors raised before any byte of the request reached the server.
_NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


@attrs.frozen
class RetryPolicy:
    """How often and how long to retry.

    Attributes:
        max_retries: Retries after the first attempt; 0 disables retries.
        backoff_initial: Upper bound in seconds of the first jittered backoff.
        backoff_max: Cap in seconds of any backoff.
        retry_after_max: Cap in seconds on a server's ``Retry-After``; a longer wait
            raises instead of sleeping.
    """

    max_retries: int = attrs.field(default=2, validator=attrs.validators.ge(0))
    backoff_initial: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    backoff_max: float = attrs.field(default=8.0, validator=attrs.validators.ge(0))
    retry_after_max: float = attrs.field(default=60.0, validator=attrs.validators.ge(0))


def parse_retry_after(
    value: str | None, *, now: datetime | None = None
) -> float | None:
    """Return the seconds of wait that ``Retry-After`` requests; None if absent or bad.

    The header is a number of seconds or an HTTP date; a date in the past gives 0.
    """
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(seconds, 0.0) if seconds == seconds else None

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now or datetime.now(UTC)
    return max((when - current).total_seconds(), 0.0)


def backoff_delay(policy: RetryPolicy, attempt: int, rng: random.Random) -> float:
    """Return a jittered exponential backoff for retry number ``attempt`` (0-based)."""
    ceiling = min(policy.backoff_max, policy.backoff_initial * (2**attempt))
    # Full jitter: spread retries of many clients over the whole window.
    return rng.uniform(0.0, ceiling)


def transport_retry_reason(
    error: httpx.TransportError, *, idempotent: bool
) -> str | None:
    """Return why a request that failed with ``error`` may be retried, or None."""
    if isinstance(error, _NOT_SENT_ERRORS):
        return f"{type(error).__name__} before the request was sent"
    if isinstance(error, httpx.ReadTimeout):
        return None
    if idempotent:
        return f"{type(error).__name__} on an idempotent request"
    return None


def status_retry_reason(status_code: int, *, idempotent: bool) -> str | None:
    """Return why a response with ``status_code`` may be retried, or None."""
    if idempotent and status_code in RETRY_STATUSES:
        return f"status {status_code}"
    if status_code in NOT_PROCESSED_STATUSES:
        return f"status {status_code}, which means the request was not processed"
    return None


def status_retry_delay(
    policy: RetryPolicy,
    attempt: int,
    retry_after: float | None,
    rng: random.Random,
) -> float | None:
    """Return the sleep before retrying a status; None when ``Retry-After`` is too long.

    A ``Retry-After`` within the cap is honoured as sent; without one the jittered
    backoff applies.
    """
    if retry_after is None:
        return backoff_delay(policy, attempt, rng)
    if retry_after > policy.retry_after_max:
        return None
    return retry_after
