from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="WpvSubject")


@_attrs_define
class WpvSubject:
    """A VAT taxpayer.

    Attributes:
        name (None | str | Unset):
        nip (None | str | Unset):
        status_vat (None | str | Unset): VAT status, for example `Czynny` (active).
        regon (None | str | Unset):
        krs (None | str | Unset):
        working_address (None | str | Unset):
        residence_address (None | str | Unset):
        registration_legal_date (None | str | Unset):
        account_numbers (list[str] | None | Unset): Bank accounts, 26-digit strings.
        has_virtual_accounts (bool | None | Unset):
        representatives (list[None | OpenObject] | None | Unset):
        authorized_clerks (list[None | OpenObject] | None | Unset):
        partners (list[None | OpenObject] | None | Unset):
    """

    name: None | str | Unset = UNSET
    nip: None | str | Unset = UNSET
    status_vat: None | str | Unset = UNSET
    regon: None | str | Unset = UNSET
    krs: None | str | Unset = UNSET
    working_address: None | str | Unset = UNSET
    residence_address: None | str | Unset = UNSET
    registration_legal_date: None | str | Unset = UNSET
    account_numbers: list[str] | None | Unset = UNSET
    has_virtual_accounts: bool | None | Unset = UNSET
    representatives: list[None | OpenObject] | None | Unset = UNSET
    authorized_clerks: list[None | OpenObject] | None | Unset = UNSET
    partners: list[None | OpenObject] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        nip: None | str | Unset
        if isinstance(self.nip, Unset):
            nip = UNSET
        else:
            nip = self.nip

        status_vat: None | str | Unset
        if isinstance(self.status_vat, Unset):
            status_vat = UNSET
        else:
            status_vat = self.status_vat

        regon: None | str | Unset
        if isinstance(self.regon, Unset):
            regon = UNSET
        else:
            regon = self.regon

        krs: None | str | Unset
        if isinstance(self.krs, Unset):
            krs = UNSET
        else:
            krs = self.krs

        working_address: None | str | Unset
        if isinstance(self.working_address, Unset):
            working_address = UNSET
        else:
            working_address = self.working_address

        residence_address: None | str | Unset
        if isinstance(self.residence_address, Unset):
            residence_address = UNSET
        else:
            residence_address = self.residence_address

        registration_legal_date: None | str | Unset
        if isinstance(self.registration_legal_date, Unset):
            registration_legal_date = UNSET
        else:
            registration_legal_date = self.registration_legal_date

        account_numbers: list[str] | None | Unset
        if isinstance(self.account_numbers, Unset):
            account_numbers = UNSET
        elif isinstance(self.account_numbers, list):
            account_numbers = self.account_numbers

        else:
            account_numbers = self.account_numbers

        has_virtual_accounts: bool | None | Unset
        if isinstance(self.has_virtual_accounts, Unset):
            has_virtual_accounts = UNSET
        else:
            has_virtual_accounts = self.has_virtual_accounts

        representatives: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.representatives, Unset):
            representatives = UNSET
        elif isinstance(self.representatives, list):
            representatives = []
            for representatives_type_0_item_data in self.representatives:
                representatives_type_0_item: dict[str, Any] | None
                if isinstance(representatives_type_0_item_data, OpenObject):
                    representatives_type_0_item = representatives_type_0_item_data.to_dict()
                else:
                    representatives_type_0_item = representatives_type_0_item_data
                representatives.append(representatives_type_0_item)

        else:
            representatives = self.representatives

        authorized_clerks: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.authorized_clerks, Unset):
            authorized_clerks = UNSET
        elif isinstance(self.authorized_clerks, list):
            authorized_clerks = []
            for authorized_clerks_type_0_item_data in self.authorized_clerks:
                authorized_clerks_type_0_item: dict[str, Any] | None
                if isinstance(authorized_clerks_type_0_item_data, OpenObject):
                    authorized_clerks_type_0_item = authorized_clerks_type_0_item_data.to_dict()
                else:
                    authorized_clerks_type_0_item = authorized_clerks_type_0_item_data
                authorized_clerks.append(authorized_clerks_type_0_item)

        else:
            authorized_clerks = self.authorized_clerks

        partners: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.partners, Unset):
            partners = UNSET
        elif isinstance(self.partners, list):
            partners = []
            for partners_type_0_item_data in self.partners:
                partners_type_0_item: dict[str, Any] | None
                if isinstance(partners_type_0_item_data, OpenObject):
                    partners_type_0_item = partners_type_0_item_data.to_dict()
                else:
                    partners_type_0_item = partners_type_0_item_data
                partners.append(partners_type_0_item)

        else:
            partners = self.partners

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if nip is not UNSET:
            field_dict["nip"] = nip
        if status_vat is not UNSET:
            field_dict["statusVat"] = status_vat
        if regon is not UNSET:
            field_dict["regon"] = regon
        if krs is not UNSET:
            field_dict["krs"] = krs
        if working_address is not UNSET:
            field_dict["workingAddress"] = working_address
        if residence_address is not UNSET:
            field_dict["residenceAddress"] = residence_address
        if registration_legal_date is not UNSET:
            field_dict["registrationLegalDate"] = registration_legal_date
        if account_numbers is not UNSET:
            field_dict["accountNumbers"] = account_numbers
        if has_virtual_accounts is not UNSET:
            field_dict["hasVirtualAccounts"] = has_virtual_accounts
        if representatives is not UNSET:
            field_dict["representatives"] = representatives
        if authorized_clerks is not UNSET:
            field_dict["authorizedClerks"] = authorized_clerks
        if partners is not UNSET:
            field_dict["partners"] = partners

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_nip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nip = _parse_nip(d.pop("nip", UNSET))

        def _parse_status_vat(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_vat = _parse_status_vat(d.pop("statusVat", UNSET))

        def _parse_regon(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        regon = _parse_regon(d.pop("regon", UNSET))

        def _parse_krs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        krs = _parse_krs(d.pop("krs", UNSET))

        def _parse_working_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        working_address = _parse_working_address(d.pop("workingAddress", UNSET))

        def _parse_residence_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        residence_address = _parse_residence_address(d.pop("residenceAddress", UNSET))

        def _parse_registration_legal_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        registration_legal_date = _parse_registration_legal_date(d.pop("registrationLegalDate", UNSET))

        def _parse_account_numbers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                account_numbers_type_0 = cast(list[str], data)

                return account_numbers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        account_numbers = _parse_account_numbers(d.pop("accountNumbers", UNSET))

        def _parse_has_virtual_accounts(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_virtual_accounts = _parse_has_virtual_accounts(d.pop("hasVirtualAccounts", UNSET))

        def _parse_representatives(data: object) -> list[None | OpenObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                representatives_type_0 = []
                _representatives_type_0 = data
                for representatives_type_0_item_data in _representatives_type_0:

                    def _parse_representatives_type_0_item(data: object) -> None | OpenObject:
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

                    representatives_type_0_item = _parse_representatives_type_0_item(representatives_type_0_item_data)

                    representatives_type_0.append(representatives_type_0_item)

                return representatives_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[None | OpenObject] | None | Unset, data)

        representatives = _parse_representatives(d.pop("representatives", UNSET))

        def _parse_authorized_clerks(data: object) -> list[None | OpenObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                authorized_clerks_type_0 = []
                _authorized_clerks_type_0 = data
                for authorized_clerks_type_0_item_data in _authorized_clerks_type_0:

                    def _parse_authorized_clerks_type_0_item(data: object) -> None | OpenObject:
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

                    authorized_clerks_type_0_item = _parse_authorized_clerks_type_0_item(
                        authorized_clerks_type_0_item_data
                    )

                    authorized_clerks_type_0.append(authorized_clerks_type_0_item)

                return authorized_clerks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[None | OpenObject] | None | Unset, data)

        authorized_clerks = _parse_authorized_clerks(d.pop("authorizedClerks", UNSET))

        def _parse_partners(data: object) -> list[None | OpenObject] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                partners_type_0 = []
                _partners_type_0 = data
                for partners_type_0_item_data in _partners_type_0:

                    def _parse_partners_type_0_item(data: object) -> None | OpenObject:
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

                    partners_type_0_item = _parse_partners_type_0_item(partners_type_0_item_data)

                    partners_type_0.append(partners_type_0_item)

                return partners_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[None | OpenObject] | None | Unset, data)

        partners = _parse_partners(d.pop("partners", UNSET))

        wpv_subject = cls(
            name=name,
            nip=nip,
            status_vat=status_vat,
            regon=regon,
            krs=krs,
            working_address=working_address,
            residence_address=residence_address,
            registration_legal_date=registration_legal_date,
            account_numbers=account_numbers,
            has_virtual_accounts=has_virtual_accounts,
            representatives=representatives,
            authorized_clerks=authorized_clerks,
            partners=partners,
        )

        wpv_subject.additional_properties = d
        return wpv_subject

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
