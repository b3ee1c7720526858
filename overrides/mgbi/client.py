"""The synchronous MGBI client."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
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
from mgbi.handles import ModelAccess
from mgbi.limits import Quota
from mgbi.models import get_model


class Client(ModelAccess, ClientBase):
    """Synchronous client of the MGBI API.

    The key comes from ``api_key`` or the ``MGBI_API_KEY`` environment variable, the
    base URL from ``base_url``, ``MGBI_BASE_URL`` or ``https://api.mgbi.pl``. Use it as
    a context manager, or call ``close()``. Every failure raises an ``mgbi.errors``
    exception.

    Model methods take the model id first. ``client.model(model_id)`` and the
    properties named by a model's short key (``client.krs_wp``, ``client.krz_wp``, ...)
    return handles that bind it. The properties' handles are typed with the model's
    generated record and page classes.
    """

    _http: httpx.Client

    def _open_http(self, http_client: object) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError(
                f"http_client must be an httpx.Client, got {type(http_client).__name__}"
            )
        self._http = http_client or httpx.Client(
            base_url=self._settings.base_url,
            timeout=self._settings.timeout,
            headers=_http.build_headers(self._settings),
            follow_redirects=False,
        )
        self._sender = _http.SyncSender(self._settings, self._http)

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # Generic operations.

    def call(
        self,
        operation: str | ModuleType,
        /,
        *,
        max_retries: int | _NotGiven = NOT_GIVEN,
        **arguments: Any,
    ) -> Any:
        """Run any generated operation and return its parsed, typed result.

        ``operation`` is an operationId (``"krs_wp_get_records"``) or a generated module
        (``mgbi_api.api.pl_krs_wp_record.krs_wp_get_records``); ``arguments`` are its
        arguments as the generated function names them.
        """
        resolved = _operations.resolve_operation(operation)
        return self._run(resolved, arguments, max_retries=self._retries(max_retries))

    def _run(
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
        response = self._sender.send(
            request, idempotent=operation.idempotent, max_retries=max_retries
        )
        return _operations.parse_response(operation, response, self._generated)

    def _model_call(self, model: str, operation: str, **arguments: Any) -> Any:
        max_retries = self._retries(arguments.pop("max_retries", NOT_GIVEN))
        resolved = _operations.operation_for(model, operation)
        return self._run(resolved, arguments, max_retries=max_retries)

    # Records.

    def get_records(self, model: str, **filters: Any) -> Any:
        """Return one page of records: the model's generated ``<Model>RecordList``."""
        return self._model_call(model, "get_records", **filters)

    def get_record(self, model: str, record_id: str, **params: Any) -> Any:
        """Return one record by id; NotFoundError when there is none."""
        return self._model_call(model, "get_record_by_id", id=record_id, **params)

    def iter_pages(
        self,
        model: str,
        *,
        per_page: int = DEFAULT_PER_PAGE,
        max_records: int | None = None,
        **filters: Any,
    ) -> Iterator[Any]:
        """Iterate over pages of Get Records, for callers who need ``count``."""
        pages = self._pages(model, per_page, max_records, filters)
        return (page for page, _ in pages)

    def iter_records(
        self,
        model: str,
        *,
        per_page: int = DEFAULT_PER_PAGE,
        max_records: int | None = None,
        **filters: Any,
    ) -> Iterator[Any]:
        """Iterate over every matching record across pages, up to ``max_records``."""
        pages = self._pages(model, per_page, max_records, filters)
        return (record for _, results in pages for record in results)

    def _pages(
        self,
        model: str,
        per_page: int,
        max_records: int | None,
        filters: dict[str, Any],
    ) -> Iterator[tuple[Any, list[Any]]]:
        check_paging(filters, per_page, max_records)
        max_retries = self._retries(filters.pop("max_retries", NOT_GIVEN))
        operation = _operations.operation_for(model, "get_records")
        self._request_kwargs(operation, filters)
        return self._page_loop(
            operation, PageCursor(per_page, max_records), filters, max_retries
        )

    def _page_loop(
        self,
        operation: _operations.Operation,
        cursor: PageCursor,
        filters: dict[str, Any],
        max_retries: int,
    ) -> Iterator[tuple[Any, list[Any]]]:
        while not cursor.finished:
            arguments = {**filters, "page": cursor.page, "per_page": cursor.page_size()}
            page = self._run(operation, arguments, max_retries=max_retries)
            yield page, cursor.take(page)

    # Streams.

    def stream_records(
        self, model: str, *, as_dict: bool = False, **filters: Any
    ) -> Iterator[Any]:
        """Iterate over Stream Records as the body arrives, never holding all of it.

        Records come as the model's generated record class, or as dicts with
        ``as_dict=True``; a stream record's ``_id`` is read as ``id``.
        """
        max_retries = self._retries(filters.pop("max_retries", NOT_GIVEN))
        operation = _operations.operation_for(model, "stream_records")
        kwargs = self._request_kwargs(operation, filters)
        return self._stream(model, kwargs, as_dict, max_retries)

    def post_stream_records(
        self, model: str, *, as_dict: bool = False, **filters: Any
    ) -> Iterator[Any]:
        """Like stream_records, with the filters sent as a JSON body."""
        max_retries = self._retries(filters.pop("max_retries", NOT_GIVEN))
        operation = _operations.operation_for(model, "post_stream_records")
        body = self._stream_body(model, filters)
        kwargs = self._request_kwargs(operation, {"body": body})
        return self._stream(model, kwargs, as_dict, max_retries)

    def _stream(
        self, model: str, kwargs: dict[str, Any], as_dict: bool, max_retries: int
    ) -> Iterator[Any]:
        record_class = None if as_dict else get_model(model).record_class
        request = self._http.build_request(**kwargs)
        response = self._sender.send(
            request, idempotent=True, max_retries=max_retries, stream=True
        )
        decoder = StreamDecoder()
        try:
            check_stream_content_type(response)
            for chunk in response.iter_bytes():
                for item in decoder.feed(chunk):
                    yield item if record_class is None else record_class.from_dict(item)
            for item in decoder.close():
                yield item if record_class is None else record_class.from_dict(item)
        except httpx.TransportError as error:
            raise _http.transport_error(error, request) from error
        except (ValueError, KeyError, TypeError) as error:
            raise stream_decode_error(response, error) from error
        finally:
            response.close()

    # Limits, projections, model information.

    def get_limits(self, model: str, **options: Any) -> Quota:
        """Return the model's quota: limits, use so far and what remains."""
        info = get_model(model)
        return Quota.from_limits(
            info.model_id, self._model_call(model, "get_limits", **options)
        )

    def get_projections(self, model: str, **options: Any) -> Any:
        """Return the model's projections by name (generated ``Projections``)."""
        return self._model_call(model, "get_projections", **options)

    def get_model_info(self, model: str, **options: Any) -> Any:
        """Return the model's description (generated ``ModelInfo``)."""
        return self._model_call(model, "get_model_info", **options)

    def get_type_enum_values(
        self, model: str = "pl-krs-rdf-record", **options: Any
    ) -> Any:
        """Return the known document types of pl-krs-rdf-record."""
        return self._model_call(model, "get_type_enum_values", **options)

    def get_category(self, model: str = "pl-mgbi-lu-record", **options: Any) -> Any:
        """Return the notice categories of pl-mgbi-lu-record."""
        return self._model_call(model, "get_category", **options)

    # Files.

    def download_file(
        self,
        model: str,
        record_id: str,
        file_key: str,
        destination: str | os.PathLike[str],
        *,
        max_retries: int | _NotGiven = NOT_GIVEN,
    ) -> downloads.DownloadedFile:
        """Save one file of a record to ``destination`` (a file path or a folder).

        The file appears only when the whole body arrived; on error nothing is left.
        """
        operation = _operations.operation_for(model, "download_file")
        kwargs = self._request_kwargs(
            operation, {"id": record_id, "file_key": file_key}
        )
        request = self._http.build_request(**kwargs)
        destination_path = os.fspath(destination)
        downloads.check_destination(destination_path)
        response = self._sender.send(
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
            return downloads.save(response, path, response.iter_bytes())
        except httpx.TransportError as error:
            raise _http.transport_error(error, request) from error
        finally:
            response.close()

    def download_url(
        self, url: str, destination: str | os.PathLike[str], **options: Any
    ) -> downloads.DownloadedFile:
        """Save the file behind a record's ``files.<group>.<variant>.url``."""
        model, record_id, file_key = downloads.parse_file_url(
            url, self._settings.base_url
        )
        return self.download_file(model, record_id, file_key, destination, **options)

    # Refresh orders.

    def create_refresh(
        self,
        model: str,
        identifiers: Mapping[str, Any],
        *,
        check_quota: bool = False,
        max_retries: int | _NotGiven = NOT_GIVEN,
    ) -> Any:
        """Order a refresh of one entity and return the new order (a RefreshOrder).

        Each identifier adds 1 to the model's `refresh` counter. The request is resent
        only when the server cannot have processed it. With ``check_quota=True`` the
        client first reads the limits and raises QuotaError instead of passing them.
        """
        body = refresh_request_body(
            model, identifiers, check=self._settings.validate_identifiers
        )
        if check_quota:
            check_refresh_quota(self.get_limits(model), len(identifiers))
        operation = _operations.resolve_operation("create_refresh")
        return self._run(
            operation, {"body": body}, max_retries=self._retries(max_retries)
        )

    def create_refreshes(
        self,
        model: str,
        identifier_sets: Iterable[Mapping[str, Any]],
        *,
        check_quota: bool = False,
        max_retries: int | _NotGiven = NOT_GIVEN,
    ) -> list[Any]:
        """Order one refresh per identifier set, after checking them all and the quota.

        Nothing is sent when any set is invalid or the batch would pass the quota.
        """
        sets = list(identifier_sets)
        for identifiers in sets:
            refresh_request_body(
                model, identifiers, check=self._settings.validate_identifiers
            )
        if check_quota:
            check_refresh_quota(self.get_limits(model), sum(len(item) for item in sets))
        return [
            self.create_refresh(model, identifiers, max_retries=max_retries)
            for identifiers in sets
        ]

    def get_refresh(
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
        return self._run(
            operation,
            arguments,
            max_retries=self._retries(max_retries),
            timeout=self._long_poll_timeout(wait_seconds),
        )

    def _read_order(
        self, order_id: str, wait_seconds: int | None, remaining: float
    ) -> Any:
        """Read an order once for a wait: no retries, and no read past the deadline."""
        operation = _operations.resolve_operation("get_refresh")
        arguments: dict[str, Any] = {"id": order_id}
        if wait_seconds is not None:
            arguments["wait_seconds"] = wait_seconds
        return self._run(
            operation,
            arguments,
            max_retries=0,
            timeout=self._wait_timeout(wait_seconds, remaining),
        )

    def wait_for_refresh(
        self, order_id: str, *, timeout: float = 120.0, long_poll: bool = True
    ) -> Any:
        """Wait until the order finishes and return it.

        Raises RefreshFailedError when it fails, and RefreshTimeoutError when it is
        still unfinished after ``timeout`` seconds. Both carry the order id, so waiting
        can resume later from the id alone.
        """
        waiter = self._waiter(order_id, timeout, long_poll)
        while True:
            wait_seconds = waiter.wait_seconds()
            started = self._settings.clock()
            try:
                order = self._read_order(order_id, wait_seconds, waiter.remaining)
            except WAIT_READ_ERRORS as error:
                delay = waiter.after_error(error)
                self._settings.sleep(delay)
                continue
            elapsed = self._settings.clock() - started
            step = waiter.observe(order, elapsed=elapsed, wait_seconds=wait_seconds)
            if step.done:
                return step.order
            if step.delay > 0:
                self._settings.sleep(step.delay)

    def refresh(
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
        order = self.create_refresh(
            model, identifiers, check_quota=check_quota, max_retries=max_retries
        )
        if not wait:
            return RefreshResult(order=order, records=None)
        finished = self.wait_for_refresh(order.id, timeout=timeout)
        records = list(
            self.iter_records(model, refresh_id=order.id, max_records=max_records)
        )
        return RefreshResult(order=finished, records=records)
