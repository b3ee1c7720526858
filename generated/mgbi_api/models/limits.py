from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.counters import Counters


T = TypeVar("T", bound="Limits")


@_attrs_define
class Limits:
    """Quota limits and counters of one model for the current subscription period. Both maps have the same keys, such as
    `api`, `api_get`, `api_search`, `api_files`, `records`, `files`, `refresh` and `reports`.

        Attributes:
            max_ (Counters): Counter values by counter name.
            used (Counters): Counter values by counter name.
    """

    max_: Counters
    used: Counters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_.to_dict()

        used = self.used.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max": max_,
                "used": used,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        max_ = Counters.from_dict(d.pop("max"))

        used = Counters.from_dict(d.pop("used"))

        limits = cls(
            max_=max_,
            used=used,
        )

        limits.additional_properties = d
        return limits

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
from ..models.counters import Counters  # noqa: E402
