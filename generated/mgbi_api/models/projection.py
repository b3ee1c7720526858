from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Projection")


@_attrs_define
class Projection:
    """One projection. `content` lists the returned field paths and `where` the operations that accept it (meaning of both
    lists inferred).

        Attributes:
            content (list[str] | Unset):
            where (list[str] | Unset):
    """

    content: list[str] | Unset = UNSET
    where: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: list[str] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content

        where: list[str] | Unset = UNSET
        if not isinstance(self.where, Unset):
            where = self.where

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if where is not UNSET:
            field_dict["where"] = where

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = cast(list[str], d.pop("content", UNSET))

        where = cast(list[str], d.pop("where", UNSET))

        projection = cls(
            content=content,
            where=where,
        )

        projection.additional_properties = d
        return projection

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
