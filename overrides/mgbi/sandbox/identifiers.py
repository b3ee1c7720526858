"""Build synthetic Polish identifiers that pass their checksums.

The client checks NIP, REGON and PESEL checksums before it sends a request, so every
identifier that the sandbox invents must be valid. The weights are the published ones
of each register (NIP: Ministry of Finance, REGON: Statistics Poland, PESEL: the Act on
population records). KRS numbers have no check digit.
"""

from __future__ import annotations

import datetime as dt
import itertools
import secrets
import time

NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)
REGON9_WEIGHTS = (8, 9, 2, 3, 4, 5, 6, 7)
REGON14_WEIGHTS = (2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8)
PESEL_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)

# The PESEL month field adds this offset for each century of birth.
PESEL_CENTURY_OFFSETS = {1800: 80, 1900: 0, 2000: 20, 2100: 40, 2200: 60}


def _weighted_sum(digits: str, weights: tuple[int, ...]) -> int:
    return sum(
        int(digit) * weight for digit, weight in zip(digits, weights, strict=True)
    )


def is_valid_nip(value: str) -> bool:
    """Return whether `value` is a 10-digit NIP with a correct check digit."""
    if len(value) != 10 or not value.isdigit():
        return False
    check = _weighted_sum(value[:9], NIP_WEIGHTS) % 11
    return check != 10 and check == int(value[9])


def is_valid_regon(value: str) -> bool:
    """Return whether `value` is a 9- or 14-digit REGON with a correct check digit."""
    if len(value) not in (9, 14) or not value.isdigit():
        return False
    weights = REGON9_WEIGHTS if len(value) == 9 else REGON14_WEIGHTS
    return _weighted_sum(value[:-1], weights) % 11 % 10 == int(value[-1])


def is_valid_pesel(value: str) -> bool:
    """Return whether `value` is an 11-digit PESEL with a correct check digit."""
    if len(value) != 11 or not value.isdigit():
        return False
    return (10 - _weighted_sum(value[:10], PESEL_WEIGHTS) % 10) % 10 == int(value[10])


def make_nip(serial: int, prefix: str = "7") -> str:
    """Return a valid NIP whose first nine digits encode `serial`.

    Distinct serials below 10**7 give distinct numbers. The ninth digit is 0, or 1 when
    0 would make the check digit 10, which a NIP may not have.
    """
    body = f"{prefix}{serial:07d}"
    if len(body) != 8:
        raise ValueError(f"serial {serial} does not fit in a NIP. Use one below 10**7")

    for ninth in "01":
        check = _weighted_sum(body + ninth, NIP_WEIGHTS) % 11
        if check != 10:
            return f"{body}{ninth}{check}"
    raise AssertionError("unreachable: changing the ninth digit by 1 changes the check")


def make_regon9(serial: int, prefix: str = "3") -> str:
    """Return a valid 9-digit REGON whose first eight digits encode `serial`."""
    body = f"{prefix}{serial:07d}"
    if len(body) != 8:
        raise ValueError(
            f"serial {serial} does not fit in a REGON. Use one below 10**7"
        )
    return body + str(_weighted_sum(body, REGON9_WEIGHTS) % 11 % 10)


def make_regon14(regon9: str, unit: int = 0) -> str:
    """Return the valid 14-digit REGON of local unit number `unit` of `regon9`."""
    body = f"{regon9}{unit:04d}"
    return body + str(_weighted_sum(body, REGON14_WEIGHTS) % 11 % 10)


def make_pesel(birth_date: dt.date, serial: int) -> str:
    """Return a valid PESEL for `birth_date` with serial number `serial` (0-9999)."""
    century = birth_date.year // 100 * 100
    month = birth_date.month + PESEL_CENTURY_OFFSETS[century]
    date_part = f"{birth_date.year % 100:02d}{month:02d}{birth_date.day:02d}"
    body = f"{date_part}{serial % 10000:04d}"
    return body + str((10 - _weighted_sum(body, PESEL_WEIGHTS) % 10) % 10)


def make_krs(serial: int) -> str:
    """Return a KRS number: 10 digits with leading zeros."""
    return f"{serial:010d}"


def make_bank_account(bank_code: str, serial: int) -> str:
    """Return a 26-digit Polish account number (NRB) with valid IBAN check digits.

    `bank_code` is the 8-digit sort code. The check digits follow ISO 13616: the
    account, the country letters as numbers (P=25, L=21) and 00, taken mod 97.
    """
    bban = f"{bank_code}{serial:016d}"
    check = 98 - int(f"{bban}252100") % 97
    return f"{check:02d}{bban}"


_object_id_counter = itertools.count(secrets.randbelow(1 << 24))
_OBJECT_ID_PROCESS_PART = secrets.token_hex(5)


def make_object_id() -> str:
    """Return a new 24-hex-digit id laid out like a MongoDB ObjectId.

    The parts are the creation time in seconds, a random value fixed per process and a
    counter, so ids are unique within a process and sort by creation time.
    """
    counter = next(_object_id_counter) % (1 << 24)
    return f"{int(time.time()):08x}{_OBJECT_ID_PROCESS_PART}{counter:06x}"
