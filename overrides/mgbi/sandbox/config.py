"""Settings of the sandbox server and the constants that tests and demos rely on."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

DEFAULT_KEY = "sandbox-key"
"""Subscription key that the sandbox accepts unless configured otherwise."""

FAILING_NIP = "1234563218"
"""A NIP with a valid checksum whose refresh orders always end in the failed status."""

MODEL_IDS: tuple[str, ...] = (
    "pl-krs-wp-record",
    "pl-krs-wp-entry",
    "pl-krs-rdf-record",
    "pl-ceidg-hd-record",
    "pl-krz-wp-record",
    "pl-wpv-record",
    "pl-crbr-wp-record",
    "pl-msig-record",
    "pl-sudop-wpopb-record",
    "pl-bzp-record",
    "pl-rdr-record",
    "pl-idpcit-record",
    "pl-mgbi-lu-record",
)

FILE_MODEL_IDS: tuple[str, ...] = (
    "pl-krs-wp-record",
    "pl-krs-rdf-record",
    "pl-msig-record",
)
"""Models that serve Download File By Id."""

COUNTER_NAMES: tuple[str, ...] = (
    "api",
    "api_get",
    "api_search",
    "api_search_results",
    "api_files",
    "records",
    "records_api_get",
    "records_api_search",
    "files",
    "refresh",
    "reports",
    "monitors",
)
"""Quota counters of every model, in the order Get Limits lists them."""

IDENTIFIER_KEYS: tuple[str, ...] = (
    "identifiers.pl_krs",
    "identifiers.pl_nip",
    "identifiers.pl_regon",
    "identifiers.pl_pesel",
)

StreamShape = Literal["array", "object", "results", "ndjson"]
IdKeyMode = Literal["id", "_id", "mixed"]
STREAM_SHAPES: tuple[str, ...] = ("array", "object", "results", "ndjson")
ID_KEY_MODES: tuple[str, ...] = ("id", "_id", "mixed")


@dataclass(frozen=True)
class RefreshStatusWords:
    """Status words that a refresh order goes through.

    Only `pending` is documented. Tests replace the others to check that a client copes
    with words it has never seen, for example `completed_with_warnings` for `done`.
    """

    pending: str = "pending"
    running: str = "running"
    done: str = "done"
    failed: str = "failed"


@dataclass
class SandboxConfig:
    """Settings of one sandbox server.

    Durations are in seconds. Mappings keyed by model accept only the ids in
    `MODEL_IDS`, and `validate()` raises ValueError for anything else.
    """

    key: str = field(default=DEFAULT_KEY, repr=False)
    """Value that the `Authorization` header must equal exactly."""

    extra_records: Mapping[str, int] = field(default_factory=dict)
    """Synthetic records added to a model, built on demand from its first record."""

    refresh_start_delay: float = 0.3
    """Time from Create Refresh until the order moves to the running status."""

    refresh_finish_delay: float = 1.0
    """Time from Create Refresh until the order finishes, at least the start delay."""

    refresh_statuses: RefreshStatusWords = field(default_factory=RefreshStatusWords)

    failing_identifiers: frozenset[str] = frozenset({FAILING_NIP})
    """Identifier values whose refresh orders end in the failed status."""

    long_poll: bool = True
    """When false, Get Refresh ignores `wait_seconds` and responds at once."""

    max_wait_seconds: float = 30.0
    """Cap on the `wait_seconds` of Get Refresh."""

    default_limit: int = 1_000_000
    """Maximum of every quota counter that `limits` does not set."""

    limits: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    """Quota maxima by model, then by counter name."""

    limit_status: int = 429
    """Status of a call that would pass a quota maximum: 429 or 403."""

    stream_shapes: Mapping[str, StreamShape] = field(default_factory=dict)
    """Forced Stream Records body shape by model, replacing the documented one."""

    stream_id_keys: Mapping[str, IdKeyMode] = field(default_factory=dict)
    """Forced id key of stream records by model. `mixed` alternates `_id` and `id`."""

    default_page_size: int = 20
    max_page_size: int = 1000
    """Largest `per_page` or `limit` that Get Records accepts. Larger values get 400."""

    def validate(self) -> None:
        """Raise ValueError naming the first setting that is out of range."""
        for name, mapping in (
            ("extra_records", self.extra_records),
            ("limits", self.limits),
            ("stream_shapes", self.stream_shapes),
            ("stream_id_keys", self.stream_id_keys),
        ):
            unknown = sorted(set(mapping) - set(MODEL_IDS))
            if unknown:
                raise ValueError(
                    f"{name} has unknown model ids {unknown}. Use ids from {MODEL_IDS}"
                )

        for model, count in self.extra_records.items():
            if count < 0:
                raise ValueError(f"extra_records[{model!r}] is {count}. Use 0 or more")
        for model, shape in self.stream_shapes.items():
            if shape not in STREAM_SHAPES:
                raise ValueError(
                    f"stream_shapes[{model!r}] is {shape!r}. Use one of {STREAM_SHAPES}"
                )
        for model, mode in self.stream_id_keys.items():
            if mode not in ID_KEY_MODES:
                raise ValueError(
                    f"stream_id_keys[{model!r}] is {mode!r}. Use one of {ID_KEY_MODES}"
                )
        for model, counters in self.limits.items():
            unknown = sorted(set(counters) - set(COUNTER_NAMES))
            if unknown:
                raise ValueError(f"limits[{model!r}] has unknown counters {unknown}")

        if not 0 <= self.refresh_start_delay <= self.refresh_finish_delay:
            raise ValueError(
                f"refresh delays {self.refresh_start_delay} and"
                f" {self.refresh_finish_delay} must satisfy"
                " 0 <= refresh_start_delay <= refresh_finish_delay"
            )
        if self.limit_status not in (403, 429):
            raise ValueError(f"limit_status is {self.limit_status}. Use 403 or 429")
        if not 1 <= self.default_page_size <= self.max_page_size:
            raise ValueError("default_page_size must be between 1 and max_page_size")
        if self.max_wait_seconds < 0:
            raise ValueError(
                f"max_wait_seconds is {self.max_wait_seconds}. Use 0 or more"
            )

    def limit_for(self, model: str, counter: str) -> int:
        """Return the quota maximum of `counter` for `model`."""
        return self.limits.get(model, {}).get(counter, self.default_limit)
