"""Records of each model: bundled ones, extra synthetic ones and refreshed ones.

A model's records are addressed by position. Positions below the number of stored
records (bundled plus refreshed) point into a list. The positions after them are the
extra records, which are built on demand from their serial number and never kept. A
model with 200,000 extra records therefore costs no more memory than one without.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .catalog import DOCUMENT_TYPES, LU_CATEGORIES, STANDARDIZED_DOCUMENT_TYPES
from .config import MODEL_IDS
from .entities import COMPANY_A, Entity, find_known_entity, numbered_entity
from .filters import INDEX_PATHS, RecordQuery, build_index
from .identifiers import make_object_id
from .loader import load_base_records
from .templates import RecordTemplate, dump_json, entity_values, join_record

EXTRA_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1)))
"""Last-update time of extra record 0. Each next serial is one minute later."""

FIRST_ENTRY_DATE = dt.date(2015, 1, 1)


@dataclass
class StoredRecord:
    """A record kept in memory, with its filter index and the order that fetched it."""

    record: dict[str, Any]
    index: dict[str, Any]
    refresh_id: str | None = None


def extra_record_id(model_number: int, serial: int) -> str:
    """Return the id of extra record `serial` of the model at `model_number`."""
    return f"5a{model_number:02x}0000{serial:016x}"


def record_values(
    serial: int, entity: Entity, record_id: str, updated: dt.datetime
) -> dict[str, object]:
    """Return the template values of one rendered record.

    `serial` picks the model-specific values (document type, year, category), so that
    consecutive extra records differ and filters on those fields select some of them.
    """
    year = 2015 + serial % 10
    document_type = DOCUMENT_TYPES[serial % len(DOCUMENT_TYPES)]
    return {
        **entity_values(entity),
        "id": record_id,
        "updated": updated,
        "version_from": updated,
        "version_to": None,
        "latest": True,
        "document_type": document_type,
        "year": year,
        "period_from": dt.date(year, 1, 1),
        "period_to": dt.date(year, 12, 31),
        "document_id": 20_000_000 + serial,
        "standardized": document_type in STANDARDIZED_DOCUMENT_TYPES,
        "entry_date": FIRST_ENTRY_DATE + dt.timedelta(days=serial % 3650),
        "entry_number": serial % 60 + 1,
        "category": LU_CATEGORIES[serial % len(LU_CATEGORIES)],
    }


class ModelStore:
    """The records of one model. Lookups are safe from any thread."""

    def __init__(self, model: str, extra_count: int) -> None:
        self.model = model
        self.model_number = MODEL_IDS.index(model)
        self.extra_count = extra_count
        self._lock = threading.Lock()
        self._refresh_serial = 0

        records = load_base_records(model)
        self._stored = [StoredRecord(record, build_index(record)) for record in records]
        self._positions = {record["id"]: i for i, record in enumerate(records)}

        template_record = records[0]
        template_entity = find_known_entity(template_record.get("identifiers") or {})
        self.template = RecordTemplate(
            model, template_record, template_entity or COMPANY_A
        )
        self._template_constants = build_index(template_record)

    def __len__(self) -> int:
        return len(self._stored) + self.extra_count

    def positions(self, query: RecordQuery) -> Iterator[int]:
        """Yield the positions of the records that pass `query`, in position order.

        NOTE: a filter tests every record, at about 17 us per extra record, so a
        filtered read of 200,000 extra records takes seconds. Records keep their
        position order, not the version-date order that the API documents for
        Stream Records.
        """
        stored_count = len(self._stored)
        total = stored_count + self.extra_count
        if query.is_empty():
            yield from range(total)
            return

        for position in range(total):
            if position < stored_count:
                stored = self._stored[position]
                if query.matches(stored.index, stored.refresh_id):
                    yield position
            elif query.matches(self._extra_index(position - stored_count), None):
                yield position

    def find(self, record_id: str) -> int | None:
        """Return the position of the record with `record_id`, or None."""
        position = self._positions.get(record_id.lower())
        if position is not None:
            return position

        prefix = extra_record_id(self.model_number, 0)[:8]
        if record_id.lower().startswith(prefix):
            serial = int(record_id[8:], 16)
            if serial < self.extra_count:
                return len(self._stored) + serial
        return None

    def record_json(self, position: int, id_key: str = "id") -> str:
        """Return the JSON text of the record at `position`, its id under `id_key`."""
        stored_count = len(self._stored)
        if position < stored_count:
            record = self._stored[position].record
            body = {key: value for key, value in record.items() if key != "id"}
            return join_record(id_key, record["id"], dump_json(body))

        serial = position - stored_count
        record_id = extra_record_id(self.model_number, serial)
        body_text = self.template.render_body(self._extra_values(serial, record_id))
        return join_record(id_key, record_id, body_text)

    def record(self, position: int) -> dict[str, Any]:
        """Return the record at `position` as a dict."""
        if position < len(self._stored):
            return self._stored[position].record
        result: dict[str, Any] = json.loads(self.record_json(position))
        return result

    def add_refreshed(self, entity: Entity, refresh_id: str, now: dt.datetime) -> str:
        """Store a new record of `entity` fetched by order `refresh_id`.

        Returns the id of the new record.
        """
        with self._lock:
            self._refresh_serial += 1
            record_id = make_object_id()
            values = record_values(self._refresh_serial, entity, record_id, now)
            record: dict[str, Any] = json.loads(
                join_record("id", record_id, self.template.render_body(values))
            )
            self._positions[record_id] = len(self._stored)
            self._stored.append(StoredRecord(record, build_index(record), refresh_id))
        return record_id

    def remove_refreshed(self) -> None:
        """Drop every record that a refresh order stored, keeping the bundled ones."""
        with self._lock:
            self._stored = [
                stored for stored in self._stored if stored.refresh_id is None
            ]
            self._positions = {s.record["id"]: i for i, s in enumerate(self._stored)}

    def _extra_values(self, serial: int, record_id: str) -> dict[str, object]:
        updated = EXTRA_EPOCH + dt.timedelta(minutes=serial)
        return record_values(serial, numbered_entity(serial), record_id, updated)

    def _extra_index(self, serial: int) -> dict[str, Any]:
        values = self._extra_values(serial, "")
        index = dict(self._template_constants)
        for path, slot in self.template.slots.items():
            if path in INDEX_PATHS:
                index[path] = values[slot]
        return index


class RecordStore:
    """The records of every model."""

    def __init__(self, extra_records: dict[str, int]) -> None:
        self.models = {
            model: ModelStore(model, extra_records.get(model, 0)) for model in MODEL_IDS
        }

    def __getitem__(self, model: str) -> ModelStore:
        return self.models[model]

    def remove_refreshed(self) -> None:
        """Drop the records of every refresh order in every model."""
        for store in self.models.values():
            store.remove_refreshed()
