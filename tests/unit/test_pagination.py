"""Page cursor decisions: when the record iterators stop."""

import attrs
import pytest

from mgbi._pagination import PageCursor, check_paging
from mgbi.errors import InvalidInputError


@attrs.define
class Page:
    results: list
    count: object = None
    pages: object = None


def _run(cursor, pages):
    taken = []
    for page in pages:
        if cursor.finished:
            break
        taken.append(cursor.take(page))
    return taken


def test_cursor_stops_at_pages():
    cursor = PageCursor(per_page=2)
    taken = _run(cursor, [Page([1, 2], 5, 3), Page([3, 4], 5, 3), Page([5], 5, 3)])
    assert [len(page) for page in taken] == [2, 2, 1]
    assert cursor.finished


def test_cursor_stops_at_count():
    cursor = PageCursor(per_page=2)
    _run(cursor, [Page([1, 2], 2, None), Page([9], 2, None)])
    assert cursor.finished
    assert cursor.page == 2


def test_cursor_stops_on_short_page_without_totals():
    cursor = PageCursor(per_page=3)
    taken = _run(cursor, [Page([1, 2, 3]), Page([4]), Page([5, 6, 7])])
    assert [len(page) for page in taken] == [3, 1]


def test_cursor_stops_on_empty_page():
    cursor = PageCursor(per_page=3)
    taken = _run(cursor, [Page([], 10, 4)])
    assert taken == [[]]
    assert cursor.finished


def test_cursor_max_records_cuts_and_shrinks():
    cursor = PageCursor(per_page=10, max_records=4)
    assert cursor.page_size() == 4
    taken = _run(cursor, [Page(list(range(10)), 100, 10)])
    assert taken == [[0, 1, 2, 3]]
    assert cursor.finished


def test_cursor_max_records_zero_fetches_nothing():
    assert PageCursor(per_page=10, max_records=0).finished


@pytest.mark.parametrize(
    ("filters", "per_page", "max_records"),
    [
        ({"page": 2}, 10, None),
        ({"limit": 5}, 10, None),
        ({}, 0, None),
        ({}, True, None),
        ({}, 10, -1),
        ({}, "10", None),
    ],
    ids=[
        "page",
        "limit",
        "per-page-zero",
        "per-page-bool",
        "max-negative",
        "per-page-str",
    ],
)
def test_check_paging_rejects(filters, per_page, max_records):
    with pytest.raises(InvalidInputError):
        check_paging(filters, per_page, max_records)
