"""Refresh order states and the wait's decisions, without any I/O."""

import random
from datetime import UTC, datetime

import pytest

from mgbi.errors import InvalidInputError, RefreshFailedError, RefreshTimeoutError
from mgbi.refresh import OrderState, RefreshStatusRules, RefreshWaiter, check_order_id
from mgbi_api.models import RefreshOrder

ORDER_ID = "68f0c2a9e4b0a1b2c3d4e5f6"
FINISHED_AT = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("status", "finished_at_set", "state"),
    [
        ("pending", False, OrderState.IN_PROGRESS),
        ("PENDING", False, OrderState.IN_PROGRESS),
        ("running", False, OrderState.IN_PROGRESS),
        ("queued", False, OrderState.IN_PROGRESS),
        (None, False, OrderState.IN_PROGRESS),
        ("pending", True, OrderState.FINISHED),
        (None, True, OrderState.FINISHED),
        ("done", False, OrderState.FINISHED),
        ("completed_with_warnings", False, OrderState.FINISHED),
        ("failed", False, OrderState.FAILED),
        ("error", True, OrderState.FAILED),
        ("Cancelled", False, OrderState.FAILED),
    ],
)
def test_classify_status_and_finish_time(status, finished_at_set, state):
    rules = RefreshStatusRules()
    assert rules.classify(status, finished_at_set=finished_at_set) is state


def test_rules_extended_with_new_words():
    rules = RefreshStatusRules().extended(in_progress=["Waiting"], failed=["lost"])
    assert rules.classify("waiting", finished_at_set=False) is OrderState.IN_PROGRESS
    assert rules.classify("lost", finished_at_set=False) is OrderState.FAILED
    assert rules.classify("pending", finished_at_set=False) is OrderState.IN_PROGRESS


@pytest.mark.parametrize("bad", ["", "xyz", "68f0c2a9e4b0a1b2c3d4e5f", 12, None])
def test_check_order_id_rejects(bad):
    with pytest.raises(InvalidInputError):
        check_order_id(bad)


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def _waiter(clock, timeout=10.0, long_poll=True):
    return RefreshWaiter(
        order_id=ORDER_ID,
        timeout=timeout,
        rules=RefreshStatusRules(),
        clock=clock,
        rng=random.Random(0),
        long_poll=long_poll,
    )


def _order(status, finished=False):
    return RefreshOrder(
        id=ORDER_ID, status=status, finish_datetime=FINISHED_AT if finished else None
    )


def test_waiter_wait_seconds_bounded_by_deadline():
    clock = FakeClock()
    waiter = _waiter(clock, timeout=100.0)
    assert waiter.wait_seconds() == 30
    clock.now += 95.5
    assert waiter.wait_seconds() == 4
    clock.now += 4
    assert waiter.wait_seconds() is None


def test_waiter_plain_polling_has_no_wait_seconds():
    assert _waiter(FakeClock(), long_poll=False).wait_seconds() is None


def test_waiter_held_long_poll_needs_no_sleep():
    clock = FakeClock()
    waiter = _waiter(clock)
    step = waiter.observe(_order("pending"), elapsed=9.0, wait_seconds=10)
    assert step.done is False
    assert step.delay == 0.0


def test_waiter_ignored_long_poll_sleeps():
    clock = FakeClock()
    waiter = _waiter(clock)
    step = waiter.observe(_order("pending"), elapsed=0.01, wait_seconds=10)
    assert step.done is False
    assert 0 < step.delay <= 5.0


def test_waiter_finished_returns_order():
    waiter = _waiter(FakeClock())
    order = _order("pending", finished=True)
    step = waiter.observe(order, elapsed=0.1, wait_seconds=None)
    assert step.done is True
    assert step.order is order


def test_waiter_failure_raises_with_order_id():
    clock = FakeClock()
    waiter = _waiter(clock)
    clock.now += 2.5
    with pytest.raises(RefreshFailedError) as caught:
        waiter.observe(_order("failed", finished=True), elapsed=0.1, wait_seconds=None)
    assert caught.value.order_id == ORDER_ID
    assert caught.value.last_status == "failed"
    assert caught.value.waited == pytest.approx(2.5)


def test_waiter_deadline_raises_timeout():
    clock = FakeClock()
    waiter = _waiter(clock, timeout=5.0)
    clock.now += 6
    with pytest.raises(RefreshTimeoutError) as caught:
        waiter.observe(_order("running"), elapsed=0.1, wait_seconds=None)
    assert caught.value.order_id == ORDER_ID
    assert caught.value.last_status == "running"
    assert ORDER_ID in str(caught.value)


def test_waiter_sleep_never_passes_deadline():
    clock = FakeClock()
    waiter = _waiter(clock, timeout=5.0, long_poll=False)
    clock.now += 4.9
    step = waiter.observe(_order("pending"), elapsed=0.0, wait_seconds=None)
    assert step.delay <= 0.1 + 1e-9


def test_waiter_logs_unknown_status_once(caplog):
    waiter = _waiter(FakeClock())
    with caplog.at_level("WARNING", logger="mgbi"):
        waiter.observe(_order("brand_new_word"), elapsed=0, wait_seconds=None)
        waiter.observe(_order("brand_new_word"), elapsed=0, wait_seconds=None)
    matching = [r for r in caplog.records if "brand_new_word" in r.getMessage()]
    assert len(matching) == 1
