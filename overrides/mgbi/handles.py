"""Typed access to one model: ``client.krs_wp.get_records()`` returns a KrsWpRecordList.

A handle binds the model id, and its type parameters carry the model's generated record
and page classes, so a type checker and an IDE know what each call returns. The
clients' ``model(model_id)`` gives an untyped handle for code that loops over models.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from mgbi.models import ModelInfo, get_model

if TYPE_CHECKING:
    from mgbi._base import RefreshResult
    from mgbi.async_client import AsyncClient
    from mgbi.client import Client
    from mgbi.downloads import DownloadedFile
    from mgbi.limits import Quota
    from mgbi_api import models as api

RecordT = TypeVar("RecordT")
PageT = TypeVar("PageT")


class ModelHandle(Generic[RecordT, PageT]):
    """The model methods of a Client with the model id bound.

    Attributes:
        info: The model: its id, short key and operations.
    """

    def __init__(self, client: Client, model: str) -> None:
        self._client = client
        self.info: ModelInfo = get_model(model)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.info.model_id!r})"

    def get_records(self, **filters: Any) -> PageT:
        """Return one page of records (see Client.get_records)."""
        page: PageT = self._client.get_records(self.info.model_id, **filters)
        return page

    def get_record(self, record_id: str, **params: Any) -> RecordT:
        """Return one record by id (see Client.get_record)."""
        record: RecordT = self._client.get_record(
            self.info.model_id, record_id, **params
        )
        return record

    def iter_pages(self, **options: Any) -> Iterator[PageT]:
        """Iterate over pages of Get Records (see Client.iter_pages)."""
        return self._client.iter_pages(self.info.model_id, **options)

    def iter_records(self, **options: Any) -> Iterator[RecordT]:
        """Iterate over records across pages (see Client.iter_records)."""
        return self._client.iter_records(self.info.model_id, **options)

    def stream_records(self, **filters: Any) -> Iterator[RecordT]:
        """Iterate over Stream Records as typed records (see Client.stream_records)."""
        return self._client.stream_records(self.info.model_id, **filters)

    def post_stream_records(self, **filters: Any) -> Iterator[RecordT]:
        """Iterate over Post Stream Records (see Client.post_stream_records)."""
        return self._client.post_stream_records(self.info.model_id, **filters)

    def get_limits(self, **options: Any) -> Quota:
        """Return the model's quota (see Client.get_limits)."""
        return self._client.get_limits(self.info.model_id, **options)

    def get_projections(self, **options: Any) -> api.Projections:
        """Return the model's projections by name."""
        projections: api.Projections = self._client.get_projections(
            self.info.model_id, **options
        )
        return projections

    def get_model_info(self, **options: Any) -> api.ModelInfo:
        """Return the model's description."""
        described: api.ModelInfo = self._client.get_model_info(
            self.info.model_id, **options
        )
        return described

    def download_file(
        self,
        record_id: str,
        file_key: str,
        destination: str | os.PathLike[str],
        **options: Any,
    ) -> DownloadedFile:
        """Save one file of a record (see Client.download_file)."""
        return self._client.download_file(
            self.info.model_id, record_id, file_key, destination, **options
        )

    def create_refresh(
        self, identifiers: Mapping[str, Any], **options: Any
    ) -> api.RefreshOrder:
        """Order a refresh of one entity of this model (see Client.create_refresh)."""
        order: api.RefreshOrder = self._client.create_refresh(
            self.info.model_id, identifiers, **options
        )
        return order

    def refresh(self, identifiers: Mapping[str, Any], **options: Any) -> RefreshResult:
        """Order a refresh, wait for it and read its records (see Client.refresh)."""
        return self._client.refresh(self.info.model_id, identifiers, **options)


class AsyncModelHandle(Generic[RecordT, PageT]):
    """The model methods of an AsyncClient with the model id bound.

    Attributes:
        info: The model: its id, short key and operations.
    """

    def __init__(self, client: AsyncClient, model: str) -> None:
        self._client = client
        self.info: ModelInfo = get_model(model)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.info.model_id!r})"

    async def get_records(self, **filters: Any) -> PageT:
        """Return one page of records (see AsyncClient.get_records)."""
        page: PageT = await self._client.get_records(self.info.model_id, **filters)
        return page

    async def get_record(self, record_id: str, **params: Any) -> RecordT:
        """Return one record by id (see AsyncClient.get_record)."""
        record: RecordT = await self._client.get_record(
            self.info.model_id, record_id, **params
        )
        return record

    def iter_pages(self, **options: Any) -> AsyncIterator[PageT]:
        """Iterate over pages of Get Records (see AsyncClient.iter_pages)."""
        return self._client.iter_pages(self.info.model_id, **options)

    def iter_records(self, **options: Any) -> AsyncIterator[RecordT]:
        """Iterate over records across pages (see AsyncClient.iter_records)."""
        return self._client.iter_records(self.info.model_id, **options)

    def stream_records(self, **filters: Any) -> AsyncIterator[RecordT]:
        """Iterate over Stream Records (see AsyncClient.stream_records)."""
        return self._client.stream_records(self.info.model_id, **filters)

    def post_stream_records(self, **filters: Any) -> AsyncIterator[RecordT]:
        """Iterate over Post Stream Records (see AsyncClient.post_stream_records)."""
        return self._client.post_stream_records(self.info.model_id, **filters)

    async def get_limits(self, **options: Any) -> Quota:
        """Return the model's quota (see AsyncClient.get_limits)."""
        return await self._client.get_limits(self.info.model_id, **options)

    async def get_projections(self, **options: Any) -> api.Projections:
        """Return the model's projections by name."""
        projections: api.Projections = await self._client.get_projections(
            self.info.model_id, **options
        )
        return projections

    async def get_model_info(self, **options: Any) -> api.ModelInfo:
        """Return the model's description."""
        described: api.ModelInfo = await self._client.get_model_info(
            self.info.model_id, **options
        )
        return described

    async def download_file(
        self,
        record_id: str,
        file_key: str,
        destination: str | os.PathLike[str],
        **options: Any,
    ) -> DownloadedFile:
        """Save one file of a record (see AsyncClient.download_file)."""
        return await self._client.download_file(
            self.info.model_id, record_id, file_key, destination, **options
        )

    async def create_refresh(
        self, identifiers: Mapping[str, Any], **options: Any
    ) -> api.RefreshOrder:
        """Order a refresh of one entity of this model."""
        order: api.RefreshOrder = await self._client.create_refresh(
            self.info.model_id, identifiers, **options
        )
        return order

    async def refresh(
        self, identifiers: Mapping[str, Any], **options: Any
    ) -> RefreshResult:
        """Order a refresh, wait for it and read its records."""
        return await self._client.refresh(self.info.model_id, identifiers, **options)


class ModelAccess:
    """Typed handles of every model, as properties of Client."""

    def model(self, model: str) -> ModelHandle[Any, Any]:
        """Return the handle of ``model`` (a model id or short key), untyped."""
        return ModelHandle(cast("Client", self), model)

    @property
    def krs_wp(self) -> ModelHandle[api.KrsWpRecord, api.KrsWpRecordList]:
        """Return the handle of ``pl-krs-wp-record``."""
        return ModelHandle(cast("Client", self), "pl-krs-wp-record")

    @property
    def krs_wp_entry(
        self,
    ) -> ModelHandle[api.KrsWpEntryRecord, api.KrsWpEntryRecordList]:
        """Return the handle of ``pl-krs-wp-entry``."""
        return ModelHandle(cast("Client", self), "pl-krs-wp-entry")

    @property
    def krs_rdf(self) -> ModelHandle[api.KrsRdfRecord, api.KrsRdfRecordList]:
        """Return the handle of ``pl-krs-rdf-record``."""
        return ModelHandle(cast("Client", self), "pl-krs-rdf-record")

    @property
    def ceidg_hd(self) -> ModelHandle[api.CeidgHdRecord, api.CeidgHdRecordList]:
        """Return the handle of ``pl-ceidg-hd-record``."""
        return ModelHandle(cast("Client", self), "pl-ceidg-hd-record")

    @property
    def krz_wp(self) -> ModelHandle[api.KrzWpRecord, api.KrzWpRecordList]:
        """Return the handle of ``pl-krz-wp-record``."""
        return ModelHandle(cast("Client", self), "pl-krz-wp-record")

    @property
    def wpv(self) -> ModelHandle[api.WpvRecord, api.WpvRecordList]:
        """Return the handle of ``pl-wpv-record``."""
        return ModelHandle(cast("Client", self), "pl-wpv-record")

    @property
    def crbr_wp(self) -> ModelHandle[api.CrbrWpRecord, api.CrbrWpRecordList]:
        """Return the handle of ``pl-crbr-wp-record``."""
        return ModelHandle(cast("Client", self), "pl-crbr-wp-record")

    @property
    def msig(self) -> ModelHandle[api.MsigRecord, api.MsigRecordList]:
        """Return the handle of ``pl-msig-record``."""
        return ModelHandle(cast("Client", self), "pl-msig-record")

    @property
    def sudop_wpopb(
        self,
    ) -> ModelHandle[api.SudopWpopbRecord, api.SudopWpopbRecordList]:
        """Return the handle of ``pl-sudop-wpopb-record``."""
        return ModelHandle(cast("Client", self), "pl-sudop-wpopb-record")

    @property
    def bzp(self) -> ModelHandle[api.BzpRecord, api.BzpRecordList]:
        """Return the handle of ``pl-bzp-record``."""
        return ModelHandle(cast("Client", self), "pl-bzp-record")

    @property
    def rdr(self) -> ModelHandle[api.RdrRecord, api.RdrRecordList]:
        """Return the handle of ``pl-rdr-record``."""
        return ModelHandle(cast("Client", self), "pl-rdr-record")

    @property
    def idpcit(self) -> ModelHandle[api.IdpcitRecord, api.IdpcitRecordList]:
        """Return the handle of ``pl-idpcit-record``."""
        return ModelHandle(cast("Client", self), "pl-idpcit-record")

    @property
    def mgbi_lu(self) -> ModelHandle[api.MgbiLuRecord, api.MgbiLuRecordList]:
        """Return the handle of ``pl-mgbi-lu-record``."""
        return ModelHandle(cast("Client", self), "pl-mgbi-lu-record")


class AsyncModelAccess:
    """Typed handles of every model, as properties of AsyncClient."""

    def model(self, model: str) -> AsyncModelHandle[Any, Any]:
        """Return the handle of ``model`` (a model id or short key), untyped."""
        return AsyncModelHandle(cast("AsyncClient", self), model)

    @property
    def krs_wp(self) -> AsyncModelHandle[api.KrsWpRecord, api.KrsWpRecordList]:
        """Return the handle of ``pl-krs-wp-record``."""
        return AsyncModelHandle(cast("AsyncClient", self), "pl-krs-wp-record")

    @property
    def krs_wp_entry(
        self,
    ) -> AsyncModelHandle[api.KrsWpEntryRecord, api.KrsWpEntryRecordList]:
        """Return the handle of ``pl-krs-wp-entry``."""
        return AsyncModelHandle(cast("AsyncClient", self), "pl-krs-wp-entry")

    @property
    def krs_rdf(self) -> AsyncModelHandle[api.KrsRdfRecord, api.KrsRdfRecordList]:
        """Return the handle of ``pl-krs-rdf-record``."""
        return AsyncModelHandle(cast("AsyncClient", self), "pl-krs-rdf-record")

    @property
    def ceidg_hd(self) -> AsyncModelHandle[api.CeidgHdRecord, api.CeidgHdRecordList]:
        """Return the handle of ``pl-ceidg-hd-record``."""
        return AsyncModelHandle(cast("AsyncClient", self), "pl-ceidg-hd-record")

    @property
    def krz_wp(self) -> AsyncModelHandle[api.KrzWpRecord, api.KrzWpRecordList]:
        """Return the handle of ``pl-krz-wp-record``."""
        return AsyncModelHandle(cast("AsyncClient", self), "pl-krz-wp-record")

    @property
    def wpv(self) -> AsyncModelHandle[api.WpvRecord, api.WpvRecordList]:
        """Return the handle of ``pl-wpv-record``."""
        return AsyncModelHandle(cast("AsyncClient", self), "pl-wpv-record")

    @property
    def crbr_wp(self) -> AsyncModelHandle[api.CrbrWpRecord, api.CrbrWpRecordList]:
        """Return the handle of ``pl-crbr-wp-record``."""
        return AsyncModelHandle(cast("AsyncClient", self), "pl-crbr-wp-record")

    @property
    def msig(self) -> AsyncModelHandle[api.MsigRecord, api.MsigRecordList]:
        """Return the handle of ``pl-msig-record``."""
        return AsyncModelHandle(cast("AsyncClient", self), "pl-msig-record")

    @property
    def sudop_wpopb(
        self,
    ) -> AsyncModelHandle[api.SudopWpopbRecord, api.SudopWpopbRecordList]:
        """Return the handle of ``pl-sudop-wpopb-record``."""
        return AsyncModelHandle(cast("AsyncClient", self), "pl-sudop-wpopb-record")

    @property
    def bzp(self) -> AsyncModelHandle[api.BzpRecord, api.BzpRecordList]:
        """Return the handle of ``pl-bzp-record``."""
        return AsyncModelHandle(cast("AsyncClient", self), "pl-bzp-record")

    @property
    def rdr(self) -> AsyncModelHandle[api.RdrRecord, api.RdrRecordList]:
        """Return the handle of ``pl-rdr-record``."""
        return AsyncModelHandle(cast("AsyncClient", self), "pl-rdr-record")

    @property
    def idpcit(self) -> AsyncModelHandle[api.IdpcitRecord, api.IdpcitRecordList]:
        """Return the handle of ``pl-idpcit-record``."""
        return AsyncModelHandle(cast("AsyncClient", self), "pl-idpcit-record")

    @property
    def mgbi_lu(self) -> AsyncModelHandle[api.MgbiLuRecord, api.MgbiLuRecordList]:
        """Return the handle of ``pl-mgbi-lu-record``."""
        return AsyncModelHandle(cast("AsyncClient", self), "pl-mgbi-lu-record")
