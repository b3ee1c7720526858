"""Sending requests with retries, and turning failures into mgbi errors.

This is the one place where httpx exceptions and error statuses become the exceptions in
:mod:`mgbi.errors`. The sync and async senders share every decision and differ only in
the I/O calls.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx

from mgbi import _retry
from mgbi._config import Settings
from mgbi.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    RateLimitError,
    TransportError,
    error_for_status,
)

logger = logging.getLogger("mgbi")

USER_AGENT = "mgbi-client/0.1"
# Error bodies are read for the exception; a larger one is cut to this many bytes.
MAX_ERROR_BODY_BYTES = 64 * 1024


def build_headers(settings: Settings) -> dict[str, str]:
    """Return the headers sent with every request: the bare key, no ``Bearer`` word."""
    return {"Authorization": settings.api_key, "User-Agent": USER_AGENT}


def transport_error(
    error: httpx.TransportError, request: httpx.Request, *, idempotent: bool = True
) -> TransportError:
    """Translate an httpx transport error into the matching mgbi error.

    For a request that charges quota (``idempotent=False``) the message warns that the
    server may have processed it, because resending could charge twice.
    """
    method, url = request.method, str(request.url)
    if idempotent:
        advice = "try again later"
    else:
        advice = (
            "the server may have processed the request and charged for it, so check "
            "before sending it again (for a refresh order, the refresh counter of "
            "get_limits)"
        )
    if isinstance(error, httpx.TimeoutException):
        kind = type(error).__name__
        return APITimeoutError(
            f"{method} {url} timed out ({kind}); raise the client's timeout= or "
            f"{advice}",
            method=method,
            url=url,
        )
    return APIConnectionError(
        f"{method} {url} failed: {type(error).__name__}: {error}; {advice}",
        method=method,
        url=url,
    )


def status_error(
    response: httpx.Response, body_bytes: bytes, request: httpx.Request
) -> APIStatusError:
    """Build the exception for an error response whose body was read."""
    body: Any
    try:
        body = json.loads(body_bytes) if body_bytes else None
    except ValueError:
        body = body_bytes.decode("utf-8", errors="replace")
    error = error_for_status(
        status_code=response.status_code,
        body=body,
        method=request.method,
        url=str(request.url),
        headers=response.headers,
    )
    if isinstance(error, RateLimitError):
        error.retry_after = _retry.parse_retry_after(
            response.headers.get("Retry-After")
        )
        if error.retry_after is not None:
            error.args = (
                f"{error.args[0]}. The server asked to wait {error.retry_after:.0f} s "
                "(Retry-After) before trying again.",
            )
    if 300 <= response.status_code < 400:
        location = response.headers.get("Location", "")
        error.args = (
            f"{error.args[0]}. The server redirected to {location!r}, and the client "
            "does not follow redirects; check base_url (https:// rather than http://).",
        )
    return error


def delay_after_transport_error(
    settings: Settings,
    error: httpx.TransportError,
    request: httpx.Request,
    *,
    attempt: int,
    max_retries: int,
    idempotent: bool,
) -> float | None:
    """Return the sleep before retrying after ``error``, or None to give up."""
    if attempt >= max_retries:
        return None
    reason = _retry.transport_retry_reason(error, idempotent=idempotent)
    if reason is None:
        return None
    delay = _retry.backoff_delay(settings.retry, attempt, settings.rng)
    _log_retry(request, reason, delay, attempt, max_retries)
    return delay


def delay_after_status(
    settings: Settings,
    response: httpx.Response,
    request: httpx.Request,
    *,
    attempt: int,
    max_retries: int,
    idempotent: bool,
) -> float | None:
    """Return the sleep before retrying after an error status, or None to give up."""
    if attempt >= max_retries:
        return None
    reason = _retry.status_retry_reason(response.status_code, idempotent=idempotent)
    if reason is None:
        return None
    retry_after = _retry.parse_retry_after(response.headers.get("Retry-After"))
    delay = _retry.status_retry_delay(
        settings.retry, attempt, retry_after, settings.rng
    )
    if delay is None:
        logger.info(
            "not retrying %s %s: Retry-After %.1f s is over the %.1f s cap",
            request.method,
            request.url,
            retry_after,
            settings.retry.retry_after_max,
        )
        return None
    _log_retry(request, reason, delay, attempt, max_retries)
    return delay


def _log_retry(
    request: httpx.Request, reason: str, delay: float, attempt: int, max_retries: int
) -> None:
    logger.info(
        "retrying %s %s in %.2f s (retry %d of %d): %s",
        request.method,
        request.url,
        delay,
        attempt + 1,
        max_retries,
        reason,
    )


def _log_response(request: httpx.Request, response: httpx.Response) -> None:
    logger.debug("%s %s -> %d", request.method, request.url, response.status_code)


def is_success(response: httpx.Response) -> bool:
    """Return True for a 2xx status; every other status, redirects included, fails."""
    return 200 <= response.status_code < 300


class SyncSender:
    """Sends requests through one ``httpx.Client`` with the retry policy."""

    def __init__(self, settings: Settings, http_client: httpx.Client) -> None:
        self.settings = settings
        self.http = http_client

    def send(
        self,
        request: httpx.Request,
        *,
        idempotent: bool,
        max_retries: int,
        stream: bool = False,
    ) -> httpx.Response:
        """Send ``request`` and return a successful response.

        With ``stream=True`` the body is left unread and the caller must close the
        response; otherwise the body is read.
        """
        attempt = 0
        while True:
            try:
                response = self._attempt(request, stream)
            except httpx.TransportError as error:
                delay = delay_after_transport_error(
                    self.settings,
                    error,
                    request,
                    attempt=attempt,
                    max_retries=max_retries,
                    idempotent=idempotent,
                )
                if delay is None:
                    raise transport_error(
                        error, request, idempotent=idempotent
                    ) from error
                self.settings.sleep(delay)
                attempt += 1
                continue

            if is_success(response):
                return response
            body = self._read_error_body(response)
            delay = delay_after_status(
                self.settings,
                response,
                request,
                attempt=attempt,
                max_retries=max_retries,
                idempotent=idempotent,
            )
            if delay is None:
                raise status_error(response, body, request)
            self.settings.sleep(delay)
            attempt += 1

    def _attempt(self, request: httpx.Request, stream: bool) -> httpx.Response:
        """Send once; read a successful body unless streaming."""
        response = self.http.send(request, stream=True)
        _log_response(request, response)
        if is_success(response) and not stream:
            try:
                response.read()
            finally:
                response.close()
        return response

    @staticmethod
    def _read_error_body(response: httpx.Response) -> bytes:
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                chunks.append(chunk)
                size += len(chunk)
                if size >= MAX_ERROR_BODY_BYTES:
                    break
        except httpx.TransportError:
            pass
        finally:
            response.close()
        return b"".join(chunks)[:MAX_ERROR_BODY_BYTES]


class AsyncSender:
    """Sends requests through one ``httpx.AsyncClient`` with the retry policy."""

    def __init__(self, settings: Settings, http_client: httpx.AsyncClient) -> None:
        self.settings = settings
        self.http = http_client

    async def send(
        self,
        request: httpx.Request,
        *,
        idempotent: bool,
        max_retries: int,
        stream: bool = False,
    ) -> httpx.Response:
        """Send ``request`` and return a successful response (see SyncSender.send)."""
        attempt = 0
        while True:
            try:
                response = await self._attempt(request, stream)
            except httpx.TransportError as error:
                delay = delay_after_transport_error(
                    self.settings,
                    error,
                    request,
                    attempt=attempt,
                    max_retries=max_retries,
                    idempotent=idempotent,
                )
                if delay is None:
                    raise transport_error(
                        error, request, idempotent=idempotent
                    ) from error
                await self.settings.async_sleep(delay)
                attempt += 1
                continue

            if is_success(response):
                return response
            body = await self._read_error_body(response)
            delay = delay_after_status(
                self.settings,
                response,
                request,
                attempt=attempt,
                max_retries=max_retries,
                idempotent=idempotent,
            )
            if delay is None:
                raise status_error(response, body, request)
            await self.settings.async_sleep(delay)
            attempt += 1

    async def _attempt(self, request: httpx.Request, stream: bool) -> httpx.Response:
        """Send once; read a successful body unless streaming."""
        response = await self.http.send(request, stream=True)
        _log_response(request, response)
        if is_success(response) and not stream:
            try:
                await response.aread()
            finally:
                await response.aclose()
        return response

    @staticmethod
    async def _read_error_body(response: httpx.Response) -> bytes:
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in response.aiter_bytes():
                chunks.append(chunk)
                size += len(chunk)
                if size >= MAX_ERROR_BODY_BYTES:
                    break
        except httpx.TransportError:
            pass
        finally:
            await response.aclose()
        return b"".join(chunks)[:MAX_ERROR_BODY_BYTES]
