from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordMeta")


@_attrs_define
class RecordMeta:
    """When MGBI first and last stored the record. `source_record_id` and `is_naglowek_tag_validated` appear in krs-rdf
    records.

        Attributes:
            first_update_datetime (datetime.datetime | None | Unset):
            last_update_datetime (datetime.datetime | None | Unset):
            source_record_id (int | None | Unset):
            is_naglowek_tag_validated (bool | None | Unset):
    """

    first_update_datetime: datetime.datetime | None | Unset = UNSET
    last_update_datetime: datetime.datetime | None | Unset = UNSET
    source_record_id: int | None | Unset = UNSET
    is_naglowek_tag_validated: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_update_datetime: None | str | Unset
        if isinstance(self.first_update_datetime, Unset):
            first_update_datetime = UNSET
        elif isinstance(self.first_update_datetime, datetime.datetime):
            first_update_datetime = self.first_update_datetime.isoformat()
        else:
            first_update_datetime = self.first_update_datetime

        last_update_datetime: None | str | Unset
        if isinstance(self.last_update_datetime, Unset):
            last_update_datetime = UNSET
        elif isinstance(self.last_update_datetime, datetime.datetime):
            last_update_datetime = self.last_update_datetime.isoformat()
        else:
            last_update_datetime = self.last_update_datetime

        source_record_id: int | None | Unset
        if isinstance(self.source_record_id, Unset):
            source_record_id = UNSET
        else:
            source_record_id = self.source_record_id

        is_naglowek_tag_validated: bool | None | Unset
        if isinstance(self.is_naglowek_tag_validated, Unset):
            is_naglowek_tag_validated = UNSET
        else:
            is_naglowek_tag_validated = self.is_naglowek_tag_validated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_update_datetime is not UNSET:
            field_dict["first_update_datetime"] = first_update_datetime
        if last_update_datetime is not UNSET:
            field_dict["last_update_datetime"] = last_update_datetime
        if source_record_id is not UNSET:
            field_dict["source_record_id"] = source_record_id
        if is_naglowek_tag_validated is not UNSET:
            field_dict["is_naglowek_tag_validated"] = is_naglowek_tag_validated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_first_update_datetime(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_update_datetime_type_0 = datetime.datetime.fromisoformat(data)

                return first_update_datetime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        first_update_datetime = _parse_first_update_datetime(d.pop("first_update_datetime", UNSET))

        def _parse_last_update_datetime(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_update_datetime_type_0 = datetime.datetime.fromisoformat(data)

                return last_update_datetime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_update_datetime = _parse_last_update_datetime(d.pop("last_update_datetime", UNSET))

        def _parse_source_record_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        source_record_id = _parse_source_record_id(d.pop("source_record_id", UNSET))

        def _parse_is_naglowek_tag_validated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_naglowek_tag_validated = _parse_is_naglowek_tag_validated(d.pop("is_naglowek_tag_validated", UNSET))

        record_meta = cls(
            first_update_datetime=first_update_datetime,
            last_update_datetime=last_update_datetime,
            source_record_id=source_record_id,
            is_naglowek_tag_validated=is_naglowek_tag_validated,
        )

        record_meta.additional_properties = d
        return record_meta

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
