"""Handlers of the API operations. Each takes the state, the request and the model."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from . import catalog
from .errors import invalid_object_id, not_found, validation_error
from .files import html_document, pdf_document
from .filters import OBJECT_ID_PATTERN, RecordQuery, parse_paging, parse_record_query
from .loader import BASE_URL_TOKEN, FILE_GROUP, FILE_VARIANTS
from .quotas import download_charges, get_record_charges, get_records_charges
from .state import SandboxState
from .streams import choose_format, stream_body
from .templates import dump_json, lookup, select_fields

# One documentation example uses the file key `main_document` for the original.
FILE_KEY_ALIASES = {"main_document": "main_document_uri"}

# JSON types of the properties of StreamQuery, the Post Stream Records body. A test in
# tests/contract compares this table with openapi.yaml.
STREAM_QUERY_TYPES = {
    "media_type": "string",
    "last_update_datetime_from": "string",
    "last_update_datetime_to": "string",
    "identifiers.pl_krs": "string",
    "identifiers.pl_nip": "string",
    "identifiers.pl_regon": "string",
    "identifiers.pl_pesel": "string",
    "version.from_datetime": "string",
    "version.to_datetime": "string",
    "version.latest": "boolean",
    "projection": "string",
    "content": "array",
    "refresh_id": "string",
}


def json_response(request: Request, body: Any, status: int = 200) -> Response:
    """Return `body` as JSON, with stored URLs pointing at this server."""
    text = body if isinstance(body, str) else dump_json(body)
    return Response(
        _with_base_url(request, text), status_code=status, media_type="application/json"
    )


async def get_records(state: SandboxState, request: Request, model: str) -> Response:
    """Get Records: one page of matching records with the total count."""
    params = _query_lists(request)
    paging = parse_paging(
        params, state.config.default_page_size, state.config.max_page_size
    )
    query = parse_record_query(params, "query")
    fields = _selected_fields(model, query)
    state.quotas.check(model, get_records_charges(0))

    store = state.store[model]
    if query.is_empty():
        count = len(store)
        positions = list(
            range(min(paging.offset, count), min(paging.offset + paging.size, count))
        )
    else:
        matched = list(store.positions(query))
        count = len(matched)
        positions = matched[paging.offset : paging.offset + paging.size]

    state.quotas.charge(model, get_records_charges(len(positions)))

    if fields:
        records = [dump_json(select_fields(store.record(p), fields)) for p in positions]
    else:
        records = [store.record_json(p) for p in positions]
    pages = math.ceil(count / paging.size)
    text = f'{{"count":{count},"pages":{pages},"results":[{",".join(records)}]}}'
    return json_response(request, text)


async def get_record_by_id(
    state: SandboxState, request: Request, model: str
) -> Response:
    """Get Record By Id."""
    record_id = _record_id(request)
    store = state.store[model]
    position = store.find(record_id)
    if position is None:
        raise not_found("record", record_id)

    fields = _selected_fields(model, parse_record_query(_query_lists(request), "query"))
    state.quotas.charge(model, get_record_charges())
    if fields:
        return json_response(request, select_fields(store.record(position), fields))
    return json_response(request, store.record_json(position))


async def stream_records(state: SandboxState, request: Request, model: str) -> Response:
    """Stream Records (filters in the query) and Post Stream Records (in the body)."""
    if request.method == "POST":
        params, location = _body_lists(await _json_body(request)), "body"
    else:
        params, location = _query_lists(request), "query"

    query = parse_record_query(params, location)
    fields = _selected_fields(model, query)
    stream_format = choose_format(model, query.media_type, state.config)
    store = state.store[model]
    body = stream_body(
        store, store.positions(query), stream_format, fields, _base_url(request)
    )
    return StreamingResponse(body, media_type=stream_format.media_type)


async def get_limits(state: SandboxState, request: Request, model: str) -> Response:
    """Get Limits: the maximum and the used value of every counter."""
    return json_response(
        request, {"max": state.quotas.maxima(model), "used": state.quotas.used(model)}
    )


async def get_projections(
    state: SandboxState, request: Request, model: str
) -> Response:
    """Get Projections, optionally only those that the operation in `where` accepts."""
    where = request.query_params.get("where")
    projections = catalog.projections(model)
    if where:
        projections = {
            name: p for name, p in projections.items() if where in p.get("where", [])
        }
    return json_response(request, projections)


async def get_model_info(state: SandboxState, request: Request, model: str) -> Response:
    """Get Model Info."""
    return json_response(request, catalog.model_info(model, len(state.store[model])))


async def get_type_enum_values(
    state: SandboxState, request: Request, model: str
) -> Response:
    """Get Type Enum Values of pl-krs-rdf-record: the known document types."""
    return json_response(request, list(catalog.DOCUMENT_TYPES))


async def get_category(state: SandboxState, request: Request, model: str) -> Response:
    """Get Category of pl-mgbi-lu-record: the notice categories."""
    return json_response(request, list(catalog.LU_CATEGORIES))


async def download_file(state: SandboxState, request: Request, model: str) -> Response:
    """Download File By Id: the file body with type, length and name in the headers."""
    record_id = _record_id(request)
    file_key = request.path_params["file_key"]
    store = state.store[model]
    position = store.find(record_id)
    if position is None:
        raise not_found("record", record_id)

    record = store.record(position)
    variant = _file_variant(record, FILE_KEY_ALIASES.get(file_key, file_key))
    if variant is None:
        raise not_found("file", file_key, ("path", "file_key"))

    state.quotas.charge(model, download_charges())
    name, content_type = variant
    title = f"{model} {record_id} {name}"
    lines = [title, f"Synthetic document served by the MGBI sandbox ({content_type})."]
    if content_type == "text/html":
        body, extension = html_document(title, lines), "html"
    else:
        body, extension = pdf_document(lines), "pdf"
    disposition = f'attachment; filename="{record_id}_{name}.{extension}"'
    return Response(
        body, media_type=content_type, headers={"Content-Disposition": disposition}
    )


async def create_refresh(state: SandboxState, request: Request) -> Response:
    """Create Refresh: 201 with the new, pending order."""
    order = state.refresh.create(await _json_body(request))
    return json_response(request, order.to_body(), status=201)


async def get_refresh(state: SandboxState, request: Request) -> Response:
    """Get Refresh, holding the request up to `wait_seconds` while the order runs."""
    order_id = request.path_params["id"]
    if not OBJECT_ID_PATTERN.match(order_id):
        raise invalid_object_id()
    wait_seconds = _wait_seconds(request)
    order = state.refresh.get(order_id)

    if state.config.long_poll and wait_seconds:
        timeout = min(float(wait_seconds), state.config.max_wait_seconds)
        await state.refresh.wait(order, timeout, state.stopping_event())
    return json_response(request, order.to_body())


def _record_id(request: Request) -> str:
    record_id: str = request.path_params["id"]
    if not OBJECT_ID_PATTERN.match(record_id):
        raise invalid_object_id()
    return record_id


def _wait_seconds(request: Request) -> int:
    text = request.query_params.get("wait_seconds")
    if text is None:
        return 0
    try:
        value = int(text)
    except ValueError as exc:
        raise validation_error(
            ("query", "wait_seconds"), f"Invalid integer {text!r}"
        ) from exc
    if value < 0:
        message = "Input should be greater than or equal to 0"
        raise validation_error(("query", "wait_seconds"), message, "greater_than_equal")
    return value


def _selected_fields(model: str, query: RecordQuery) -> list[str]:
    fields = list(query.fields)
    if query.projection is not None:
        projection = catalog.projections(model).get(query.projection)
        if projection is None:
            names = ", ".join(catalog.projections(model))
            message = f"Unknown projection {query.projection!r}. Use one of {names}"
            raise validation_error(("query", "projection"), message)
        fields.extend(projection.get("content", []))
    return fields


def _file_variant(record: Mapping[str, Any], file_key: str) -> tuple[str, str] | None:
    variants = lookup(record, f"files.{FILE_GROUP}") or {}
    for key, name, content_type in FILE_VARIANTS:
        variant = variants.get(name)
        if key == file_key and isinstance(variant, Mapping):
            return name, str(variant.get("content_type") or content_type)
    return None


def _query_lists(request: Request) -> dict[str, list[str]]:
    params = request.query_params
    return {name: params.getlist(name) for name in params}


async def _json_body(request: Request) -> Any:
    raw = await request.body()
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise validation_error(
            ("body",), f"Invalid JSON body: {exc}", "json_invalid"
        ) from exc


def _body_lists(body: Any) -> dict[str, list[str]]:
    if not isinstance(body, dict):
        raise validation_error(
            ("body",), "Expected a JSON object of filters", "dict_type"
        )
    params: dict[str, list[str]] = {}
    for name, value in body.items():
        _check_stream_query_type(name, value)
        values = value if isinstance(value, list) else [value]
        params[name] = [_as_text(item) for item in values if item is not None]
    return params


def _check_stream_query_type(name: str, value: Any) -> None:
    """Reject a StreamQuery field whose JSON type differs from openapi.yaml.

    None of the documented fields is nullable. Other fields may hold any value, because
    the schema allows additional properties.
    """
    expected = STREAM_QUERY_TYPES.get(name)
    if expected is None:
        return
    if expected == "boolean":
        valid = isinstance(value, bool)
    elif expected == "array":
        valid = isinstance(value, list) and all(isinstance(v, str) for v in value)
    else:
        valid = isinstance(value, str)
    if not valid:
        description = "an array of strings" if expected == "array" else f"a {expected}"
        message = f"Invalid {name} {value!r}: expected {description}"
        raise validation_error(("body", name), message, f"{expected}_type")


def _as_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _with_base_url(request: Request, text: str) -> str:
    return text.replace(BASE_URL_TOKEN, _base_url(request))
