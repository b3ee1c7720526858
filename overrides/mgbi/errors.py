"""Exceptions raised by the mgbi client.

Every failure of a call made through :mod:`mgbi` raises a :class:`MGBIError`::

    MGBIError
    ├── ConfigurationError        the client cannot be built (no key, bad base URL)
    ├── ClientClosedError         a call on a client that was closed
    ├── InvalidInputError         bad arguments, found before any request is sent
    ├── TransportError            no usable HTTP response
    │   ├── APIConnectionError    connecting or sending failed
    │   └── APITimeoutError       the server did not answer in time
    ├── APIStatusError            the server responded with an error status
    │   ├── BadRequestError       400, with the validation details
    │   ├── AuthenticationError   401
    │   ├── PermissionDeniedError 403
    │   ├── NotFoundError         404
    │   ├── RateLimitError        429, also used when a quota is used up
    │   ├── ServerError           5xx
    │   └── UnexpectedStatusError any other status the spec does not list
    ├── DecodeError               a body that is not what the spec describes
    ├── QuotaError                a refresh batch would pass the `refresh` quota
    └── RefreshError              a refresh order did not finish well
        ├── RefreshFailedError    the order ended in a failure status
        └── RefreshTimeoutError   the order was still unfinished at the deadline

The API key never appears in these exceptions: they carry the method and URL of the
request, never its headers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "DecodeError",
    "InvalidInputError",
    "MGBIError",
    "NotFoundError",
    "PermissionDeniedError",
    "QuotaError",
    "RateLimitError",
    "RefreshError",
    "RefreshFailedError",
    "RefreshTimeoutError",
    "ServerError",
    "TransportError",
    "UnexpectedStatusError",
    "error_for_status",
]


class MGBIError(Exception):
    """Base of every exception raised by the mgbi client.

    Every subclass pickles and copies with its attributes, so an error raised in a
    worker process reaches the parent intact.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_error, (type(self), self.args, self.__dict__))


def _rebuild_error(
    error_class: type[MGBIError], args: tuple[Any, ...], state: dict[str, Any]
) -> MGBIError:
    """Recreate an error from its message and attributes, skipping its __init__."""
    error = error_class.__new__(error_class)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class ConfigurationError(MGBIError, ValueError):
    """The client's settings are missing or invalid."""


class ClientClosedError(MGBIError, RuntimeError):
    """The client was closed; create a new one or use it inside its ``with`` block."""


class InvalidInputError(MGBIError, ValueError):
    """An argument is invalid; no request was sent."""


class TransportError(MGBIError):
    """The request got no usable HTTP response.

    Attributes:
        method: HTTP method of the request.
        url: URL of the request.
    """

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class APIConnectionError(TransportError):
    """Connecting to the server or sending the request failed."""


class APITimeoutError(TransportError):
    """The server did not respond within the timeout."""


class APIStatusError(MGBIError):
    """The server responded with an error status.

    Attributes:
        status_code: HTTP status of the response.
        body: The parsed JSON body, or the text when the body is not JSON.
        error: The body's ``error`` field, when it has one.
        details: The body's ``details`` list, empty when it has none.
        method: HTTP method of the request.
        url: URL of the request.
        headers: Response headers.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: Any,
        method: str,
        url: str,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.method = method
        self.url = url
        self.headers: Mapping[str, str] = dict(headers or {})
        self.error: str | None = None
        self.details: list[Any] = []
        if isinstance(body, Mapping):
            error = body.get("error")
            self.error = error if isinstance(error, str) else None
            details = body.get("details")
            if isinstance(details, Sequence) and not isinstance(details, str):
                self.details = list(details)


class BadRequestError(APIStatusError):
    """400: the server rejected the request; ``details`` lists which part and why."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the subscription does not allow the call, or a quota may be used up."""


class NotFoundError(APIStatusError):
    """404: no such record, file or refresh order."""


class RateLimitError(APIStatusError):
    """429: too many requests, or a quota is used up.

    Attributes:
        retry_after: Seconds the server asked to wait, when it sent ``Retry-After``.
    """

    retry_after: float | None = None


class ServerError(APIStatusError):
    """5xx: the server failed."""


class UnexpectedStatusError(APIStatusError):
    """A status that the spec does not list for this operation."""


class DecodeError(MGBIError):
    """A response body that does not match the spec.

    Attributes:
        method: HTTP method of the request.
        url: URL of the request.
        status_code: HTTP status of the response.
        content_type: The response's ``Content-Type`` header.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        status_code: int,
        content_type: str | None,
    ) -> None:
        super().__init__(message)
        self.method = method
        self.url = url
        self.status_code = status_code
        self.content_type = content_type

    @classmethod
    def for_response(cls, response: httpx.Response, problem: str) -> DecodeError:
        """Build the error for ``response``, whose body has ``problem``."""
        request = response.request
        return cls(
            f"{request.method} {request.url} {problem}",
            method=request.method,
            url=str(request.url),
            status_code=response.status_code,
            content_type=response.headers.get("Content-Type"),
        )


class QuotaError(MGBIError):
    """A refresh batch needs more of the `refresh` quota than remains; nothing was sent.

    Attributes:
        model: Model id of the batch.
        counter: Name of the counter that would run out.
        needed: How much of it the batch would use.
        remaining: How much of it remains.
    """

    def __init__(
        self, message: str, *, model: str, counter: str, needed: int, remaining: int
    ) -> None:
        super().__init__(message)
        self.model = model
        self.counter = counter
        self.needed = needed
        self.remaining = remaining


class RefreshError(MGBIError):
    """A refresh order did not finish well.

    Attributes:
        order_id: Id of the refresh order; ``wait_for_refresh(order_id)`` waits again.
        last_status: The order's status at the last read.
        waited: Seconds spent waiting in this call.
        order: The last order read from the server, when there was one.
    """

    def __init__(
        self,
        message: str,
        *,
        order_id: str,
        last_status: str | None,
        waited: float,
        order: Any = None,
    ) -> None:
        super().__init__(message)
        self.order_id = order_id
        self.last_status = last_status
        self.waited = waited
        self.order = order


class RefreshFailedError(RefreshError):
    """The refresh order ended in a failure status."""


class RefreshTimeoutError(RefreshError, TimeoutError):
    """The refresh order was still unfinished when the wait's deadline passed."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


_STATUS_HINTS = {
    401: "Check the API key passed as api_key= or in MGBI_API_KEY.",
    403: "The subscription may not include this model, or a quota may be used up; "
    "check get_limits(model).",
    404: "Check the model, the id and the file key.",
}


def error_for_status(
    *,
    status_code: int,
    body: Any,
    method: str,
    url: str,
    headers: Mapping[str, str] | None = None,
) -> APIStatusError:
    """Build the exception that matches an error response."""
    if status_code in _STATUS_CLASSES:
        error_class = _STATUS_CLASSES[status_code]
    elif 500 <= status_code <= 599:
        error_class = ServerError
    else:
        error_class = UnexpectedStatusError

    summary = _summarize_body(body)
    message = f"{method} {url} failed with status {status_code}"
    if summary:
        message = f"{message}: {summary}"
    hint = _STATUS_HINTS.get(status_code)
    if hint:
        message = f"{message}. {hint}"
    return error_class(
        message,
        status_code=status_code,
        body=body,
        method=method,
        url=url,
        headers=headers,
    )


def _summarize_body(body: Any) -> str:
    """Return one line describing an error body, at most about 300 characters."""
    if isinstance(body, Mapping):
        parts = []
        error = body.get("error")
        if isinstance(error, str):
            parts.append(error)
        details = body.get("details")
        if isinstance(details, list):
            for detail in details[:3]:
                if isinstance(detail, Mapping):
                    location = ".".join(str(item) for item in detail.get("loc", []))
                    parts.append(f"{location}: {detail.get('msg')}")
        if parts:
            return "; ".join(parts)[:300]
    if body in (None, ""):
        return ""
    text = " ".join(str(body).split())
    return text if len(text) <= 200 else text[:200] + "..."
