"""Identifier checks that run before any request."""

import pytest

from mgbi.errors import InvalidInputError
from mgbi.identifiers import (
    normalize_identifier,
    normalize_krs,
    normalize_nip,
    normalize_pesel,
    normalize_regon,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("123456", "0000123456"), ("0000123456", "0000123456"), (123456, "0000123456")],
)
def test_normalize_krs_pads(value, expected):
    assert normalize_krs(value) == expected


@pytest.mark.parametrize("bad", ["12345678901", "12a456", "", None, 1.5])
def test_normalize_krs_rejects(bad):
    with pytest.raises(InvalidInputError):
        normalize_krs(bad)


def test_normalize_nip_strips_dashes():
    assert normalize_nip("819-093-78-65") == "8190937865"


@pytest.mark.parametrize(
    ("function", "bad"),
    [
        (normalize_nip, "8190937864"),
        (normalize_nip, "819093786"),
        (normalize_regon, "434839549"),
        (normalize_regon, "4348395480"),
        (normalize_regon, "43483954800005"),
        (normalize_pesel, "74241131275"),
        (normalize_pesel, "7424113127"),
    ],
    ids=[
        "nip-checksum",
        "nip-length",
        "regon9-checksum",
        "regon-length",
        "regon14-checksum",
        "pesel-checksum",
        "pesel-length",
    ],
)
def test_checked_identifiers_reject(function, bad):
    with pytest.raises(InvalidInputError) as caught:
        function(bad)
    assert bad in str(caught.value)


def test_checksum_check_can_be_off():
    assert normalize_nip("8190937864", check=False) == "8190937864"


def test_normalize_identifier_by_key():
    assert normalize_identifier("identifiers.pl_krs", "42") == "0000000042"
    assert normalize_identifier("identifiers_pl_nip", "8190937865") == "8190937865"
    assert normalize_identifier("pl_regon", "43483954800004") == "43483954800004"
