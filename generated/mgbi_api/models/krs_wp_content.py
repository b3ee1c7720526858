from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.krs_excerpt import KrsExcerpt


T = TypeVar("T", bound="KrsWpContent")


@_attrs_define
class KrsWpContent:
    """KRS extracts in the Ministry of Justice JSON format, with its Polish keys.

    Attributes:
        current_excerpt (KrsExcerpt | None | Unset): One KRS extract (`rodzaj`, `naglowekA`, `dane.dzial1` to `dzial6`).
            The key of the full extract is inferred.
        full_excerpt (KrsExcerpt | None | Unset): One KRS extract (`rodzaj`, `naglowekA`, `dane.dzial1` to `dzial6`).
            The key of the full extract is inferred.
    """

    current_excerpt: KrsExcerpt | None | Unset = UNSET
    full_excerpt: KrsExcerpt | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        current_excerpt: dict[str, Any] | None | Unset
        if isinstance(self.current_excerpt, Unset):
            current_excerpt = UNSET
        elif isinstance(self.current_excerpt, KrsExcerpt):
            current_excerpt = self.current_excerpt.to_dict()
        else:
            current_excerpt = self.current_excerpt

        full_excerpt: dict[str, Any] | None | Unset
        if isinstance(self.full_excerpt, Unset):
            full_excerpt = UNSET
        elif isinstance(self.full_excerpt, KrsExcerpt):
            full_excerpt = self.full_excerpt.to_dict()
        else:
            full_excerpt = self.full_excerpt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_excerpt is not UNSET:
            field_dict["current_excerpt"] = current_excerpt
        if full_excerpt is not UNSET:
            field_dict["full_excerpt"] = full_excerpt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)

        def _parse_current_excerpt(data: object) -> KrsExcerpt | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_krs_excerpt_type_0 = KrsExcerpt.from_dict(data)

                return componentsschemas_krs_excerpt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KrsExcerpt | None | Unset, data)

        current_excerpt = _parse_current_excerpt(d.pop("current_excerpt", UNSET))

        def _parse_full_excerpt(data: object) -> KrsExcerpt | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_krs_excerpt_type_0 = KrsExcerpt.from_dict(data)

                return componentsschemas_krs_excerpt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KrsExcerpt | None | Unset, data)

        full_excerpt = _parse_full_excerpt(d.pop("full_excerpt", UNSET))

        krs_wp_content = cls(
            current_excerpt=current_excerpt,
            full_excerpt=full_excerpt,
        )

        krs_wp_content.additional_properties = d
        return krs_wp_content

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
from ..models.krs_excerpt import KrsExcerpt  # noqa: E402
