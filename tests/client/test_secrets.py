"""The API key never reaches a log record, a repr or an exception message."""

import logging

import pytest

import mgbi
from mgbi.sandbox import FAILING_NIP, Fault

KEY = "sk-live-7f3a9c1e5b2d8f4a6c0e"
WRONG_KEY = "sk-wrong-0a1b2c3d4e5f6a7b8c9d"


def _exercise(client, server, errors):
    """Run successful and failing calls, collecting the exceptions."""
    client.get_records("pl-krs-wp-record", identifiers_pl_krs="123456")
    client.get_limits("pl-krz-wp-record")
    list(client.stream_records("pl-wpv-record"))
    server.state.add_fault(Fault.http_status(503), path="/v1/models/*/limits")
    client.get_limits("pl-wpv-record")
    calls = [
        lambda: client.get_record("pl-krs-wp-record", "0123456789abcdef01234567"),
        lambda: client.refresh("pl-krz-wp-record", {"nip": FAILING_NIP}, timeout=10),
        lambda: client.get_records("pl-krs-wp-record", identifiers_pl_nip="123"),
    ]
    for call in calls:
        try:
            call()
        except mgbi.MGBIError as error:
            errors.append(error)


def test_key_absent_from_logs_reprs_and_errors(start_sandbox, caplog):
    server = start_sandbox(key=KEY, refresh_start_delay=0.05, refresh_finish_delay=0.2)
    errors: list[Exception] = []
    with caplog.at_level(logging.DEBUG):
        with mgbi.Client(KEY, base_url=server.base_url) as client:
            _exercise(client, server, errors)
            texts = [repr(client), repr(client._settings), str(vars(client))]
        with mgbi.Client(WRONG_KEY, base_url=server.base_url) as wrong:
            try:
                wrong.get_limits("pl-krs-wp-record")
            except mgbi.AuthenticationError as error:
                errors.append(error)
            texts.append(repr(wrong))

    assert len(errors) == 4
    assert any(isinstance(error, mgbi.AuthenticationError) for error in errors)
    for error in errors:
        texts += [str(error), repr(error), repr(vars(error))]
        if error.__cause__ is not None:
            texts.append(repr(error.__cause__))
    log_lines = [record.getMessage() for record in caplog.records]
    assert log_lines, "the scan needs log records to look at"
    for text in texts + log_lines:
        assert KEY not in text
        assert WRONG_KEY not in text


@pytest.mark.anyio
async def test_async_client_repr_hides_key():
    async with mgbi.AsyncClient(KEY, base_url="http://127.0.0.1:9") as client:
        assert KEY not in repr(client)
        assert "characters" in repr(client)
