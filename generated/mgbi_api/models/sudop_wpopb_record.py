from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_content import OpenContent
    from ..models.record_identifiers import RecordIdentifiers
    from ..models.record_meta import RecordMeta
    from ..models.record_version import RecordVersion


T = TypeVar("T", bound="SudopWpopbRecord")


@_attrs_define
class SudopWpopbRecord:
    """A record of `pl-sudop-wpopb-record` (SUDOP: public aid received).

    Attributes:
        id (str): Record id, 24 hex digits. Example: 6837b95bbc6524d69fbe8976.
        identifiers (None | RecordIdentifiers | Unset): Identifiers of the entity a record describes.
        version (None | RecordVersion | Unset): Validity window of this version of the record.
        meta (None | RecordMeta | Unset): When MGBI first and last stored the record. `source_record_id` and
            `is_naglowek_tag_validated` appear in krs-rdf records.
        content (None | OpenContent | Unset): Model-specific content whose shape is not documented.
    """

    id: str
    identifiers: None | RecordIdentifiers | Unset = UNSET
    version: None | RecordVersion | Unset = UNSET
    meta: None | RecordMeta | Unset = UNSET
    content: None | OpenContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id = self.id

        identifiers: dict[str, Any] | None | Unset
        if isinstance(self.identifiers, Unset):
            identifiers = UNSET
        elif isinstance(self.identifiers, RecordIdentifiers):
            identifiers = self.identifiers.to_dict()
        else:
            identifiers = self.identifiers

        version: dict[str, Any] | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, RecordVersion):
            version = self.version.to_dict()
        else:
            version = self.version

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, RecordMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        content: dict[str, Any] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, OpenContent):
            content = self.content.to_dict()
        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if version is not UNSET:
            field_dict["version"] = version
        if meta is not UNSET:
            field_dict["meta"] = meta
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_identifiers(data: object) -> None | RecordIdentifiers | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_record_identifiers_type_0 = RecordIdentifiers.from_dict(data)

                return componentsschemas_record_identifiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordIdentifiers | Unset, data)

        identifiers = _parse_identifiers(d.pop("identifiers", UNSET))

        def _parse_version(data: object) -> None | RecordVersion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_record_version_type_0 = RecordVersion.from_dict(data)

                return componentsschemas_record_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordVersion | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_meta(data: object) -> None | RecordMeta | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_record_meta_type_0 = RecordMeta.from_dict(data)

                return componentsschemas_record_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecordMeta | Unset, data)

        meta = _parse_meta(d.pop("meta", UNSET))

        def _parse_content(data: object) -> None | OpenContent | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_open_content_type_0 = OpenContent.from_dict(data)

                return componentsschemas_open_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenContent | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        sudop_wpopb_record = cls(
            id=id,
            identifiers=identifiers,
            version=version,
            meta=meta,
            content=content,
        )

        sudop_wpopb_record.additional_properties = d
        return sudop_wpopb_record

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, so that models referring to each other can load.
from ..models.open_content import OpenContent  # noqa: E402
from ..models.record_identifiers import RecordIdentifiers  # noqa: E402
from ..models.record_meta import RecordMeta  # noqa: E402
from ..models.record_version import RecordVersion  # noqa: E402
