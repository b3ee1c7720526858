from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.refresh_query import RefreshQuery


T = TypeVar("T", bound="CreateRefreshRequest")


@_attrs_define
class CreateRefreshRequest:
    """The body of Create Refresh.

    Attributes:
        query (RefreshQuery): What to refresh, the model plus identifier keys in dotted form.
    """

    query: RefreshQuery
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)
        query = RefreshQuery.from_dict(d.pop("query"))

        create_refresh_request = cls(
            query=query,
        )

        create_refresh_request.additional_properties = d
        return create_refresh_request

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
from ..models.refresh_query import RefreshQuery  # noqa: E402
