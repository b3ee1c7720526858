"""Quota limits of one model, with what remains of each counter."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


def _counters(value: Any) -> dict[str, int]:
    if isinstance(value, Mapping):
        return {str(name): int(count) for name, count in value.items()}
    return {
        str(name): int(count) for name, count in value.additional_properties.items()
    }


@attrs.frozen
class Quota:
    """Limits and counters of one model for the current subscription period.

    Attributes:
        model: Model id.
        max: Limit of each counter.
        used: Use of each counter so far.
    """

    model: str
    max: dict[str, int]
    used: dict[str, int]

    @classmethod
    def from_limits(cls, model: str, limits: Any) -> Quota:
        """Build a Quota from the generated Limits object or its dict form."""
        if isinstance(limits, Mapping):
            return cls(model, _counters(limits["max"]), _counters(limits["used"]))
        return cls(model, _counters(limits.max_), _counters(limits.used))

    @property
    def remaining(self) -> dict[str, int]:
        """Return what remains of each counter that has a limit, never below 0."""
        return {
            name: max(limit - self.used.get(name, 0), 0)
            for name, limit in self.max.items()
        }

    def remaining_of(self, counter: str) -> int | None:
        """Return what remains of ``counter``, or None when it has no limit here."""
        return self.remaining.get(counter)
