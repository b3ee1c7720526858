"""Checks around Stream Records bodies, shared by the sync and async clients."""

from __future__ import annotations

import httpx

from mgbi.errors import DecodeError

# Media types a stream body may have: JSON in one of its documented shapes, or
# newline-delimited JSON.
_STREAM_MEDIA_TYPES = frozenset(
    {
        "application/json",
        "application/x-ndjson",
        "application/jsonl",
        "application/ndjson",
    }
)


def check_stream_content_type(response: httpx.Response) -> None:
    """Raise DecodeError when a stream response is neither JSON nor NDJSON."""
    content_type = response.headers.get("Content-Type")
    if not content_type:
        return
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type in _STREAM_MEDIA_TYPES or media_type.endswith("+json"):
        return
    raise DecodeError.for_response(
        response,
        f"returned content type {content_type!r} where a JSON or NDJSON stream "
        "was expected",
    )


def stream_decode_error(response: httpx.Response, error: Exception) -> DecodeError:
    """Return the DecodeError for a stream body that could not be decoded."""
    return DecodeError.for_response(
        response, f"sent a stream body that could not be decoded: {error}"
    )
