from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="CrbrRawResult")


@_attrs_define
class CrbrRawResult:
    """The CRBR register's own response. Dates keep the register's formats, so they stay
    strings. `spolka` is the company (`nip`, `krs`, `pelnaNazwa`, `formaOrganizacyjna`,
    `adresSiedziby`, ...), `listaBeneficjentow` the beneficial owners.

        Attributes:
            id (None | str | Unset):
            data_zdarzenia (None | str | Unset):
            data_poczatku_prezentacji (None | str | Unset):
            data_konca_prezentacji (None | str | Unset):
            skorygowane (Any | Unset): Correction marker. Its type is not documented, so the schema accepts any JSON value,
                null included.
            spolka (None | OpenObject | Unset): A JSON object whose fields are not described here.
            lista_beneficjentow (list[None | OpenObject] | None | Unset): Beneficial owners (`pesel`, `imiePierwsze`,
                `nazwisko`, `obywatelstwo`, ...).
    """

    id: None | str | Unset = UNSET
    data_zdarzenia: None | str | Unset = UNSET
    data_poczatku_prezentacji: None | str | Unset = UNSET
    data_konca_prezentacji: None | str | Unset = UNSET
    skorygowane: Any | Unset = UNSET
    spolka: None | OpenObject | Unset = UNSET
    lista_beneficjentow: list[None | OpenObject] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        data_zdarzenia: None | str | Unset
        if isinstance(self.data_zdarzenia, Unset):
            data_zdarzenia = UNSET
        else:
            data_zdarzenia = self.data_zdarzenia

        data_poczatku_prezentacji: None | str | Unset
        if isinstance(self.data_poczatku_prezentacji, Unset):
            data_poczatku_prezentacji = UNSET
        else:
            data_poczatku_prezentacji = self.data_poczatku_prezentacji

        data_konca_prezentacji: None | str | Unset
        if isinstance(self.data_konca_prezentacji, Unset):
            data_konca_prezentacji = UNSET
        else:
            data_konca_prezentacji = self.data_konca_prezentacji

        skorygowane = self.skorygowane

        spolka: dict[str, Any] | None | Unset
        if isinstance(self.spolka, Unset):
            spolka = UNSET
        elif isinstance(self.spolka, OpenObject):
            spolka = self.spolka.to_dict()
        else:
            spolka = self.spolka

        lista_beneficjentow: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.lista_beneficjentow, Unset):
            lista_beneficjentow = UNSET
        elif isinstance(self.lista_beneficjentow, list):
            lista_beneficjentow = []
            for lista_beneficjentow_type_0_item_data in self.lista_beneficjentow:
                lista_beneficjentow_type_0_item: dict[str, Any] | None
                if isinstance(lista_beneficjentow_type_0_item_data, OpenObject):
                    lista_beneficjentow_type_0_item = lista_beneficjentow_type_0_item_data.to_dict()
                else:
                    lista_beneficjentow_type_0_item = lista_beneficjentow_type_0_item_data
                lista_beneficjentow.append(lista_beneficjentow_type_0_item)

        else:
            lista_beneficjentow = self.lista_beneficjentow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if data_zdarzenia is not UNSET:
            field_dict["dataZdarzenia"] = data_zdarzenia
        if data_poczatku_prezentacji is not UNSET:
            field_dict["dataPoczatkuPrezentacji"] = data_poczatku_prezentacji
        if data_konca_prezentacji is not UNSET:
            field_dict["dataKoncaPrezentacji"] = data_konca_prezentacji
        if skorygowane is not UNSET:
            field_dict["skorygowane"] = skorygowane
        if spolka is not UNSET:
            field_dict["spolka"] = spolka
        if lista_beneficjentow is not UNSET:
            field_dict["listaBeneficjentow"] = lista_beneficjentow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_data_zdarzenia(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_zdarzenia = _parse_data_zdarzenia(d.pop("dataZdarzenia", UNSET))

        def _parse_data_poczatku_prezentacji(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_poczatku_prezentacji = _parse_data_poczatku_prezentacji(d.pop("dataPoczatkuPrezentacji", UNSET))

        def _parse_data_konca_prezentacji(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_konca_prezentacji = _parse_data_konca_prezentacji(d.pop("dataKoncaPrezentacji", UNSET))

        skorygowane = d.pop("skorygowane", UNSET)

        def _parse_spolka(data: object) -> None | OpenObject | Unset:
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

        spolka = _parse_spolka(d.pop("spolka", UNSET))

        def _parse_lista_beneficjentow(data: object) -> list[None | OpenObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lista_beneficjentow_type_0 = []
                _lista_beneficjentow_type_0 = data
                for lista_beneficjentow_type_0_item_data in _lista_beneficjentow_type_0:

                    def _parse_lista_beneficjentow_type_0_item(data: object) -> None | OpenObject:
                        if data is None:
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_open_object_type_0 = OpenObject.from_dict(data)

                            return componentsschemas_open_object_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(None | OpenObject, data)

                    lista_beneficjentow_type_0_item = _parse_lista_beneficjentow_type_0_item(
                        lista_beneficjentow_type_0_item_data
                    )

                    lista_beneficjentow_type_0.append(lista_beneficjentow_type_0_item)

                return lista_beneficjentow_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[None | OpenObject] | None | Unset, data)

        lista_beneficjentow = _parse_lista_beneficjentow(d.pop("listaBeneficjentow", UNSET))

        crbr_raw_result = cls(
            id=id,
            data_zdarzenia=data_zdarzenia,
            data_poczatku_prezentacji=data_poczatku_prezentacji,
            data_konca_prezentacji=data_konca_prezentacji,
            skorygowane=skorygowane,
            spolka=spolka,
            lista_beneficjentow=lista_beneficjentow,
        )

        crbr_raw_result.additional_properties = d
        return crbr_raw_result

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
