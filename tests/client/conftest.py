"""Checks that run around every client test."""

import logging

import pytest

from mgbi.sandbox import DEFAULT_KEY


@pytest.fixture(autouse=True)
def key_never_logged(caplog):
    """Capture every log record at DEBUG and fail the test if one shows the key."""
    caplog.set_level(logging.DEBUG)
    yield
    # caplog.records holds only the current phase, so read setup and call as well.
    for phase in ("setup", "call", "teardown"):
        for record in caplog.get_records(phase):
            text = record.getMessage()
            assert DEFAULT_KEY not in text, f"{record.name} logged the key: {text!r}"
