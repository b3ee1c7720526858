from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamQuery")


@_attrs_define
class StreamQuery:
    """Filters of Post Stream Records, with the same names as the Stream Records query parameters (inferred).

    Attributes:
        media_type (str | Unset):
        last_update_datetime_from (datetime.datetime | Unset):
        last_update_datetime_to (datetime.datetime | Unset):
        identifiers_pl_krs (str | Unset):
        identifiers_pl_nip (str | Unset):
        identifiers_pl_regon (str | Unset):
        identifiers_pl_pesel (str | Unset):
        version_from_datetime (datetime.datetime | Unset):
        version_to_datetime (datetime.datetime | Unset):
        version_latest (bool | Unset):
        projection (str | Unset):
        content (list[str] | Unset):
        refresh_id (str | Unset):
    """

    media_type: str | Unset = UNSET
    last_update_datetime_from: datetime.datetime | Unset = UNSET
    last_update_datetime_to: datetime.datetime | Unset = UNSET
    identifiers_pl_krs: str | Unset = UNSET
    identifiers_pl_nip: str | Unset = UNSET
    identifiers_pl_regon: str | Unset = UNSET
    identifiers_pl_pesel: str | Unset = UNSET
    version_from_datetime: datetime.datetime | Unset = UNSET
    version_to_datetime: datetime.datetime | Unset = UNSET
    version_latest: bool | Unset = UNSET
    projection: str | Unset = UNSET
    content: list[str] | Unset = UNSET
    refresh_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_type = self.media_type

        last_update_datetime_from: str | Unset = UNSET
        if not isinstance(self.last_update_datetime_from, Unset):
            last_update_datetime_from = self.last_update_datetime_from.isoformat()

        last_update_datetime_to: str | Unset = UNSET
        if not isinstance(self.last_update_datetime_to, Unset):
            last_update_datetime_to = self.last_update_datetime_to.isoformat()

        identifiers_pl_krs = self.identifiers_pl_krs

        identifiers_pl_nip = self.identifiers_pl_nip

        identifiers_pl_regon = self.identifiers_pl_regon

        identifiers_pl_pesel = self.identifiers_pl_pesel

        version_from_datetime: str | Unset = UNSET
        if not isinstance(self.version_from_datetime, Unset):
            version_from_datetime = self.version_from_datetime.isoformat()

        version_to_datetime: str | Unset = UNSET
        if not isinstance(self.version_to_datetime, Unset):
            version_to_datetime = self.version_to_datetime.isoformat()

        version_latest = self.version_latest

        projection = self.projection

        content: list[str] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content

        refresh_id = self.refresh_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if last_update_datetime_from is not UNSET:
            field_dict["last_update_datetime_from"] = last_update_datetime_from
        if last_update_datetime_to is not UNSET:
            field_dict["last_update_datetime_to"] = last_update_datetime_to
        if identifiers_pl_krs is not UNSET:
            field_dict["identifiers.pl_krs"] = identifiers_pl_krs
        if identifiers_pl_nip is not UNSET:
            field_dict["identifiers.pl_nip"] = identifiers_pl_nip
        if identifiers_pl_regon is not UNSET:
            field_dict["identifiers.pl_regon"] = identifiers_pl_regon
        if identifiers_pl_pesel is not UNSET:
            field_dict["identifiers.pl_pesel"] = identifiers_pl_pesel
        if version_from_datetime is not UNSET:
            field_dict["version.from_datetime"] = version_from_datetime
        if version_to_datetime is not UNSET:
            field_dict["version.to_datetime"] = version_to_datetime
        if version_latest is not UNSET:
            field_dict["version.latest"] = version_latest
        if projection is not UNSET:
            field_dict["projection"] = projection
        if content is not UNSET:
            field_dict["content"] = content
        if refresh_id is not UNSET:
            field_dict["refresh_id"] = refresh_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        media_type = d.pop("media_type", UNSET)

        _last_update_datetime_from = d.pop("last_update_datetime_from", UNSET)
        last_update_datetime_from: datetime.datetime | Unset
        if isinstance(_last_update_datetime_from, Unset):
            last_update_datetime_from = UNSET
        else:
            last_update_datetime_from = datetime.datetime.fromisoformat(_last_update_datetime_from)

        _last_update_datetime_to = d.pop("last_update_datetime_to", UNSET)
        last_update_datetime_to: datetime.datetime | Unset
        if isinstance(_last_update_datetime_to, Unset):
            last_update_datetime_to = UNSET
        else:
            last_update_datetime_to = datetime.datetime.fromisoformat(_last_update_datetime_to)

        identifiers_pl_krs = d.pop("identifiers.pl_krs", UNSET)

        identifiers_pl_nip = d.pop("identifiers.pl_nip", UNSET)

        identifiers_pl_regon = d.pop("identifiers.pl_regon", UNSET)

        identifiers_pl_pesel = d.pop("identifiers.pl_pesel", UNSET)

        _version_from_datetime = d.pop("version.from_datetime", UNSET)
        version_from_datetime: datetime.datetime | Unset
        if isinstance(_version_from_datetime, Unset):
            version_from_datetime = UNSET
        else:
            version_from_datetime = datetime.datetime.fromisoformat(_version_from_datetime)

        _version_to_datetime = d.pop("version.to_datetime", UNSET)
        version_to_datetime: datetime.datetime | Unset
        if isinstance(_version_to_datetime, Unset):
            version_to_datetime = UNSET
        else:
            version_to_datetime = datetime.datetime.fromisoformat(_version_to_datetime)

        version_latest = d.pop("version.latest", UNSET)

        projection = d.pop("projection", UNSET)

        content = cast(list[str], d.pop("content", UNSET))

        refresh_id = d.pop("refresh_id", UNSET)

        stream_query = cls(
            media_type=media_type,
            last_update_datetime_from=last_update_datetime_from,
            last_update_datetime_to=last_update_datetime_to,
            identifiers_pl_krs=identifiers_pl_krs,
            identifiers_pl_nip=identifiers_pl_nip,
            identifiers_pl_regon=identifiers_pl_regon,
            identifiers_pl_pesel=identifiers_pl_pesel,
            version_from_datetime=version_from_datetime,
            version_to_datetime=version_to_datetime,
            version_latest=version_latest,
            projection=projection,
            content=content,
            refresh_id=refresh_id,
        )

        stream_query.additional_properties = d
        return stream_query

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
