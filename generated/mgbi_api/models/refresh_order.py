from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.refresh_query import RefreshQuery


T = TypeVar("T", bound="RefreshOrder")


@_attrs_define
class RefreshOrder:
    """A refresh order.

    Attributes:
        id (str): Order id, 24 hex digits.
        query (RefreshQuery | Unset): What to refresh, the model plus identifier keys in dotted form.
        creation_datetime (datetime.datetime | None | Unset):
        start_datetime (datetime.datetime | None | Unset): Null until the order starts.
        finish_datetime (datetime.datetime | None | Unset): Null until the order finishes.
        status (None | str | Unset): Order status. Only `pending` is documented; other values are not. Clients treat an
            order as finished once `finish_datetime` is set or the status is not an in-progress
            one, and as failed when the status names a failure.
             Example: pending.
    """

    id: str
    query: RefreshQuery | Unset = UNSET
    creation_datetime: datetime.datetime | None | Unset = UNSET
    start_datetime: datetime.datetime | None | Unset = UNSET
    finish_datetime: datetime.datetime | None | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        creation_datetime: None | str | Unset
        if isinstance(self.creation_datetime, Unset):
            creation_datetime = UNSET
        elif isinstance(self.creation_datetime, datetime.datetime):
            creation_datetime = self.creation_datetime.isoformat()
        else:
            creation_datetime = self.creation_datetime

        start_datetime: None | str | Unset
        if isinstance(self.start_datetime, Unset):
            start_datetime = UNSET
        elif isinstance(self.start_datetime, datetime.datetime):
            start_datetime = self.start_datetime.isoformat()
        else:
            start_datetime = self.start_datetime

        finish_datetime: None | str | Unset
        if isinstance(self.finish_datetime, Unset):
            finish_datetime = UNSET
        elif isinstance(self.finish_datetime, datetime.datetime):
            finish_datetime = self.finish_datetime.isoformat()
        else:
            finish_datetime = self.finish_datetime

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if creation_datetime is not UNSET:
            field_dict["creation_datetime"] = creation_datetime
        if start_datetime is not UNSET:
            field_dict["start_datetime"] = start_datetime
        if finish_datetime is not UNSET:
            field_dict["finish_datetime"] = finish_datetime
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        id = d.pop("id")

        _query = d.pop("query", UNSET)
        query: RefreshQuery | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = RefreshQuery.from_dict(_query)

        def _parse_creation_datetime(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                creation_datetime_type_0 = datetime.datetime.fromisoformat(data)

                return creation_datetime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        creation_datetime = _parse_creation_datetime(d.pop("creation_datetime", UNSET))

        def _parse_start_datetime(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_datetime_type_0 = datetime.datetime.fromisoformat(data)

                return start_datetime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_datetime = _parse_start_datetime(d.pop("start_datetime", UNSET))

        def _parse_finish_datetime(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_datetime_type_0 = datetime.datetime.fromisoformat(data)

                return finish_datetime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finish_datetime = _parse_finish_datetime(d.pop("finish_datetime", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        refresh_order = cls(
            id=id,
            query=query,
            creation_datetime=creation_datetime,
            start_datetime=start_datetime,
            finish_datetime=finish_datetime,
            status=status,
        )

        refresh_order.additional_properties = d
        return refresh_order

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
from ..models.refresh_query import RefreshQuery  # noqa: E402
