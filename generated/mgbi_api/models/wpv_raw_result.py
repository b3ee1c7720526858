from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wpv_subject import WpvSubject


T = TypeVar("T", bound="WpvRawResult")


@_attrs_define
class WpvRawResult:
    """The VAT white list's own response. Dates keep the register's formats, so they stay strings.

    Attributes:
        subject (None | Unset | WpvSubject): A VAT taxpayer.
        request_id (None | str | Unset):
        request_date_time (None | str | Unset): Request time in the register's format, for example `19-12-2024
            07:50:33`.
    """

    subject: None | Unset | WpvSubject = UNSET
    request_id: None | str | Unset = UNSET
    request_date_time: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        subject: dict[str, Any] | None | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        elif isinstance(self.subject, WpvSubject):
            subject = self.subject.to_dict()
        else:
            subject = self.subject

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        request_date_time: None | str | Unset
        if isinstance(self.request_date_time, Unset):
            request_date_time = UNSET
        else:
            request_date_time = self.request_date_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject is not UNSET:
            field_dict["subject"] = subject
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if request_date_time is not UNSET:
            field_dict["requestDateTime"] = request_date_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)

        def _parse_subject(data: object) -> None | Unset | WpvSubject:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_wpv_subject_type_0 = WpvSubject.from_dict(data)

                return componentsschemas_wpv_subject_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WpvSubject, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("requestId", UNSET))

        def _parse_request_date_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_date_time = _parse_request_date_time(d.pop("requestDateTime", UNSET))

        wpv_raw_result = cls(
            subject=subject,
            request_id=request_id,
            request_date_time=request_date_time,
        )

        wpv_raw_result.additional_properties = d
        return wpv_raw_result

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
from ..models.wpv_subject import WpvSubject  # noqa: E402
