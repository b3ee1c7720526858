from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordVersion")


@_attrs_define
class RecordVersion:
    """Validity window of this version of the record.

    Attributes:
        from_datetime (datetime.datetime | None | Unset):
        to_datetime (datetime.datetime | None | Unset):
        latest (bool | None | Unset):
    """

    from_datetime: datetime.datetime | None | Unset = UNSET
    to_datetime: datetime.datetime | None | Unset = UNSET
    latest: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_datetime: None | str | Unset
        if isinstance(self.from_datetime, Unset):
            from_datetime = UNSET
        elif isinstance(self.from_datetime, datetime.datetime):
            from_datetime = self.from_datetime.isoformat()
        else:
            from_datetime = self.from_datetime

        to_datetime: None | str | Unset
        if isinstance(self.to_datetime, Unset):
            to_datetime = UNSET
        elif isinstance(self.to_datetime, datetime.datetime):
            to_datetime = self.to_datetime.isoformat()
        else:
            to_datetime = self.to_datetime

        latest: bool | None | Unset
        if isinstance(self.latest, Unset):
            latest = UNSET
        else:
            latest = self.latest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_datetime is not UNSET:
            field_dict["from_datetime"] = from_datetime
        if to_datetime is not UNSET:
            field_dict["to_datetime"] = to_datetime
        if latest is not UNSET:
            field_dict["latest"] = latest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_from_datetime(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_datetime_type_0 = datetime.datetime.fromisoformat(data)

                return from_datetime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        from_datetime = _parse_from_datetime(d.pop("from_datetime", UNSET))

        def _parse_to_datetime(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_datetime_type_0 = datetime.datetime.fromisoformat(data)

                return to_datetime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        to_datetime = _parse_to_datetime(d.pop("to_datetime", UNSET))

        def _parse_latest(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        latest = _parse_latest(d.pop("latest", UNSET))

        record_version = cls(
            from_datetime=from_datetime,
            to_datetime=to_datetime,
            latest=latest,
        )

        record_version.additional_properties = d
        return record_version

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
