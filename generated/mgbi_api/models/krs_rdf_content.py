from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="KrsRdfContent")


@_attrs_define
class KrsRdfContent:
    """Parsed content of a financial document. `standardized_fields` and `extracted_fields` are seen in consumer code.

    Attributes:
        schema (None | OpenObject | Unset): A JSON object whose fields are not described here.
        standardized_fields (None | OpenObject | Unset): A JSON object whose fields are not described here.
        extracted_fields (None | OpenObject | Unset): A JSON object whose fields are not described here.
    """

    schema: None | OpenObject | Unset = UNSET
    standardized_fields: None | OpenObject | Unset = UNSET
    extracted_fields: None | OpenObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        schema: dict[str, Any] | None | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        elif isinstance(self.schema, OpenObject):
            schema = self.schema.to_dict()
        else:
            schema = self.schema

        standardized_fields: dict[str, Any] | None | Unset
        if isinstance(self.standardized_fields, Unset):
            standardized_fields = UNSET
        elif isinstance(self.standardized_fields, OpenObject):
            standardized_fields = self.standardized_fields.to_dict()
        else:
            standardized_fields = self.standardized_fields

        extracted_fields: dict[str, Any] | None | Unset
        if isinstance(self.extracted_fields, Unset):
            extracted_fields = UNSET
        elif isinstance(self.extracted_fields, OpenObject):
            extracted_fields = self.extracted_fields.to_dict()
        else:
            extracted_fields = self.extracted_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema
        if standardized_fields is not UNSET:
            field_dict["standardized_fields"] = standardized_fields
        if extracted_fields is not UNSET:
            field_dict["extracted_fields"] = extracted_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)

        def _parse_schema(data: object) -> None | OpenObject | Unset:
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

        schema = _parse_schema(d.pop("schema", UNSET))

        def _parse_standardized_fields(data: object) -> None | OpenObject | Unset:
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

        standardized_fields = _parse_standardized_fields(d.pop("standardized_fields", UNSET))

        def _parse_extracted_fields(data: object) -> None | OpenObject | Unset:
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

        extracted_fields = _parse_extracted_fields(d.pop("extracted_fields", UNSET))

        krs_rdf_content = cls(
            schema=schema,
            standardized_fields=standardized_fields,
            extracted_fields=extracted_fields,
        )

        krs_rdf_content.additional_properties = d
        return krs_rdf_content

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
