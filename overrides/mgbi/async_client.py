"""The asynchronous MGBI client: the same methods as Client, awaited."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterable, Mapping
from types import ModuleType
from typing import Any

import httpx

from mgbi import _http, _operations, downloads
from mgbi._base import (
    WAIT_READ_ERRORS,
    ClientBase,
    RefreshResult,
    check_refresh_quota,
    refresh_request_body,
)
from mgbi._config import NOT_GIVEN, _NotGiven
from mgbi._pagination import DEFAULT_PER_PAGE, PageCursor, check_paging
from mgbi._stream_decoder import StreamDecoder
from mgbi._streaming import check_stream_content_type, stream_decode_error
from mgbi.errors import ConfigurationError
from mgbi.handles import AsyncModelAccess
from mgbi.limits import Quota
from mgbi.models import get_model


class AsyncClient(AsyncModelAccess, ClientBase):
    """Asynchronous client of the MGBI API; see Client for the settings.

    Use it as an async context manager, or await ``aclose()``. Methods that iterate
    (``iter_records``, ``iter_pages``, ``stream_records``, ``post_stream_records``)
    check their arguments at once and return async iterators; the others are awaited.
    """

    _http: httpx.AsyncClient

    def _open_http(self, http_client: object) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(
                "http_client must be an httpx.AsyncClient, got "
                f"{type(http_client).__name__}"
            )
        self._http = http_client or httpx.AsyncClient(
            base_url=self._settings.base_url,
            timeout=self._settings.timeout,
            headers=_http.build_headers(self._settings),
            follow_redirects=False,
        )
        self._sender = _http.AsyncSender(self._settings, self._http)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # Generic operations.

    async def call(
        self,
        operation: str | ModuleType,
        /,
        *,
        max_retries: int | _NotGiven = NOT_GIVEN,
        **arguments: Any,
    ) -> Any:
        """Run any generated operation and return its result (see Client.call)."""
        resolved = _operations.resolve_operation(operation)
        return await self._run(
            resolved, arguments, max_retries=self._retries(max_retries)
        )

    async def _run(
        self,
        operation: _operations.Operation,
        arguments: Mapping[str, Any],
        *,
        max_retries: int,
        timeout: httpx.Timeout | None = None,
    ) -> Any:
        kwargs = self._request_kwargs(operation, arguments)
        request = self._http.build_request(
            **kwargs, timeout=timeout or httpx.USE_CLIENT_DEFAULT
        )
        response = await self._sender.send(
            request, idempotent=operation.idempotent, max_retries=max_retries
        )
        return _operations.parse_response(operation, response, self._generated)

    async def _model_call(self, model: str, operation: str, **arguments: Any) -> Any:
        max_retries = self._retries(arguments.pop("max_retries", NOT_GIVEN))
        resolved = _operations.operation_for(model, operation)
        return await self._run(resolved, arguments, max_retries=max_retries)

    # Records.

    async def get_records(self, model: str, **filters: Any) -> Any:
        """Return one page of records: the model's generated ``<Model>RecordList``."""
        return await self._model_call(model, "get_records", **filters)

    async def get_record(self, model: str, record_id: str, **params: Any) -> Any:
        """Return one record by id; NotFoundError when there is none."""
        return await self._model_call(model, "get_record_by_id", id=record_id, **params)

    def iter_pages(
        self,
        model: str,
        *,
        per_page: int = DEFAULT_PER_PAGE,
        max_records: int | None = None,
        **filters: Any,
    ) -> AsyncIterator[Any]:
        """Iterate over pages of Get Records, for callers who need ``count``."""
        pages = self._pages(model, per_page, max_records, filters)

        async def page_objects() -> AsyncIterator[Any]:
            async for page, _ in pages:
                yield page

        return page_objects()

    def iter_records(
        self,
        model: str,
        *,
        per_page: int = DEFAULT_PER_PAGE,
        max_records: int | None = None,
        **filters: Any,
    ) -> AsyncIterator[Any]:
        """Iterate over every matching record across pages, up to ``max_records``."""
        pages = self._pages(model, per_page, max_records, filters)

        async def records() -> AsyncIterator[Any]:
            async for _, results in pages:
                for record in results:
                    yield record

        return records()

    def _pages(
        self,
        model: str,
        per_page: int,
        max_records: int | None,
        filters: dict[str, Any],
    ) -> AsyncIterator[tuple[Any, list[Any]]]:
        check_paging(filters, per_page, max_records)
        max_retries = self._retries(filters.pop("max_retries", NOT_GIVEN))
        operation = _operations.operation_for(model, "get_records")
        self._request_kwargs(operation, filters)
        return self._page_loop(
            operation, PageCursor(per_page, max_records), filters, max_retries
        )

    async def _page_loop(
        self,
        operation: _operations.Operation,
        cursor: PageCursor,
        filters: dict[str, Any],
        max_retries: int,
    ) -> AsyncIterator[tuple[Any, list[Any]]]:
        while not cursor.finished:
            arguments = {**filters, "page": cursor.page, "per_page": cursor.page_size()}
            page = await self._run(operation, arguments, max_retries=max_retries)
            yield page, cursor.take(page)

    # Streams.

    def stream_records(
        self, model: str, *, as_dict: bool = False, **filters: Any
    ) -> AsyncIterator[Any]:
        """Iterate over Stream Records as the body arrives (Client.stream_records)."""
        max_retries = self._retries(filters.pop("max_retries", NOT_GIVEN))
        operation = _operations.operation_for(model, "stream_records")
        kwargs = self._request_kwargs(operation, filters)
        return self._stream(model, kwargs, as_dict, max_retries)

    def post_stream_records(
        self, model: str, *, as_dict: bool = False, **filters: Any
    ) -> AsyncIterator[Any]:
        """Like stream_records, with the filters sent as a JSON body."""
        max_retries = self._retries(filters.pop("max_retries", NOT_GIVEN))
        operation = _operations.operation_for(model, "post_stream_records")
        body = self._stream_body(model, filters)
        kwargs = self._request_kwargs(operation, {"body": body})
        return self._stream(model, kwargs, as_dict, max_retries)

    async def _stream(
        self, model: str, kwargs: dict[str, Any], as_dict: bool, max_retries: int
    ) -> AsyncIterator[Any]:
        record_class = None if as_dict else get_model(model).record_class
        request = self._http.build_request(**kwargs)
        response = await self._sender.send(
            request, idempotent=True, max_retries=max_retries, stream=True
        )
        decoder = StreamDecoder()
        try:
            check_stream_content_type(response)
            async for chunk in response.aiter_bytes():
                for item in decoder.feed(chunk):
                    yield item if record_class is None else record_class.from_dict(item)
            for item in decoder.close():
                yield item if record_class is None else record_class.from_dict(item)
        except httpx.TransportError as error:
            raise _http.transport_error(error, request) from error
        except (ValueError, KeyError, TypeError) as error:
            raise stream_decode_error(response, error) from error
        finally:
            await response.aclose()

    # Limits, projections, model information.

    async def get_limits(self, model: str, **options: Any) -> Quota:
        """Return the model's quota: limits, use so far and what remains."""
        info = get_model(model)
        limits = await self._model_call(model, "get_limits", **options)
        return Quota.from_limits(info.model_id, limits)

    async def get_projections(self, model: str, **options: Any) -> Any:
        """Return the model's projections by name (generated ``Projections``)."""
        return await self._model_call(model, "get_projections", **options)

    async def get_model_info(self, model: str, **options: Any) -> Any:
        """Return the model's description (generated ``ModelInfo``)."""
        return await self._model_call(model, "get_model_info", **options)

    async def get_type_enum_values(
        self, model: str = "pl-krs-rdf-record", **options: Any
    ) -> Any:
        """Return the known document types of pl-krs-rdf-record."""
        return await self._model_call(model, "get_type_enum_values", **options)

    async def get_category(
        self, model: str = "pl-mgbi-lu-record", **options: Any
    ) -> Any:
        """Return the notice categories of pl-mgbi-lu-record."""
        return await self._model_call(model, "get_category", **options)

    # Files.

    async def download_file(
        self,
        model: str,
        record_id: str,
        file_key: str,
        destination: str | os.PathLike[str],
        *,
        max_retries: int | _NotGiven = NOT_GIVEN,
    ) -> downloads.DownloadedFile:
        """Save one file of a record (see Client.download_file)."""
        operation = _operations.operation_for(model, "download_file")
        kwargs = self._request_kwargs(
            operation, {"id": record_id, "file_key": file_key}
        )
        request = self._http.build_request(**kwargs)
        destination_path = os.fspath(destination)
        downloads.check_destination(destination_path)
        response = await self._sender.send(
            request,
            idempotent=True,
            max_retries=self._retries(max_retries),
            stream=True,
        )
        try:
            path = downloads.target_path(
                destination_path,
                downloads.filename_from_headers(response.headers),
                downloads.fallback_name(record_id, file_key),
            )
            return await downloads.save_async(response, path, response.aiter_bytes())
        except httpx.TransportError as error:
            raise _http.transport_error(error, request) from error
        finally:
            await response.aclose()

    async def download_url(
        self, url: str, destination: str | os.PathLike[str], **options: Any
    ) -> downloads.DownloadedFile:
        """Save the file behind a record's ``files.<group>.<variant>.url``."""
        model, record_id, file_key = downloads.parse_file_url(
            url, self._settings.base_url
        )
        return await self.download_file(
            model, record_id, file_key, destination, **options
        )

    # Refresh orders.

    async def create_refresh(
        self,
        model: str,
        identifiers: Mapping[str, Any],
        *,
        check_quota: bool = False,
        max_retries: int | _NotGiven = NOT_GIVEN,
    ) -> Any:
        """Order a refresh of one entity (see Client.create_refresh)."""
        body = refresh_request_body(
            model, identifiers, check=self._settings.validate_identifiers
        )
        if check_quota:
            check_refresh_quota(await self.get_limits(model), len(identifiers))
        operation = _operations.resolve_operation("create_refresh")
        return await self._run(
            operation, {"body": body}, max_retries=self._retries(max_retries)
        )

    async def create_refreshes(
        self,
        model: str,
        identifier_sets: Iterable[Mapping[str, Any]],
        *,
        check_quota: bool = False,
        max_retries: int | _NotGiven = NOT_GIVEN,
    ) -> list[Any]:
        """Order one refresh per identifier set (see Client.create_refreshes)."""
        sets = list(identifier_sets)
        for identifiers in sets:
            refresh_request_body(
                model, identifiers, check=self._settings.validate_identifiers
            )
        if check_quota:
            check_refresh_quota(
                await self.get_limits(model), sum(len(item) for item in sets)
            )
        return [
            await self.create_refresh(model, identifiers, max_retries=max_retries)
            for identifiers in sets
        ]

    async def get_refresh(
        self,
        order_id: str,
        *,
        wait_seconds: int | None = None,
        max_retries: int | _NotGiven = NOT_GIVEN,
    ) -> Any:
        """Return a refresh order; ``wait_seconds`` lets the server hold the request."""
        arguments: dict[str, Any] = {"id": order_id}
        if wait_seconds is not None:
            arguments["wait_seconds"] = wait_seconds
        operation = _operations.resolve_operation("get_refresh")
        return await self._run(
            operation,
            arguments,
            max_retries=self._retries(max_retries),
            timeout=self._long_poll_timeout(wait_seconds),
        )

    async def _read_order(
        self, order_id: str, wait_seconds: int | None, remaining: float
    ) -> Any:
        """Read an order once for a wait: no retries, and no read past the deadline."""
        operation = _operations.resolve_operation("get_refresh")
        arguments: dict[str, Any] = {"id": order_id}
        if wait_seconds is not None:
            arguments["wait_seconds"] = wait_seconds
        return await self._run(
            operation,
            arguments,
            max_retries=0,
            timeout=self._wait_timeout(wait_seconds, remaining),
        )

    async def wait_for_refresh(
        self, order_id: str, *, timeout: float = 120.0, long_poll: bool = True
    ) -> Any:
        """Wait until the order finishes and return it (see Client.wait_for_refresh)."""
        waiter = self._waiter(order_id, timeout, long_poll)
        while True:
            wait_seconds = waiter.wait_seconds()
            started = self._settings.clock()
            try:
                order = await self._read_order(order_id, wait_seconds, waiter.remaining)
            except WAIT_READ_ERRORS as error:
                delay = waiter.after_error(error)
                await self._settings.async_sleep(delay)
                continue
            elapsed = self._settings.clock() - started
            step = waiter.observe(order, elapsed=elapsed, wait_seconds=wait_seconds)
            if step.done:
                return step.order
            if step.delay > 0:
                await self._settings.async_sleep(step.delay)

    async def refresh(
        self,
        model: str,
        identifiers: Mapping[str, Any],
        *,
        wait: bool = True,
        timeout: float = 120.0,
        max_records: int | None = None,
        check_quota: bool = False,
        max_retries: int | _NotGiven = NOT_GIVEN,
    ) -> RefreshResult:
        """Order a refresh, wait for it, and read the records it fetched."""
        order = await self.create_refresh(
            model, identifiers, check_quota=check_quota, max_retries=max_retries
        )
        if not wait:
            return RefreshResult(order=order, records=None)
        finished = await self.wait_for_refresh(order.id, timeout=timeout)
        records = [
            record
            async for record in self.iter_records(
                model, refresh_id=order.id, max_records=max_records
            )
        ]
        return RefreshResult(order=finished, records=records)
