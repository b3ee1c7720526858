"""Synthetic companies and people that the sandbox records describe.

Every identifier passes its checksum and no real entity is described. The three known
entities appear in the bundled records. Numbered entities are built on demand, for the
extra records and for refresh orders of identifiers that the sandbox has never seen.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass

from .identifiers import make_krs, make_nip, make_pesel, make_regon9, make_regon14


@dataclass(frozen=True)
class Entity:
    """One company or sole trader with its identifiers and the names records use."""

    name: str
    short_name: str
    krs: str | None
    nip: str
    regon: str
    pesel: str | None = None

    @property
    def regon14(self) -> str:
        """The 14-digit REGON of the head office (local unit 0000)."""
        return make_regon14(self.regon)

    def identifier_values(self) -> dict[str, str | None]:
        """Return the identifiers keyed as in a refresh query (`identifiers.pl_nip`)."""
        return {
            "identifiers.pl_krs": self.krs,
            "identifiers.pl_nip": self.nip,
            "identifiers.pl_regon": self.regon,
            "identifiers.pl_pesel": self.pesel,
        }


COMPANY_A = Entity(
    name="PRZYKŁADOWA SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ",
    short_name="PRZYKŁADOWA SPÓŁKA Z O.O.",
    krs="0000123456",
    nip="8190937865",
    regon="434839548",
)
"""The company of most documented examples. Every model has records for it."""

COMPANY_B = Entity(
    name="PRZYKŁADOWA SPÓŁKA AKCYJNA",
    short_name="PRZYKŁADOWA S.A.",
    krs="0000654321",
    nip="5559797114",
    regon=make_regon9(654321, prefix="1"),
)
"""The company of the CRBR examples. It has no KRZ record until a refresh adds one."""

SOLE_TRADER_C = Entity(
    name="USŁUGI INFORMATYCZNE ANNA TESTOWA",
    short_name="ANNA TESTOWA",
    krs=None,
    nip=make_nip(4242, prefix="6"),
    regon=make_regon9(4242, prefix="2"),
    pesel=make_pesel(dt.date(1980, 5, 17), 4321),
)
"""A sole trader (CEIDG) who also appears as a debtor in a bankruptcy notice."""

KNOWN_ENTITIES: tuple[Entity, ...] = (COMPANY_A, COMPANY_B, SOLE_TRADER_C)

# Numbered entities use identifier ranges that the known entities do not touch.
NUMBERED_KRS_BASE = 500_000
NUMBERED_NIP_PREFIX = "7"
NUMBERED_REGON_PREFIX = "3"
MAX_NUMBERED_ENTITIES = 10**7


def numbered_entity(serial: int) -> Entity:
    """Return synthetic company number `serial` (0 to 10**7 - 1)."""
    if not 0 <= serial < MAX_NUMBERED_ENTITIES:
        raise ValueError(
            f"entity serial {serial} is out of range 0..{MAX_NUMBERED_ENTITIES - 1}"
        )
    return Entity(
        name=f"SYNTETYCZNA SPÓŁKA NR {serial} SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ",
        short_name=f"SYNTETYCZNA SPÓŁKA NR {serial} SP. Z O.O.",
        krs=make_krs(NUMBERED_KRS_BASE + serial),
        nip=make_nip(serial, prefix=NUMBERED_NIP_PREFIX),
        regon=make_regon9(serial, prefix=NUMBERED_REGON_PREFIX),
    )


def entity_for_query(query: Mapping[str, object]) -> Entity:
    """Return the entity that a refresh query names.

    A known entity matches on any of its identifiers. For an unknown identifier the
    sandbox invents a company that carries the requested identifiers and fills the
    others from a hash of them, so that repeated orders describe the same company.
    """
    requested = {
        key: str(value)
        for key, value in query.items()
        if key.startswith("identifiers.")
    }
    for entity in KNOWN_ENTITIES:
        values = entity.identifier_values()
        if any(values.get(key) == value for key, value in requested.items()):
            return entity

    digest = hashlib.sha256(repr(sorted(requested.items())).encode()).digest()
    base = numbered_entity(9_000_000 + int.from_bytes(digest[:4], "big") % 1_000_000)
    # A 14-digit REGON names a local unit, and its first nine digits are the company's.
    regon = requested.get("identifiers.pl_regon", base.regon)[:9]
    return Entity(
        name=base.name,
        short_name=base.short_name,
        krs=requested.get("identifiers.pl_krs", base.krs),
        nip=requested.get("identifiers.pl_nip", base.nip),
        regon=regon,
        pesel=requested.get("identifiers.pl_pesel"),
    )


def find_known_entity(identifiers: Mapping[str, object]) -> Entity | None:
    """Return the known entity whose NIP or KRS is in a record's `identifiers`."""
    for entity in KNOWN_ENTITIES:
        if identifiers.get("pl_nip") == entity.nip:
            return entity
        if entity.krs is not None and identifiers.get("pl_krs") == entity.krs:
            return entity
    return None
