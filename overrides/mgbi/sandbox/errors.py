"""Error responses in the API's documented error body shape.

Every error body has the form `{"error": <text>, "details": [<detail>, ...]}`, where a
detail is `{"loc": [...], "msg": <text>, "type": <text>}`. Only the validation error
for a malformed id is documented; the other texts are the sandbox's own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from starlette.responses import JSONResponse

VALIDATION_ERROR = "Validation error"


class ApiError(Exception):
    """An error response that a route handler raises and the app turns into JSON."""

    def __init__(
        self,
        status: int,
        error: str,
        details: Sequence[Mapping[str, Any]] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {error}")
        self.status = status
        self.error = error
        self.details = [dict(detail) for detail in details]
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        """Return the ErrorBody of this error."""
        return {"error": self.error, "details": self.details}

    def to_response(self) -> JSONResponse:
        """Return the JSON response that carries this error."""
        return JSONResponse(self.body(), status_code=self.status, headers=self.headers)


def detail(
    location: Sequence[str | int], message: str, kind: str = "value_error"
) -> dict[str, Any]:
    """Return one ErrorDetail."""
    return {"loc": list(location), "msg": message, "type": kind}


def validation_error(
    location: Sequence[str | int], message: str, kind: str = "value_error"
) -> ApiError:
    """Return a 400 validation error about the value at `location`."""
    return ApiError(400, VALIDATION_ERROR, [detail(location, message, kind)])


def invalid_object_id(location: Sequence[str | int] = ("path", "id")) -> ApiError:
    """Return the documented error for a malformed 24-hex-digit id."""
    return validation_error(location, "Invalid objectid")


def not_found(
    what: str, value: str, location: Sequence[str | int] = ("path", "id")
) -> ApiError:
    """Return a 404 error naming the missing record, file or order."""
    return ApiError(
        404, "Not found", [detail(location, f"{what} {value!r} not found", "not_found")]
    )


def unauthorized() -> ApiError:
    """Return the 401 error for a missing or wrong key."""
    message = (
        "missing or invalid subscription key;"
        " send the bare key in the Authorization header"
    )
    return ApiError(
        401,
        "Unauthorized",
        [detail(("header", "Authorization"), message, "auth_error")],
    )
