from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordIdentifiers")


@_attrs_define
class RecordIdentifiers:
    """Identifiers of the entity a record describes.

    Attributes:
        pl_krs (None | str | Unset): KRS number, 10 digits with leading zeros.
        pl_nip (None | str | Unset): NIP tax number, 10 digits.
        pl_regon (None | str | Unset): REGON, 9 or 14 digits.
        pl_pesel (None | str | Unset): PESEL of a person.
        register_type (None | str | Unset): KRS register letter, for example `P` (businesses).
    """

    pl_krs: None | str | Unset = UNSET
    pl_nip: None | str | Unset = UNSET
    pl_regon: None | str | Unset = UNSET
    pl_pesel: None | str | Unset = UNSET
    register_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pl_krs: None | str | Unset
        if isinstance(self.pl_krs, Unset):
            pl_krs = UNSET
        else:
            pl_krs = self.pl_krs

        pl_nip: None | str | Unset
        if isinstance(self.pl_nip, Unset):
            pl_nip = UNSET
        else:
            pl_nip = self.pl_nip

        pl_regon: None | str | Unset
        if isinstance(self.pl_regon, Unset):
            pl_regon = UNSET
        else:
            pl_regon = self.pl_regon

        pl_pesel: None | str | Unset
        if isinstance(self.pl_pesel, Unset):
            pl_pesel = UNSET
        else:
            pl_pesel = self.pl_pesel

        register_type: None | str | Unset
        if isinstance(self.register_type, Unset):
            register_type = UNSET
        else:
            register_type = self.register_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pl_krs is not UNSET:
            field_dict["pl_krs"] = pl_krs
        if pl_nip is not UNSET:
            field_dict["pl_nip"] = pl_nip
        if pl_regon is not UNSET:
            field_dict["pl_regon"] = pl_regon
        if pl_pesel is not UNSET:
            field_dict["pl_pesel"] = pl_pesel
        if register_type is not UNSET:
            field_dict["register_type"] = register_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_pl_krs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pl_krs = _parse_pl_krs(d.pop("pl_krs", UNSET))

        def _parse_pl_nip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pl_nip = _parse_pl_nip(d.pop("pl_nip", UNSET))

        def _parse_pl_regon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pl_regon = _parse_pl_regon(d.pop("pl_regon", UNSET))

        def _parse_pl_pesel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pl_pesel = _parse_pl_pesel(d.pop("pl_pesel", UNSET))

        def _parse_register_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        register_type = _parse_register_type(d.pop("register_type", UNSET))

        record_identifiers = cls(
            pl_krs=pl_krs,
            pl_nip=pl_nip,
            pl_regon=pl_regon,
            pl_pesel=pl_pesel,
            register_type=register_type,
        )

        record_identifiers.additional_properties = d
        return record_identifiers

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
