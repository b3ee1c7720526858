"""Checks of Polish identifiers, run before a request is sent.

A wrong NIP costs a refresh order and quota without finding anything, so the client
rejects it first. NIP, REGON and PESEL are checked by their check digits
(python-stdnum); a KRS number has no check digit and is only padded to 10 digits.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from mgbi.errors import InvalidInputError

__all__ = [
    "normalize_identifier",
    "normalize_krs",
    "normalize_nip",
    "normalize_pesel",
    "normalize_regon",
]


def _digits(value: object, name: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise InvalidInputError(f"{name} must be a string of digits, got {value!r}")
    cleaned = value.strip().replace("-", "").replace(" ", "")
    if not cleaned.isdigit() or not cleaned.isascii():
        raise InvalidInputError(f"invalid {name} {value!r}: expected digits only")
    return cleaned


def normalize_krs(value: object) -> str:
    """Return a KRS number as 10 digits, zero padded (``123`` -> ``0000000123``)."""
    digits = _digits(value, "KRS number")
    if len(digits) > 10:
        raise InvalidInputError(
            f"invalid KRS number {value!r}: expected at most 10 digits, "
            f"got {len(digits)}"
        )
    return digits.zfill(10)


def _checked(
    value: object,
    name: str,
    lengths: tuple[int, ...],
    stdnum_module: str,
    check: bool,
) -> str:
    digits = _digits(value, name)
    if len(digits) not in lengths:
        expected = " or ".join(str(length) for length in lengths)
        raise InvalidInputError(
            f"invalid {name} {value!r}: expected {expected} digits, got {len(digits)}"
        )
    if check:
        # python-stdnum is imported on first use. Importing it also loads pydoc, which
        # made `import mgbi` about 10% slower, and many programs check no identifier.
        from stdnum.exceptions import ValidationError

        validator = importlib.import_module(f"stdnum.pl.{stdnum_module}")
        try:
            validator.validate(digits)
        except ValidationError as error:
            raise InvalidInputError(
                f"invalid {name} {value!r}: {error} Check the number, or pass "
                "validate_identifiers=False to the client to send it unchecked."
            ) from error
    return digits


def normalize_nip(value: object, *, check: bool = True) -> str:
    """Return a NIP as 10 digits without dashes or spaces, checking its check digit."""
    return _checked(value, "NIP", (10,), "nip", check)


def normalize_regon(value: object, *, check: bool = True) -> str:
    """Return a REGON as 9 or 14 digits, checking its check digits."""
    return _checked(value, "REGON", (9, 14), "regon", check)


def normalize_pesel(value: object, *, check: bool = True) -> str:
    """Return a PESEL as 11 digits, checking its check digit and birth date."""
    return _checked(value, "PESEL", (11,), "pesel", check)


_BY_KEY: dict[str, Callable[..., str]] = {
    "pl_nip": normalize_nip,
    "pl_regon": normalize_regon,
    "pl_pesel": normalize_pesel,
}


def normalize_identifier(key: str, value: object, *, check: bool = True) -> str:
    """Return ``value`` normalized for the identifier ``key`` (``pl_nip``, ...).

    Keys may carry the ``identifiers.`` prefix. Unknown keys pass through unchanged when
    the value is a string.
    """
    short = key.removeprefix("identifiers.").removeprefix("identifiers_")
    if short == "pl_krs":
        return normalize_krs(value)
    normalize = _BY_KEY.get(short)
    if normalize is not None:
        return normalize(value, check=check)
    if not isinstance(value, str):
        raise InvalidInputError(f"identifier {key!r} must be a string, got {value!r}")
    return value
