from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="KrzWpContent")


@_attrs_define
class KrzWpContent:
    """The KRZ register's answers, under `raw_result` keyed `wyszukaj-po-of`, `wyszukaj-po-of-jdg` and `wyszukaj-po-
    podmiocie`.

        Attributes:
            raw_result (None | OpenObject | Unset): A JSON object whose fields are not described here.
    """

    raw_result: None | OpenObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        raw_result: dict[str, Any] | None | Unset
        if isinstance(self.raw_result, Unset):
            raw_result = UNSET
        elif isinstance(self.raw_result, OpenObject):
            raw_result = self.raw_result.to_dict()
        else:
            raw_result = self.raw_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if raw_result is not UNSET:
            field_dict["raw_result"] = raw_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)

        def _parse_raw_result(data: object) -> None | OpenObject | Unset:
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

        raw_result = _parse_raw_result(d.pop("raw_result", UNSET))

        krz_wp_content = cls(
            raw_result=raw_result,
        )

        krz_wp_content.additional_properties = d
        return krz_wp_content

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
