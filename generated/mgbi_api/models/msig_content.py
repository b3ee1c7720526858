from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MsigContent")


@_attrs_define
class MsigContent:
    """A gazette notice as markup strings.

    Attributes:
        header_xml (None | str | Unset):
        body_xml (None | str | Unset):
        krs_entry_xml (None | str | Unset):
    """

    header_xml: None | str | Unset = UNSET
    body_xml: None | str | Unset = UNSET
    krs_entry_xml: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        header_xml: None | str | Unset
        if isinstance(self.header_xml, Unset):
            header_xml = UNSET
        else:
            header_xml = self.header_xml

        body_xml: None | str | Unset
        if isinstance(self.body_xml, Unset):
            body_xml = UNSET
        else:
            body_xml = self.body_xml

        krs_entry_xml: None | str | Unset
        if isinstance(self.krs_entry_xml, Unset):
            krs_entry_xml = UNSET
        else:
            krs_entry_xml = self.krs_entry_xml

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if header_xml is not UNSET:
            field_dict["header_xml"] = header_xml
        if body_xml is not UNSET:
            field_dict["body_xml"] = body_xml
        if krs_entry_xml is not UNSET:
            field_dict["krs_entry_xml"] = krs_entry_xml

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_header_xml(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        header_xml = _parse_header_xml(d.pop("header_xml", UNSET))

        def _parse_body_xml(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body_xml = _parse_body_xml(d.pop("body_xml", UNSET))

        def _parse_krs_entry_xml(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        krs_entry_xml = _parse_krs_entry_xml(d.pop("krs_entry_xml", UNSET))

        msig_content = cls(
            header_xml=header_xml,
            body_xml=body_xml,
            krs_entry_xml=krs_entry_xml,
        )

        msig_content.additional_properties = d
        return msig_content

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
