from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="KrsExcerpt")


@_attrs_define
class KrsExcerpt:
    """One KRS extract (`rodzaj`, `naglowekA`, `dane.dzial1` to `dzial6`). The key of the full extract is inferred.

    Attributes:
        rodzaj (None | str | Unset): Extract kind, for example `Aktualny` (current).
        naglowek_a (None | OpenObject | Unset): A JSON object whose fields are not described here.
        dane (None | OpenObject | Unset): A JSON object whose fields are not described here.
    """

    rodzaj: None | str | Unset = UNSET
    naglowek_a: None | OpenObject | Unset = UNSET
    dane: None | OpenObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        rodzaj: None | str | Unset
        if isinstance(self.rodzaj, Unset):
            rodzaj = UNSET
        else:
            rodzaj = self.rodzaj

        naglowek_a: dict[str, Any] | None | Unset
        if isinstance(self.naglowek_a, Unset):
            naglowek_a = UNSET
        elif isinstance(self.naglowek_a, OpenObject):
            naglowek_a = self.naglowek_a.to_dict()
        else:
            naglowek_a = self.naglowek_a

        dane: dict[str, Any] | None | Unset
        if isinstance(self.dane, Unset):
            dane = UNSET
        elif isinstance(self.dane, OpenObject):
            dane = self.dane.to_dict()
        else:
            dane = self.dane

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rodzaj is not UNSET:
            field_dict["rodzaj"] = rodzaj
        if naglowek_a is not UNSET:
            field_dict["naglowekA"] = naglowek_a
        if dane is not UNSET:
            field_dict["dane"] = dane

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)

        def _parse_rodzaj(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rodzaj = _parse_rodzaj(d.pop("rodzaj", UNSET))

        def _parse_naglowek_a(data: object) -> None | OpenObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_open_object_type_0 = OpenObject.from_dict(data)

                return componentsschemas_open_object_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenObject | Unset, data)

        naglowek_a = _parse_naglowek_a(d.pop("naglowekA", UNSET))

        def _parse_dane(data: object) -> None | OpenObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_open_object_type_0 = OpenObject.from_dict(data)

                return componentsschemas_open_object_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenObject | Unset, data)

        dane = _parse_dane(d.pop("dane", UNSET))

        krs_excerpt = cls(
            rodzaj=rodzaj,
            naglowek_a=naglowek_a,
            dane=dane,
        )

        krs_excerpt.additional_properties = d
        return krs_excerpt

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
from ..models.open_object import OpenObject  # noqa: E402
