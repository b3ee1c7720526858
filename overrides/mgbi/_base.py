"""Parts shared by the sync and async clients: settings, requests and refresh bodies."""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import attrs
import httpx

from mgbi import _http, _operations
from mgbi._config import NOT_GIVEN, Settings, _NotGiven, mask_key, resolve_settings
from mgbi._operations import Operation
from mgbi._retry import RetryPolicy
from mgbi.errors import (
    ClientClosedError,
    ConfigurationError,
    InvalidInputError,
    QuotaError,
    RateLimitError,
    ServerError,
    TransportError,
)
from mgbi.identifiers import normalize_identifier
from mgbi.limits import Quota
from mgbi.models import get_model
from mgbi.refresh import RefreshStatusRules, RefreshWaiter, check_order_id

# Failed reads of a refresh order that the wait loop retries until its deadline.
WAIT_READ_ERRORS = (TransportError, ServerError, RateLimitError)

# Keys accepted in the identifiers of a refresh order, by the names callers may use.
_IDENTIFIER_KEYS = {
    "nip": "pl_nip",
    "krs": "pl_krs",
    "regon": "pl_regon",
    "pesel": "pl_pesel",
}


@attrs.frozen
class RefreshResult:
    """A finished refresh order and the records it fetched.

    Attributes:
        order: The order as last read (the generated ``RefreshOrder``).
        records: The model's records read with ``refresh_id`` set to the order id, or
            None when the call did not wait for the order.
    """

    order: Any
    records: list[Any] | None


def refresh_identifiers(
    identifiers: Mapping[str, Any], *, check: bool
) -> dict[str, str]:
    """Return the identifiers of a refresh order under their dotted wire names.

    Accepts ``nip``, ``pl_nip`` or ``identifiers.pl_nip`` (likewise krs, regon, pesel).
    """
    if not isinstance(identifiers, Mapping) or not identifiers:
        raise InvalidInputError(
            "identifiers must be a non-empty mapping, such as {'nip': '8190937865'}, "
            f"got {identifiers!r}"
        )
    dotted: dict[str, str] = {}
    for key, value in identifiers.items():
        short = str(key).removeprefix("identifiers.").removeprefix("identifiers_")
        short = _IDENTIFIER_KEYS.get(short, short)
        if short not in _IDENTIFIER_KEYS.values():
            raise InvalidInputError(
                f"unknown identifier {key!r}; use nip, krs, regon or pesel"
            )
        dotted[f"identifiers.{short}"] = normalize_identifier(short, value, check=check)
    return dotted


def refresh_request_body(
    model: str, identifiers: Mapping[str, Any], *, check: bool
) -> Any:
    """Return the generated CreateRefreshRequest for ``model`` and ``identifiers``."""
    from mgbi_api.models import CreateRefreshRequest, RefreshQuery

    info = get_model(model)
    dotted = refresh_identifiers(identifiers, check=check)
    query = RefreshQuery.from_dict({"model": info.model_id, **dotted})
    return CreateRefreshRequest(query=query)


def check_refresh_quota(quota: Quota, needed: int) -> None:
    """Raise QuotaError when ``needed`` refreshes would pass the `refresh` limit."""
    remaining = quota.remaining_of("refresh")
    if remaining is not None and needed > remaining:
        raise QuotaError(
            f"refreshing {needed} identifier(s) of {quota.model} needs {needed} of the "
            f"'refresh' quota, but only {remaining} remain this period; "
            "nothing was sent",
            model=quota.model,
            counter="refresh",
            needed=needed,
            remaining=remaining,
        )


class ClientBase:
    """Settings and request building shared by Client and AsyncClient."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | _NotGiven | None = NOT_GIVEN,
        max_retries: int = 2,
        validate_identifiers: bool = True,
        status_rules: RefreshStatusRules | None = None,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        """Create a client; nothing is sent until the first call.

        Args:
            api_key: The subscription key; default: the MGBI_API_KEY variable.
            base_url: The API root; default: MGBI_BASE_URL, the http_client's
                base_url, or https://api.mgbi.pl.
            timeout: Seconds (or an httpx.Timeout) for each request; default 30 s
                to read and 10 s to connect. None waits forever.
            max_retries: Retries of a failed request that is safe to resend
                (default 2); each call also takes ``max_retries=``.
            validate_identifiers: Check NIP, REGON and PESEL check digits before
                sending (default True).
            status_rules: Refresh order status words; see RefreshStatusRules.
            retry_policy: Backoff and Retry-After caps; see RetryPolicy.
            http_client: An httpx.Client (httpx.AsyncClient for AsyncClient) to send
                through, for proxies, certificates or connection limits. The client
                adds its headers to it and closes it on close(). Its own timeout
                applies unless ``timeout`` is passed too.
            sleep: Blocking sleep between retries, replaceable in tests.
            async_sleep: Sleep of AsyncClient between retries.
            clock: Monotonic clock of refresh waits, replaceable in tests.

        Raises:
            ConfigurationError: No key, or an invalid setting.
        """
        from mgbi_api.client import Client as GeneratedClient

        if http_client is not None and not isinstance(
            http_client, httpx.Client | httpx.AsyncClient
        ):
            raise ConfigurationError(
                f"http_client must be an httpx client, got {type(http_client).__name__}"
            )
        if base_url is None and http_client is not None and str(http_client.base_url):
            base_url = str(http_client.base_url)
        self._settings: Settings = resolve_settings(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            validate_identifiers=validate_identifiers,
            sleep=sleep,
            async_sleep=async_sleep,
            clock=clock,
            retry_policy=retry_policy,
        )
        self.status_rules = status_rules or RefreshStatusRules()
        # Used only to parse responses, so it sends nothing and has no key.
        self._generated = GeneratedClient(
            base_url=self._settings.base_url, raise_on_unexpected_status=True
        )
        if http_client is not None:
            http_client.base_url = httpx.URL(self._settings.base_url)
            http_client.headers.update(_http.build_headers(self._settings))
            if not isinstance(timeout, _NotGiven):
                http_client.timeout = self._settings.timeout
        self._open_http(http_client)

    _http: httpx.Client | httpx.AsyncClient

    def _open_http(self, http_client: object) -> None:
        """Set up the HTTP client and the sender; the sync and async clients differ."""
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        """Return the API's root URL."""
        return self._settings.base_url

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._settings.base_url!r}, "
            f"api_key={mask_key(self._settings.api_key)!r})"
        )

    def _retries(self, max_retries: int | _NotGiven) -> int:
        if isinstance(max_retries, _NotGiven):
            return self._settings.retry.max_retries
        if (
            isinstance(max_retries, bool)
            or not isinstance(max_retries, int)
            or max_retries < 0
        ):
            raise InvalidInputError(
                f"max_retries must be an int of 0 or more, got {max_retries!r}"
            )
        return max_retries

    def _check_open(self) -> None:
        if self._http.is_closed:
            raise ClientClosedError(
                f"this {type(self).__name__} was closed; create a new one, or make "
                "calls inside its with block"
            )

    def _request_kwargs(
        self, operation: Operation, arguments: Mapping[str, Any]
    ) -> dict[str, Any]:
        self._check_open()
        prepared = _operations.prepare_arguments(
            operation, arguments, check_identifiers=self._settings.validate_identifiers
        )
        kwargs: dict[str, Any] = operation.module._get_kwargs(**prepared)
        return kwargs

    def _long_poll_timeout(self, wait_seconds: int | None) -> httpx.Timeout | None:
        if not wait_seconds:
            return None
        base = self._settings.timeout
        read = None if base.read is None else base.read + wait_seconds
        return httpx.Timeout(base.connect, read=read, write=base.write, pool=base.pool)

    def _wait_timeout(
        self, wait_seconds: int | None, remaining: float
    ) -> httpx.Timeout:
        """Return the timeout of one read in a refresh wait, ending near the deadline.

        A held long poll needs ``wait_seconds`` more than a plain read; no read may
        outlast the wait's deadline by more than one second.
        """
        base = self._settings.timeout
        limit = max(remaining, 0.0) + 1.0
        read = limit if base.read is None else base.read + (wait_seconds or 0)
        connect = limit if base.connect is None else base.connect
        return httpx.Timeout(
            min(connect, limit),
            read=min(read, limit),
            write=base.write,
            pool=min(base.pool, limit) if base.pool is not None else limit,
        )

    def _stream_body(self, model: str, filters: Mapping[str, Any]) -> Any:
        """Return the Post Stream Records body of ``filters`` given as GET arguments."""
        from mgbi_api.models import StreamQuery

        query_operation = _operations.operation_for(model, "stream_records")
        params = self._request_kwargs(query_operation, filters).get("params", {})
        return StreamQuery.from_dict(params)

    def _waiter(self, order_id: str, timeout: float, long_poll: bool) -> RefreshWaiter:
        return RefreshWaiter(
            order_id=check_order_id(order_id),
            timeout=timeout,
            rules=self.status_rules,
            clock=self._settings.clock,
            rng=self._settings.rng or random.Random(),
            long_poll=long_poll,
        )
