"""Paging decisions shared by the sync and async record iterators."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from mgbi.errors import InvalidInputError

DEFAULT_PER_PAGE = 100
# Paging arguments that the iterators set themselves.
_PAGING_ARGUMENTS = ("page", "per_page", "limit", "offset")


def check_paging(
    filters: Mapping[str, Any], per_page: int, max_records: int | None
) -> None:
    """Reject paging values that cannot work, before any request is sent."""
    taken = [name for name in _PAGING_ARGUMENTS if name in filters]
    if taken:
        raise InvalidInputError(
            f"the record iterators page by themselves; remove {', '.join(taken)} and "
            "pass per_page= and max_records= instead"
        )
    if isinstance(per_page, bool) or not isinstance(per_page, int) or per_page < 1:
        raise InvalidInputError(
            f"invalid per_page {per_page!r}: expected an int of 1 or more"
        )
    if max_records is not None and (
        isinstance(max_records, bool)
        or not isinstance(max_records, int)
        or max_records < 0
    ):
        raise InvalidInputError(
            f"invalid max_records {max_records!r}: expected None or an int of 0 or more"
        )


def _optional_int(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


@attrs.define
class PageCursor:
    """Position of an iteration over pages, and whether another page is needed.

    The API's page numbers start at 1. Iteration stops at the last page by ``pages``,
    at ``count`` records, at a short or empty page when neither is sent, or at
    ``max_records``.
    """

    per_page: int
    max_records: int | None = None
    page: int = 1
    seen: int = 0
    finished: bool = False

    def __attrs_post_init__(self) -> None:
        if self.max_records == 0:
            self.finished = True
        elif self.max_records is not None:
            # Every page keeps one size, because the server places page N at offset
            # (N - 1) * per_page; a smaller last page would repeat records.
            self.per_page = min(self.per_page, self.max_records)

    def page_size(self) -> int:
        """Return the per_page of every request of this iteration."""
        return self.per_page

    def take(self, page: Any) -> list[Any]:
        """Record one fetched page; return the records of it to yield."""
        results = list(getattr(page, "results", []) or [])
        if self.max_records is not None:
            results = results[: self.max_records - self.seen]
        self.seen += len(results)

        count = _optional_int(getattr(page, "count", None))
        pages = _optional_int(getattr(page, "pages", None))
        if (
            not results
            or (self.max_records is not None and self.seen >= self.max_records)
            or (pages is not None and self.page >= pages)
            or (count is not None and self.seen >= count)
            or (pages is None and count is None and len(results) < self.page_size())
        ):
            self.finished = True
        self.page += 1
        return results
