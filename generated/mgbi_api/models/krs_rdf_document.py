from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KrsRdfDocument")


@_attrs_define
class KrsRdfDocument:
    """A document of the KRS financial documents repository.

    Attributes:
        type_ (None | str | Unset): Document type. Seen: `resolution_on_approval`, `financial_statement`,
            `consolidated_financial_statement`; others may appear.
        filing_date (datetime.date | None | Unset):
        preparation_date (datetime.date | None | Unset):
        period_from_date (datetime.date | None | Unset):
        period_to_date (datetime.date | None | Unset):
        period_end_year (int | None | Unset):
        period_major_year (int | None | Unset):
        is_correction (bool | None | Unset):
        is_ias_compliant (bool | None | Unset):
        language (None | str | Unset):
        document_id (int | None | Unset):
        submission_id (int | None | Unset):
    """

    type_: None | str | Unset = UNSET
    filing_date: datetime.date | None | Unset = UNSET
    preparation_date: datetime.date | None | Unset = UNSET
    period_from_date: datetime.date | None | Unset = UNSET
    period_to_date: datetime.date | None | Unset = UNSET
    period_end_year: int | None | Unset = UNSET
    period_major_year: int | None | Unset = UNSET
    is_correction: bool | None | Unset = UNSET
    is_ias_compliant: bool | None | Unset = UNSET
    language: None | str | Unset = UNSET
    document_id: int | None | Unset = UNSET
    submission_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        filing_date: None | str | Unset
        if isinstance(self.filing_date, Unset):
            filing_date = UNSET
        elif isinstance(self.filing_date, datetime.date):
            filing_date = self.filing_date.isoformat()
        else:
            filing_date = self.filing_date

        preparation_date: None | str | Unset
        if isinstance(self.preparation_date, Unset):
            preparation_date = UNSET
        elif isinstance(self.preparation_date, datetime.date):
            preparation_date = self.preparation_date.isoformat()
        else:
            preparation_date = self.preparation_date

        period_from_date: None | str | Unset
        if isinstance(self.period_from_date, Unset):
            period_from_date = UNSET
        elif isinstance(self.period_from_date, datetime.date):
            period_from_date = self.period_from_date.isoformat()
        else:
            period_from_date = self.period_from_date

        period_to_date: None | str | Unset
        if isinstance(self.period_to_date, Unset):
            period_to_date = UNSET
        elif isinstance(self.period_to_date, datetime.date):
            period_to_date = self.period_to_date.isoformat()
        else:
            period_to_date = self.period_to_date

        period_end_year: int | None | Unset
        if isinstance(self.period_end_year, Unset):
            period_end_year = UNSET
        else:
            period_end_year = self.period_end_year

        period_major_year: int | None | Unset
        if isinstance(self.period_major_year, Unset):
            period_major_year = UNSET
        else:
            period_major_year = self.period_major_year

        is_correction: bool | None | Unset
        if isinstance(self.is_correction, Unset):
            is_correction = UNSET
        else:
            is_correction = self.is_correction

        is_ias_compliant: bool | None | Unset
        if isinstance(self.is_ias_compliant, Unset):
            is_ias_compliant = UNSET
        else:
            is_ias_compliant = self.is_ias_compliant

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        document_id: int | None | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        else:
            document_id = self.document_id

        submission_id: int | None | Unset
        if isinstance(self.submission_id, Unset):
            submission_id = UNSET
        else:
            submission_id = self.submission_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if filing_date is not UNSET:
            field_dict["filing_date"] = filing_date
        if preparation_date is not UNSET:
            field_dict["preparation_date"] = preparation_date
        if period_from_date is not UNSET:
            field_dict["period_from_date"] = period_from_date
        if period_to_date is not UNSET:
            field_dict["period_to_date"] = period_to_date
        if period_end_year is not UNSET:
            field_dict["period_end_year"] = period_end_year
        if period_major_year is not UNSET:
            field_dict["period_major_year"] = period_major_year
        if is_correction is not UNSET:
            field_dict["is_correction"] = is_correction
        if is_ias_compliant is not UNSET:
            field_dict["is_ias_compliant"] = is_ias_compliant
        if language is not UNSET:
            field_dict["language"] = language
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if submission_id is not UNSET:
            field_dict["submission_id"] = submission_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_filing_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                filing_date_type_0 = datetime.date.fromisoformat(data)

                return filing_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        filing_date = _parse_filing_date(d.pop("filing_date", UNSET))

        def _parse_preparation_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                preparation_date_type_0 = datetime.date.fromisoformat(data)

                return preparation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        preparation_date = _parse_preparation_date(d.pop("preparation_date", UNSET))

        def _parse_period_from_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_from_date_type_0 = datetime.date.fromisoformat(data)

                return period_from_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        period_from_date = _parse_period_from_date(d.pop("period_from_date", UNSET))

        def _parse_period_to_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_to_date_type_0 = datetime.date.fromisoformat(data)

                return period_to_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        period_to_date = _parse_period_to_date(d.pop("period_to_date", UNSET))

        def _parse_period_end_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_end_year = _parse_period_end_year(d.pop("period_end_year", UNSET))

        def _parse_period_major_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_major_year = _parse_period_major_year(d.pop("period_major_year", UNSET))

        def _parse_is_correction(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_correction = _parse_is_correction(d.pop("is_correction", UNSET))

        def _parse_is_ias_compliant(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_ias_compliant = _parse_is_ias_compliant(d.pop("is_ias_compliant", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_document_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        document_id = _parse_document_id(d.pop("document_id", UNSET))

        def _parse_submission_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        submission_id = _parse_submission_id(d.pop("submission_id", UNSET))

        krs_rdf_document = cls(
            type_=type_,
            filing_date=filing_date,
            preparation_date=preparation_date,
            period_from_date=period_from_date,
            period_to_date=period_to_date,
            period_end_year=period_end_year,
            period_major_year=period_major_year,
            is_correction=is_correction,
            is_ias_compliant=is_ias_compliant,
            language=language,
            document_id=document_id,
            submission_id=submission_id,
        )

        krs_rdf_document.additional_properties = d
        return krs_rdf_document

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
