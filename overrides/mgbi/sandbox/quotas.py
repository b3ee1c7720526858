"""Quota counters per model, charged the way the API documents.

| call                | counters raised                                              |
|---------------------|--------------------------------------------------------------|
| Get Record By Id    | api, api_get, records, records_api_get: +1 each              |
| Get Records         | api, api_search: +1; records, records_api_search: +returned  |
| Download File By Id | api, api_files, files: +1 each                               |
| Create Refresh      | refresh: +number of identifiers in the order                 |

The API does not say what the other calls cost, so the sandbox charges nothing for
them. A call that would take any counter past its maximum is rejected whole, with no
counter raised.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

from .config import COUNTER_NAMES, MODEL_IDS, SandboxConfig
from .errors import ApiError, detail


def get_record_charges() -> dict[str, int]:
    """Return the counters that one Get Record By Id raises."""
    return {"api": 1, "api_get": 1, "records": 1, "records_api_get": 1}


def get_records_charges(returned: int) -> dict[str, int]:
    """Return the counters that one Get Records call returning `returned` raises."""
    return {
        "api": 1,
        "api_search": 1,
        "records": returned,
        "records_api_search": returned,
    }


def download_charges() -> dict[str, int]:
    """Return the counters that one Download File By Id raises."""
    return {"api": 1, "api_files": 1, "files": 1}


def refresh_charges(identifier_count: int) -> dict[str, int]:
    """Return the counters that one Create Refresh order raises."""
    return {"refresh": identifier_count}


class Quotas:
    """Used counters of every model against the configured maxima. Thread-safe."""

    def __init__(self, config: SandboxConfig) -> None:
        self._config = config
        self._lock = threading.Lock()
        self._used = {model: dict.fromkeys(COUNTER_NAMES, 0) for model in MODEL_IDS}

    def maxima(self, model: str) -> dict[str, int]:
        """Return the maximum of every counter of `model`."""
        return {name: self._config.limit_for(model, name) for name in COUNTER_NAMES}

    def used(self, model: str) -> dict[str, int]:
        """Return a copy of the used counters of `model`."""
        with self._lock:
            return dict(self._used[model])

    def check(self, model: str, charges: Mapping[str, int]) -> None:
        """Raise ApiError if `charges` would take a counter of `model` past its max."""
        with self._lock:
            self._check_locked(model, charges)

    def charge(self, model: str, charges: Mapping[str, int]) -> None:
        """Add `charges` to the counters of `model`, or raise ApiError if over a max."""
        with self._lock:
            self._check_locked(model, charges)
            for name, amount in charges.items():
                self._used[model][name] += amount

    def reset(self) -> None:
        """Set every counter of every model back to 0."""
        with self._lock:
            for counters in self._used.values():
                for name in counters:
                    counters[name] = 0

    def _check_locked(self, model: str, charges: Mapping[str, int]) -> None:
        for name, amount in charges.items():
            used = self._used[model][name]
            maximum = self._config.limit_for(model, name)
            if amount and used + amount > maximum:
                message = (
                    f"quota counter {name!r} of {model} would reach {used + amount},"
                    f" over its maximum {maximum}."
                    " Wait for the next subscription period"
                )
                raise ApiError(
                    self._config.limit_status,
                    "Limit exceeded",
                    [detail(("quota", model, name), message, "limit_exceeded")],
                )
