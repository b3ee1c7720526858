"""Client settings: the API key, base URL, timeouts and retry policy."""

from __future__ import annotations

import os
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
import httpx

from mgbi._retry import RetryPolicy
from mgbi.errors import ConfigurationError

DEFAULT_BASE_URL = "https://api.mgbi.pl"
API_KEY_ENV = "MGBI_API_KEY"
BASE_URL_ENV = "MGBI_BASE_URL"

# The generator's client has no timeout at all. Reads may take a while (Get Records of
# large KRS extracts), connecting should not.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class _NotGiven:
    """Type of NOT_GIVEN, the marker for an argument that was not passed."""

    _instance: _NotGiven | None = None

    def __new__(cls) -> _NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN = _NotGiven()


async def _asyncio_sleep(seconds: float) -> None:
    """Sleep with asyncio, imported here because importing it slows `import mgbi`."""
    import asyncio

    await asyncio.sleep(seconds)


def mask_key(api_key: str) -> str:
    """Return a stand-in for the key: its length, and none of its characters."""
    return f"*** ({len(api_key)} characters)"


@attrs.frozen
class Settings:
    """Resolved settings of one client.

    Attributes:
        api_key: The subscription key, sent bare in the Authorization header.
        base_url: The API's root URL, without a trailing slash.
        timeout: httpx timeout of every request; long polls extend the read timeout.
        retry: Retry policy.
        validate_identifiers: Whether NIP, REGON and PESEL checksums are checked before
            a request is sent.
        sleep: Blocking sleep; replaced in tests.
        async_sleep: Sleep of the async client; replaced in tests.
        clock: Monotonic clock in seconds; replaced in tests.
        rng: Random source of the backoff jitter.
    """

    api_key: str = attrs.field(repr=mask_key)
    base_url: str
    timeout: httpx.Timeout
    retry: RetryPolicy
    validate_identifiers: bool
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = _asyncio_sleep
    clock: Callable[[], float] = time.monotonic
    rng: random.Random = attrs.field(factory=random.Random, repr=False)


def resolve_settings(
    *,
    api_key: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | _NotGiven | None,
    max_retries: int,
    validate_identifiers: bool,
    sleep: Callable[[float], None] | None,
    async_sleep: Callable[[float], Awaitable[None]] | None,
    clock: Callable[[], float] | None,
    retry_policy: RetryPolicy | None,
) -> Settings:
    """Combine arguments and environment into Settings; raise ConfigurationError."""
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if key is None:
        raise ConfigurationError(
            f"no API key: pass api_key= or set the {API_KEY_ENV} environment variable"
        )
    key = key.strip()
    if not key:
        raise ConfigurationError(
            f"the API key is empty: pass a non-empty api_key= or {API_KEY_ENV}"
        )
    if any(ord(character) < 32 for character in key):
        raise ConfigurationError("the API key contains control characters")

    url = base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(
            f"invalid base URL {url!r}: expected http(s)://host[:port], "
            f"for example {DEFAULT_BASE_URL!r}"
        )

    if not isinstance(validate_identifiers, bool):
        raise ConfigurationError(
            f"validate_identifiers must be True or False, got {validate_identifiers!r}"
        )
    if isinstance(max_retries, bool) or not isinstance(max_retries, int):
        raise ConfigurationError(f"max_retries must be an int, got {max_retries!r}")
    if max_retries < 0:
        raise ConfigurationError(f"max_retries must be 0 or more, got {max_retries}")
    policy = attrs.evolve(retry_policy or RetryPolicy(), max_retries=max_retries)

    options: dict[str, Any] = {}
    if sleep is not None:
        options["sleep"] = sleep
    if async_sleep is not None:
        options["async_sleep"] = async_sleep
    if clock is not None:
        options["clock"] = clock
    return Settings(
        api_key=key,
        base_url=url.rstrip("/"),
        timeout=_to_timeout(timeout),
        retry=policy,
        validate_identifiers=validate_identifiers,
        **options,
    )


def _to_timeout(timeout: float | httpx.Timeout | _NotGiven | None) -> httpx.Timeout:
    if isinstance(timeout, _NotGiven):
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, int | float)
    ):
        raise ConfigurationError(
            f"timeout must be seconds as a number, an httpx.Timeout or None, "
            f"got {timeout!r}"
        )
    if timeout is not None and timeout <= 0:
        raise ConfigurationError(f"timeout must be positive seconds, got {timeout!r}")
    return httpx.Timeout(timeout)
