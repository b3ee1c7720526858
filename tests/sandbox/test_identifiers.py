"""Synthetic identifiers pass the same checksums that the client checks."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from stdnum import iban
from stdnum.pl import nip, pesel, regon

from mgbi.sandbox import FAILING_NIP, KNOWN_ENTITIES, MODEL_IDS, Entity
from mgbi.sandbox.entities import entity_for_query, numbered_entity
from mgbi.sandbox.identifiers import (
    is_valid_nip,
    is_valid_pesel,
    is_valid_regon,
    make_bank_account,
    make_nip,
    make_object_id,
    make_pesel,
    make_regon9,
    make_regon14,
)
from mgbi.sandbox.store import ModelStore

SERIALS = [0, 1, 9, 10, 4242, 99_999, 654_321, 9_999_999]


@pytest.mark.parametrize("serial", SERIALS)
def test_make_nip_valid_for_serial(serial: int) -> None:
    value = make_nip(serial)
    assert nip.is_valid(value)
    assert is_valid_nip(value)


@pytest.mark.parametrize("serial", SERIALS)
def test_make_regon_valid_for_serial(serial: int) -> None:
    short = make_regon9(serial)
    assert regon.is_valid(short)
    assert is_valid_regon(short)
    assert regon.is_valid(make_regon14(short, serial % 10_000))


@pytest.mark.parametrize("year", [1899, 1950, 2001, 2150])
def test_make_pesel_valid_for_century(year: int) -> None:
    value = make_pesel(dt.date(year, 12, 31), 1234)
    assert pesel.is_valid(value)
    assert is_valid_pesel(value)
    assert pesel.get_birth_date(value) == dt.date(year, 12, 31)


def test_make_nip_distinct_serials_distinct_numbers() -> None:
    numbers = {make_nip(serial) for serial in range(5000)}
    assert len(numbers) == 5000


def test_make_nip_serial_too_large_rejected() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        make_nip(10**7)


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("8190937865", True),
        ("8190937866", False),
        ("819093786", False),
        ("81909378a5", False),
    ],
)
def test_is_valid_nip_table(value: str, valid: bool) -> None:
    assert is_valid_nip(value) is valid
    assert nip.is_valid(value) is valid


def test_bank_account_passes_iban_check() -> None:
    account = make_bank_account("10500002", 77)
    assert len(account) == 26
    assert iban.is_valid(f"PL{account}")


def test_failing_nip_has_valid_checksum() -> None:
    assert nip.is_valid(FAILING_NIP)


@pytest.mark.parametrize("entity", KNOWN_ENTITIES, ids=lambda e: e.nip)
def test_known_entity_identifiers_valid(entity: Entity) -> None:
    assert nip.is_valid(entity.nip)
    assert regon.is_valid(entity.regon)
    assert regon.is_valid(entity.regon14)
    if entity.pesel is not None:
        assert pesel.is_valid(entity.pesel)


def test_numbered_entity_identifiers_valid() -> None:
    for serial in (0, 17, 123_456):
        entity = numbered_entity(serial)
        assert nip.is_valid(entity.nip)
        assert regon.is_valid(entity.regon)
        assert entity.krs is not None and len(entity.krs) == 10


def test_entity_for_query_unknown_nip_kept() -> None:
    entity = entity_for_query({"identifiers.pl_nip": FAILING_NIP})
    assert entity.nip == FAILING_NIP
    assert regon.is_valid(entity.regon)
    assert entity_for_query({"identifiers.pl_nip": FAILING_NIP}) == entity


def test_make_object_id_unique_hex() -> None:
    ids = [make_object_id() for _ in range(1000)]
    assert len(set(ids)) == 1000
    assert all(len(value) == 24 and int(value, 16) >= 0 for value in ids)


def _identifier_values(record: dict[str, object]) -> dict[str, str | None]:
    identifiers = record.get("identifiers") or {}
    assert isinstance(identifiers, dict)
    return identifiers


@pytest.mark.parametrize("model", MODEL_IDS)
def test_model_records_identifiers_valid(model: str) -> None:
    store = ModelStore(model, extra_count=30)
    for position in range(len(store)):
        record = json.loads(store.record_json(position))
        identifiers = _identifier_values(record)
        checks = {
            "pl_nip": nip.is_valid,
            "pl_regon": regon.is_valid,
            "pl_pesel": pesel.is_valid,
        }
        for key, is_valid in checks.items():
            value = identifiers.get(key)
            if value is not None:
                assert is_valid(value), (record["id"], key, value)
        krs = identifiers.get("pl_krs")
        if krs is not None:
            assert len(krs) == 10, record["id"]
            assert krs.isdigit(), record["id"]
