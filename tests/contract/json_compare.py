"""Compare a JSON value with what a generated model turns it back into."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any

# RFC 3339 date-time, the `date-time` format of OpenAPI.
RFC3339_DATE_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"
)


def to_json(value: Any) -> Any:
    """Return the JSON value of a parsed result: models through `to_dict`."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [to_json(item) for item in value]
    return value


@dataclass
class Comparison:
    """Where a round-tripped JSON value differs from the original.

    `differences` lists lost or changed data. `reformatted` lists date-time strings
    written differently that denote the same instant: the generated models parse
    `date-time` fields into `datetime` and write them back with `isoformat()`, so
    `Z` comes back as `+00:00`.
    """

    differences: list[str] = field(default_factory=list)
    reformatted: list[str] = field(default_factory=list)


def compare_json(original: Any, round_tripped: Any) -> Comparison:
    """Compare two JSON values, keys, types and all."""
    comparison = Comparison()
    _compare(original, round_tripped, "$", comparison)
    return comparison


def _compare(original: Any, actual: Any, path: str, result: Comparison) -> None:
    if isinstance(original, dict) and isinstance(actual, dict):
        for key in original.keys() - actual.keys():
            result.differences.append(f"{path}: key {key!r} lost")
        for key in actual.keys() - original.keys():
            result.differences.append(f"{path}: key {key!r} added")
        for key in original.keys() & actual.keys():
            _compare(original[key], actual[key], f"{path}.{key}", result)
        return

    if isinstance(original, list) and isinstance(actual, list):
        if len(original) != len(actual):
            result.differences.append(
                f"{path}: {len(original)} items became {len(actual)}"
            )
            return
        for index, (before, after) in enumerate(zip(original, actual, strict=True)):
            _compare(before, after, f"{path}[{index}]", result)
        return

    if type(original) is type(actual) and original == actual:
        return
    if _same_instant(original, actual):
        result.reformatted.append(f"{path}: {original!r} became {actual!r}")
        return
    result.differences.append(f"{path}: {original!r} became {actual!r}")


def _same_instant(original: Any, actual: Any) -> bool:
    if not (isinstance(original, str) and isinstance(actual, str)):
        return False
    before_match = RFC3339_DATE_TIME.match(original)
    after_match = RFC3339_DATE_TIME.match(actual)
    if before_match is None or after_match is None:
        return False
    # fromisoformat keeps 6 fractional digits, so compare the fractions as text.
    if _fraction(before_match) != _fraction(after_match):
        return False
    try:
        before = datetime.datetime.fromisoformat(original)
        after = datetime.datetime.fromisoformat(actual)
    except ValueError:
        return False
    return before == after and before.utcoffset() is not None


def _fraction(match: re.Match[str]) -> str:
    return (match.group(1) or ".").rstrip("0")
