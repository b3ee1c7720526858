"""Retry decisions: which failures are retried, and how long the client sleeps."""

import random
from datetime import UTC, datetime

import httpx
import pytest

from mgbi import _retry
from mgbi._retry import RetryPolicy

NOW = datetime(2026, 12, 4, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("5", 5.0),
        ("0", 0.0),
        ("1.5", 1.5),
        (" 7 ", 7.0),
        ("-3", 0.0),
        ("Fri, 04 Dec 2026 12:00:30 GMT", 30.0),
        ("Fri, 04 Dec 2026 11:59:00 GMT", 0.0),
        ("soon", None),
        ("", None),
        (None, None),
        ("nan", None),
    ],
    ids=[
        "seconds",
        "zero",
        "fraction",
        "spaces",
        "negative",
        "http-date-future",
        "http-date-past",
        "garbage",
        "empty",
        "absent",
        "nan",
    ],
)
def test_parse_retry_after_forms(header, expected):
    assert _retry.parse_retry_after(header, now=NOW) == expected


def test_backoff_delay_stays_under_cap():
    policy = RetryPolicy(backoff_initial=0.5, backoff_max=4.0)
    rng = random.Random(1)
    delays = [_retry.backoff_delay(policy, attempt, rng) for attempt in range(10)]
    assert all(0 <= delay <= 4.0 for delay in delays)
    assert max(delays[:1]) <= 0.5


def _request():
    return httpx.Request("GET", "http://127.0.0.1/")


@pytest.mark.parametrize(
    ("error", "idempotent", "retried"),
    [
        (httpx.ConnectError("refused", request=_request()), False, True),
        (httpx.ConnectTimeout("slow", request=_request()), False, True),
        (httpx.PoolTimeout("pool", request=_request()), False, True),
        (httpx.ReadTimeout("slow", request=_request()), True, False),
        (httpx.ReadTimeout("slow", request=_request()), False, False),
        (httpx.RemoteProtocolError("gone", request=_request()), True, True),
        (httpx.RemoteProtocolError("gone", request=_request()), False, False),
        (httpx.ReadError("reset", request=_request()), True, True),
        (httpx.ReadError("reset", request=_request()), False, False),
        (httpx.WriteError("broken", request=_request()), False, False),
    ],
    ids=[
        "connect-post",
        "connect-timeout-post",
        "pool-timeout-post",
        "read-timeout-get",
        "read-timeout-post",
        "disconnect-get",
        "disconnect-post",
        "reset-get",
        "reset-post",
        "write-error-post",
    ],
)
def test_transport_retry_reason_by_error(error, idempotent, retried):
    reason = _retry.transport_retry_reason(error, idempotent=idempotent)
    assert (reason is not None) is retried


@pytest.mark.parametrize(
    ("status", "idempotent", "retried"),
    [
        (429, True, True),
        (502, True, True),
        (503, True, True),
        (504, True, True),
        (500, True, False),
        (404, True, False),
        (429, False, True),
        (503, False, True),
        (502, False, False),
        (504, False, False),
        (500, False, False),
    ],
)
def test_status_retry_reason_by_status(status, idempotent, retried):
    reason = _retry.status_retry_reason(status, idempotent=idempotent)
    assert (reason is not None) is retried


def test_status_retry_delay_honours_retry_after():
    policy = RetryPolicy(retry_after_max=10)
    assert _retry.status_retry_delay(policy, 0, 3.0, random.Random(0)) == 3.0


def test_status_retry_delay_rejects_long_retry_after():
    policy = RetryPolicy(retry_after_max=10)
    assert _retry.status_retry_delay(policy, 0, 11.0, random.Random(0)) is None


def test_status_retry_delay_without_header_backs_off():
    policy = RetryPolicy(backoff_initial=1.0, backoff_max=1.0)
    delay = _retry.status_retry_delay(policy, 3, None, random.Random(0))
    assert delay is not None
    assert 0 <= delay <= 1.0
