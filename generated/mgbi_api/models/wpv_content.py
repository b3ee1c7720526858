from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wpv_raw_result import WpvRawResult


T = TypeVar("T", bound="WpvContent")


@_attrs_define
class WpvContent:
    """The VAT white list's answer for one taxpayer.

    Attributes:
        raw_result (None | Unset | WpvRawResult): The VAT white list's own response. Dates keep the register's formats,
            so they stay strings.
    """

    raw_result: None | Unset | WpvRawResult = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        raw_result: dict[str, Any] | None | Unset
        if isinstance(self.raw_result, Unset):
            raw_result = UNSET
        elif isinstance(self.raw_result, WpvRawResult):
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

        def _parse_raw_result(data: object) -> None | Unset | WpvRawResult:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_wpv_raw_result_type_0 = WpvRawResult.from_dict(data)

                return componentsschemas_wpv_raw_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WpvRawResult, data)

        raw_result = _parse_raw_result(d.pop("raw_result", UNSET))

        wpv_content = cls(
            raw_result=raw_result,
        )

        wpv_content.additional_properties = d
        return wpv_content

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
from ..models.wpv_raw_result import WpvRawResult  # noqa: E402
