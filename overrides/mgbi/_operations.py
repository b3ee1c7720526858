"""Preparing the arguments of a generated operation, and parsing its response.

The generated modules build the request (``_get_kwargs``) and parse the response
(``_build_response``). The mgbi clients send the request themselves, so that
retries, timeouts and error translation live in one place. Both hooks are private
names in code from the pinned openapi-python-client version, and ``make
check-generated`` catches a change to them.
"""

from __future__ import annotations

import datetime
import difflib
import functools
import importlib
import inspect
import re
import typing
from collections.abc import Iterable, Mapping
from types import ModuleType
from typing import Any

import attrs
import httpx
import orjson

from mgbi.errors import DecodeError, InvalidInputError, UnexpectedStatusError
from mgbi.identifiers import normalize_identifier
from mgbi.models import MODELS_BY_KEY, get_model
from mgbi_api.errors import UnexpectedStatus

_OBJECT_ID = re.compile(r"^[0-9a-fA-F]{24}$")
_REFRESH_OPERATIONS = {"create_refresh", "get_refresh"}
# Arguments that must be whole numbers of at least this value.
_MINIMUM = {"page": 1, "per_page": 1, "limit": 1, "offset": 0, "wait_seconds": 0}


@attrs.frozen
class Operation:
    """A generated operation and how the client treats it.

    Attributes:
        name: The operationId, such as ``krs_wp_get_records``.
        module: The generated module.
        idempotent: False only for Create Refresh, which charges quota per call.
        returns_json: False for file downloads.
    """

    name: str
    module: ModuleType

    @property
    def idempotent(self) -> bool:
        """Return whether sending the request twice can do no harm."""
        return self.name != "create_refresh"

    @property
    def returns_json(self) -> bool:
        """Return whether a successful response is JSON."""
        return not self.name.endswith("_download_file")


def resolve_operation(operation: str | ModuleType) -> Operation:
    """Return the Operation for an operationId or a generated module."""
    if isinstance(operation, ModuleType):
        name = operation.__name__.rsplit(".", 1)[-1]
        if not hasattr(operation, "_get_kwargs"):
            raise InvalidInputError(
                f"{operation.__name__} is not a generated operation module"
            )
        return Operation(name, operation)
    if not isinstance(operation, str):
        raise InvalidInputError(
            f"operation must be an operationId or a generated module, got {operation!r}"
        )
    if operation in _REFRESH_OPERATIONS:
        module = importlib.import_module(f"mgbi_api.api.refresh.{operation}")
        return Operation(operation, module)
    for key in sorted(MODELS_BY_KEY, key=len, reverse=True):
        if operation.startswith(key + "_"):
            info = MODELS_BY_KEY[key]
            return Operation(
                operation, info.operation_module(operation.removeprefix(key + "_"))
            )
    raise InvalidInputError(
        f"unknown operation {operation!r}; operation ids look like "
        "'krs_wp_get_records' or 'create_refresh'"
    )


def operation_for(model: str, operation: str) -> Operation:
    """Return the Operation ``operation`` (such as ``get_records``) of ``model``."""
    info = get_model(model)
    return Operation(f"{info.key}_{operation}", info.operation_module(operation))


@functools.cache
def _parameters(module: ModuleType) -> Mapping[str, inspect.Parameter]:
    """Return the parameters of a generated module's ``_get_kwargs``, read once."""
    return inspect.signature(module._get_kwargs).parameters


def _suggest(name: str, accepted: Iterable[str]) -> str:
    """Return a "did you mean" hint for an unknown argument name, or an empty string."""
    names = list(accepted)
    candidates = [f"identifiers_pl_{name}"] if f"identifiers_pl_{name}" in names else []
    dotted = name.replace(".", "_")
    if dotted != name and dotted in names:
        candidates.append(dotted)
    candidates += difflib.get_close_matches(name, names, n=2, cutoff=0.7)
    unique = list(dict.fromkeys(candidates))
    return f" (did you mean {' or '.join(unique)}?)" if unique else ""


def prepare_arguments(
    operation: Operation, arguments: Mapping[str, Any], *, check_identifiers: bool
) -> dict[str, Any]:
    """Check and normalize the arguments of ``operation`` before anything is sent."""
    parameters = _parameters(operation.module)
    unknown = [name for name in arguments if name not in parameters]
    if unknown:
        hints = "".join(_suggest(name, parameters) for name in unknown)
        raise InvalidInputError(
            f"{operation.name} got unknown argument(s) {', '.join(unknown)}{hints}; "
            f"it accepts: {', '.join(parameters)}"
        )
    missing = [
        name
        for name, parameter in parameters.items()
        if parameter.default is inspect.Parameter.empty and name not in arguments
    ]
    if missing:
        raise InvalidInputError(
            f"{operation.name} is missing required argument(s) {', '.join(missing)}"
        )

    prepared: dict[str, Any] = {}
    for name, value in arguments.items():
        prepared[name] = _prepare_value(name, value, check_identifiers)
        _check_type(name, prepared[name], parameters[name].annotation)
    return prepared


def _prepare_value(name: str, value: Any, check_identifiers: bool) -> Any:
    if name.startswith("identifiers_pl_"):
        return normalize_identifier(name, value, check=check_identifiers)
    if name in _MINIMUM:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInputError(f"{name} must be an int, got {value!r}")
        if value < _MINIMUM[name]:
            raise InvalidInputError(
                f"invalid {name} {value}: expected {_MINIMUM[name]} or more"
            )
    if name in ("id", "refresh_id") and not (
        isinstance(value, str) and _OBJECT_ID.match(value)
    ):
        raise InvalidInputError(f"invalid {name} {value!r}: expected 24 hex digits")
    if name == "content" and isinstance(value, str):
        return [value]
    if name == "file_key" and (not isinstance(value, str) or not value):
        raise InvalidInputError(
            f"invalid file_key {value!r}: expected a non-empty string"
        )
    if isinstance(value, datetime.datetime) and value.tzinfo is None:
        raise InvalidInputError(
            f"{name} {value!r} has no time zone; pass an aware datetime, such as "
            "datetime(2025, 1, 1, tzinfo=timezone.utc)"
        )
    return value


def _accepted_types(annotation: Any) -> tuple[type, ...]:
    """Return the runtime types a generated annotation allows, without Unset."""
    accepted = []
    for member in typing.get_args(annotation) or (annotation,):
        origin = typing.get_origin(member) or member
        if isinstance(origin, type) and origin.__name__ != "Unset":
            accepted.append(origin)
    return tuple(accepted)


def _check_type(name: str, value: Any, annotation: Any) -> None:
    """Raise InvalidInputError when ``value`` is not of the annotated type."""
    accepted = _accepted_types(annotation)
    if not accepted or value is None:
        return
    is_bool_for_int = isinstance(value, bool) and bool not in accepted
    if isinstance(value, accepted) and not is_bool_for_int:
        if isinstance(value, list) and not all(isinstance(item, str) for item in value):
            raise InvalidInputError(f"{name} must be a list of strings, got {value!r}")
        return
    expected = " or ".join(sorted(kind.__name__ for kind in accepted))
    raise InvalidInputError(
        f"{name} must be of type {expected}, got {type(value).__name__} {value!r}"
    )


def is_json_content_type(content_type: str | None) -> bool:
    """Return True for ``application/json``, ``*+json`` and a missing content type."""
    if not content_type:
        return True
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


class _DecodedResponse:
    """The parts of a response that generated ``_parse_response`` reads, body decoded.

    orjson decoded a 213 KB page of KRS extracts in 0.49 ms against 1.22 ms for the json
    module (2-core benchmark machine, docs/benchmarks.md), so the client decodes the
    body itself and hands the result over.
    """

    __slots__ = ("_data", "content", "status_code")

    def __init__(self, response: httpx.Response, data: Any) -> None:
        self.status_code = response.status_code
        self.content = response.content
        self._data = data

    def json(self) -> Any:
        return self._data


def parse_response(
    operation: Operation, response: httpx.Response, generated_client: Any
) -> Any:
    """Return the parsed body of a successful response, or raise DecodeError."""
    request = response.request
    content_type = response.headers.get("Content-Type")
    if operation.returns_json and not is_json_content_type(content_type):
        raise DecodeError.for_response(
            response, f"returned content type {content_type!r} where JSON was expected"
        )
    try:
        if operation.returns_json:
            decoded = _DecodedResponse(response, orjson.loads(response.content))
            parsed = operation.module._parse_response(
                client=generated_client, response=decoded
            )
        else:
            parsed = operation.module._build_response(
                client=generated_client, response=response
            ).parsed
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        # ValueError: invalid JSON or a bad date; the others: a body of another shape.
        raise DecodeError.for_response(
            response,
            "returned a body that is not valid JSON of the documented shape "
            f"({type(error).__name__}: {error})",
        ) from error
    except UnexpectedStatus as error:
        raise UnexpectedStatusError(
            f"{request.method} {request.url} returned status "
            f"{response.status_code}, which the spec does not list",
            status_code=response.status_code,
            body=response.text[:2000],
            method=request.method,
            url=str(request.url),
            headers=response.headers,
        ) from error
    return parsed
