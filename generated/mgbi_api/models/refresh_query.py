from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RefreshQuery")


@_attrs_define
class RefreshQuery:
    """What to refresh, the model plus identifier keys in dotted form.

    Attributes:
        model (str): Model id, for example `pl-krz-wp-record`.
        identifiers_pl_nip (None | str | Unset):
        identifiers_pl_krs (None | str | Unset):
        identifiers_pl_regon (None | str | Unset):
        identifiers_pl_pesel (None | str | Unset):
    """

    model: str
    identifiers_pl_nip: None | str | Unset = UNSET
    identifiers_pl_krs: None | str | Unset = UNSET
    identifiers_pl_regon: None | str | Unset = UNSET
    identifiers_pl_pesel: None | str | Unset = UNSET
    additional_properties: dict[str, None | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        identifiers_pl_nip: None | str | Unset
        if isinstance(self.identifiers_pl_nip, Unset):
            identifiers_pl_nip = UNSET
        else:
            identifiers_pl_nip = self.identifiers_pl_nip

        identifiers_pl_krs: None | str | Unset
        if isinstance(self.identifiers_pl_krs, Unset):
            identifiers_pl_krs = UNSET
        else:
            identifiers_pl_krs = self.identifiers_pl_krs

        identifiers_pl_regon: None | str | Unset
        if isinstance(self.identifiers_pl_regon, Unset):
            identifiers_pl_regon = UNSET
        else:
            identifiers_pl_regon = self.identifiers_pl_regon

        identifiers_pl_pesel: None | str | Unset
        if isinstance(self.identifiers_pl_pesel, Unset):
            identifiers_pl_pesel = UNSET
        else:
            identifiers_pl_pesel = self.identifiers_pl_pesel

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        field_dict.update(
            {
                "model": model,
            }
        )
        if identifiers_pl_nip is not UNSET:
            field_dict["identifiers.pl_nip"] = identifiers_pl_nip
        if identifiers_pl_krs is not UNSET:
            field_dict["identifiers.pl_krs"] = identifiers_pl_krs
        if identifiers_pl_regon is not UNSET:
            field_dict["identifiers.pl_regon"] = identifiers_pl_regon
        if identifiers_pl_pesel is not UNSET:
            field_dict["identifiers.pl_pesel"] = identifiers_pl_pesel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        def _parse_identifiers_pl_nip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identifiers_pl_nip = _parse_identifiers_pl_nip(d.pop("identifiers.pl_nip", UNSET))

        def _parse_identifiers_pl_krs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identifiers_pl_krs = _parse_identifiers_pl_krs(d.pop("identifiers.pl_krs", UNSET))

        def _parse_identifiers_pl_regon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identifiers_pl_regon = _parse_identifiers_pl_regon(d.pop("identifiers.pl_regon", UNSET))

        def _parse_identifiers_pl_pesel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identifiers_pl_pesel = _parse_identifiers_pl_pesel(d.pop("identifiers.pl_pesel", UNSET))

        refresh_query = cls(
            model=model,
            identifiers_pl_nip=identifiers_pl_nip,
            identifiers_pl_krs=identifiers_pl_krs,
            identifiers_pl_regon=identifiers_pl_regon,
            identifiers_pl_pesel=identifiers_pl_pesel,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        refresh_query.additional_properties = additional_properties
        return refresh_query

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
