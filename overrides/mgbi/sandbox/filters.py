"""Parse the filters and paging of Get Records and Stream Records, and match records.

Filters are matched against a record's index: a flat map from dotted path to a typed
value (datetimes are timezone-aware, dates are `datetime.date`). Unknown parameters
are ignored. Every filter applies to every model, including filters that the API
documents for one model only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import invalid_object_id, validation_error

OBJECT_ID_PATTERN = re.compile(r"^[0-9a-fA-F]{24}$")

# Paths that a record's index holds, by the kind of value stored there.
DATETIME_PATHS = (
    "meta.last_update_datetime",
    "version.from_datetime",
    "version.to_datetime",
)
DATE_PATHS = ("entry.date",)
INDEX_PATHS = (
    "identifiers.pl_krs",
    "identifiers.pl_nip",
    "identifiers.pl_regon",
    "identifiers.pl_pesel",
    "version.latest",
    "document.type",
    "document.period_major_year",
    "content.standardized_fields.is_available",
    "list.fiscal_year",
    *DATETIME_PATHS,
    *DATE_PATHS,
)

_TRUE_WORDS = ("true", "1", "yes", "on")
_FALSE_WORDS = ("false", "0", "no", "off")


def parse_datetime(text: str) -> dt.datetime:
    """Parse an ISO 8601 timestamp, taking one without an offset as UTC."""
    value = dt.datetime.fromisoformat(text)
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _parse_bool(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in _TRUE_WORDS:
        return True
    if lowered in _FALSE_WORDS:
        return False
    raise ValueError(f"expected a boolean ({'/'.join(_TRUE_WORDS + _FALSE_WORDS)})")


def _parse_date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# Equality filters: parameter name -> (index path, parser).
EQUALITY_FILTERS: dict[str, tuple[str, Callable[[str], object]]] = {
    "identifiers.pl_krs": ("identifiers.pl_krs", str),
    "identifiers.pl_nip": ("identifiers.pl_nip", str),
    "identifiers.pl_regon": ("identifiers.pl_regon", str),
    "identifiers.pl_pesel": ("identifiers.pl_pesel", str),
    "document.type": ("document.type", str),
    "document.period_major_year": ("document.period_major_year", int),
    "list.fiscal_year": ("list.fiscal_year", int),
    "version.latest": ("version.latest", _parse_bool),
    "content.standardized_fields.is_available": (
        "content.standardized_fields.is_available",
        _parse_bool,
    ),
}

# Range filters: parameter name -> (index path, bound, parser, keep records lacking it).
RANGE_FILTERS: dict[str, tuple[str, str, Callable[[str], Any], bool]] = {
    "last_update_datetime_from": (
        "meta.last_update_datetime",
        "min",
        parse_datetime,
        False,
    ),
    "last_update_from_datetime": (
        "meta.last_update_datetime",
        "min",
        parse_datetime,
        False,
    ),
    "last_update_datetime_to": (
        "meta.last_update_datetime",
        "max",
        parse_datetime,
        False,
    ),
    "last_update_to_datetime": (
        "meta.last_update_datetime",
        "max",
        parse_datetime,
        False,
    ),
    # A version is valid at or after a time unless it ended before it.
    "version.from_datetime": ("version.to_datetime", "min", parse_datetime, True),
    # A version is valid at or before a time unless it started after it.
    "version.to_datetime": ("version.from_datetime", "max", parse_datetime, True),
    "entry.date_from": ("entry.date", "min", _parse_date, False),
    "entry.date_to": ("entry.date", "max", _parse_date, False),
}

PAGING_PARAMETERS = ("page", "per_page", "limit", "offset")


@dataclass
class RecordQuery:
    """Parsed filters and output options of one Get Records or Stream Records call."""

    equals: dict[str, object] = field(default_factory=dict)
    ranges: list[tuple[str, str, Any, bool]] = field(default_factory=list)
    refresh_id: str | None = None
    fields: list[str] = field(default_factory=list)
    projection: str | None = None
    media_type: str | None = None

    def is_empty(self) -> bool:
        """Return whether no filter restricts the records."""
        return not (self.equals or self.ranges or self.refresh_id)

    def matches(self, index: Mapping[str, Any], refresh_id: str | None) -> bool:
        """Return whether a record with `index` and `refresh_id` passes every filter."""
        if self.refresh_id is not None and refresh_id != self.refresh_id.lower():
            return False

        for path, expected in self.equals.items():
            actual = index.get(path)
            # A record without versions is its own latest version.
            if path == "version.latest" and actual is None:
                actual = True
            if actual != expected:
                return False

        for path, bound, limit, keep_missing in self.ranges:
            actual = index.get(path)
            if actual is None:
                if not keep_missing:
                    return False
            elif (bound == "min" and actual < limit) or (
                bound == "max" and actual > limit
            ):
                return False
        return True


@dataclass(frozen=True)
class Paging:
    """The slice of matching records that Get Records returns."""

    offset: int
    size: int


def parse_record_query(
    params: Mapping[str, Sequence[str]], location: str
) -> RecordQuery:
    """Parse filters from `params` (each name mapped to all its values).

    `location` is `query` or `body` and goes into validation errors. Raises ApiError
    (400) for a value that does not parse.
    """
    query = RecordQuery()

    for name, (path, parse) in EQUALITY_FILTERS.items():
        text = _single(params, name)
        if text is not None:
            query.equals[path] = _parse(parse, text, (location, name))

    for name, (path, bound, parse, keep_missing) in RANGE_FILTERS.items():
        text = _single(params, name)
        if text is not None:
            limit = _parse(parse, text, (location, name))
            query.ranges.append((path, bound, limit, keep_missing))

    refresh_id = _single(params, "refresh_id")
    if refresh_id is not None:
        if not OBJECT_ID_PATTERN.match(refresh_id):
            raise invalid_object_id((location, "refresh_id"))
        query.refresh_id = refresh_id

    query.fields = [path for path in params.get("content", ()) if path]
    query.projection = _single(params, "projection")
    query.media_type = _single(params, "media_type")
    return query


def parse_paging(
    params: Mapping[str, Sequence[str]], default_size: int, max_size: int
) -> Paging:
    """Parse `page`/`per_page` (1-based) or `limit`/`offset` into one slice.

    Raises ApiError (400) for a value below its minimum, above `max_size`, not an
    integer, or for a request that mixes the two paging styles.
    """
    numbers: dict[str, int] = {}
    for name in PAGING_PARAMETERS:
        text = _single(params, name)
        if text is None:
            continue
        number = _parse(int, text, ("query", name))
        minimum = 0 if name == "offset" else 1
        if number < minimum:
            message = f"Input should be greater than or equal to {minimum}"
            raise validation_error(("query", name), message, "greater_than_equal")
        if name in ("per_page", "limit") and number > max_size:
            message = f"Input should be less than or equal to {max_size}"
            raise validation_error(("query", name), message, "less_than_equal")
        numbers[name] = number

    uses_pages = "page" in numbers or "per_page" in numbers
    uses_limit = "limit" in numbers or "offset" in numbers
    if uses_pages and uses_limit:
        message = "use either page/per_page or limit/offset, not both"
        raise validation_error(("query", "limit"), message)

    if uses_limit:
        return Paging(
            offset=numbers.get("offset", 0), size=numbers.get("limit", default_size)
        )
    size = numbers.get("per_page", default_size)
    return Paging(offset=(numbers.get("page", 1) - 1) * size, size=size)


def build_index(record: Mapping[str, Any]) -> dict[str, Any]:
    """Return the index of a stored record: typed values at `INDEX_PATHS`."""
    index: dict[str, Any] = {}
    for path in INDEX_PATHS:
        value: Any = record
        for key in path.split("."):
            value = value.get(key) if isinstance(value, Mapping) else None
        if isinstance(value, str) and path in DATETIME_PATHS:
            value = parse_datetime(value)
        elif isinstance(value, str) and path in DATE_PATHS:
            value = _parse_date(value)
        index[path] = value
    return index


def _single(params: Mapping[str, Sequence[str]], name: str) -> str | None:
    values = params.get(name)
    return values[-1] if values else None


def _parse(parse: Callable[[str], Any], text: str, location: tuple[str, str]) -> Any:
    try:
        return parse(text)
    except ValueError as exc:
        raise validation_error(location, f"Invalid value {text!r}: {exc}") from exc
