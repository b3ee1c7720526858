"""Assemble the ASGI application: routes for every operation, auth and errors."""

from __future__ import annotations

import functools
import http
import logging
from collections.abc import Awaitable, Callable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp

from . import routes
from .config import FILE_MODEL_IDS, MODEL_IDS, SandboxConfig
from .errors import ApiError, detail, unauthorized
from .middleware import FaultMiddleware
from .state import SandboxState

logger = logging.getLogger("mgbi.sandbox")

ModelHandler = Callable[[SandboxState, Request, str], Awaitable[Response]]
Handler = Callable[[SandboxState, Request], Awaitable[Response]]


def create_app(
    config: SandboxConfig | None = None, state: SandboxState | None = None
) -> ASGIApp:
    """Return the sandbox ASGI app for `state` (a new state from `config` if not given).

    The returned app is the fault middleware around Starlette. Give it to uvicorn as
    it is, because connection faults need uvicorn's own `send`.
    """
    if state is None:
        state = SandboxState(config or SandboxConfig())

    app = Starlette(
        routes=_routes(state),
        exception_handlers={HTTPException: _http_exception},  # type: ignore[dict-item]
    )
    return FaultMiddleware(app, state)


def _routes(state: SandboxState) -> list[Route]:
    table: list[Route] = []
    for model in MODEL_IDS:
        base = f"/v1/models/{model}"

        def add(
            path: str, handler: ModelHandler, methods: list[str], model: str = model
        ) -> None:
            endpoint = _endpoint(state, functools.partial(_with_model, handler, model))
            table.append(Route(path, endpoint, methods=methods))

        add(f"{base}/records", routes.get_records, ["GET"])
        add(f"{base}/records/{{id}}", routes.get_record_by_id, ["GET"])
        add(f"{base}/stream", routes.stream_records, ["GET", "POST"])
        add(f"{base}/limits", routes.get_limits, ["GET"])
        add(f"{base}/projections", routes.get_projections, ["GET"])
        add(base, routes.get_model_info, ["GET"])
        if model in FILE_MODEL_IDS:
            add(
                f"{base}/records/{{id}}/files/{{file_key}}",
                routes.download_file,
                ["GET"],
            )
        if model == "pl-krs-rdf-record":
            add(f"{base}/type-enum-values", routes.get_type_enum_values, ["GET"])
        if model == "pl-mgbi-lu-record":
            add(f"{base}/category", routes.get_category, ["GET"])

    table.append(
        Route("/v1/refresh", _endpoint(state, routes.create_refresh), methods=["POST"])
    )
    table.append(
        Route("/v1/refresh/{id}", _endpoint(state, routes.get_refresh), methods=["GET"])
    )
    return table


async def _with_model(
    handler: ModelHandler, model: str, state: SandboxState, request: Request
) -> Response:
    return await handler(state, request, model)


def _endpoint(
    state: SandboxState, handler: Handler
) -> Callable[[Request], Awaitable[Response]]:
    """Wrap `handler` with the key check and turn ApiError into its response."""

    async def endpoint(request: Request) -> Response:
        try:
            if request.headers.get("authorization") != state.config.key:
                raise unauthorized()
            return await handler(state, request)
        except ApiError as exc:
            # The message names the path and the error, never the request headers.
            level = logging.ERROR if exc.status >= 500 else logging.INFO
            path = request.url.path
            logger.log(
                level, "%s %s rejected: %s %s", request.method, path, exc, exc.details
            )
            return exc.to_response()

    return endpoint


async def _http_exception(request: Request, exc: HTTPException) -> Response:
    # Unknown paths (404) and wrong methods (405) get the ErrorBody shape as well.
    phrase = http.HTTPStatus(exc.status_code).phrase
    message = f"{request.method} {request.url.path}: {phrase}"
    error = ApiError(
        exc.status_code, phrase, [detail(("path",), message, "route")], exc.headers
    )
    return error.to_response()
