"""Error statuses and bad input become typed errors."""

import pytest

import mgbi


def test_wrong_key_raises_authentication_error(shared_sandbox):
    with mgbi.Client("not-the-key", base_url=shared_sandbox.base_url) as client:
        with pytest.raises(mgbi.AuthenticationError) as caught:
            client.get_limits("pl-krs-wp-record")
    error = caught.value
    assert error.status_code == 401
    assert error.method == "GET"
    assert error.url.endswith("/v1/models/pl-krs-wp-record/limits")


def test_unknown_record_raises_not_found(client):
    with pytest.raises(mgbi.NotFoundError) as caught:
        client.get_record("pl-krs-wp-record", "0123456789abcdef01234567")
    assert caught.value.status_code == 404
    assert isinstance(caught.value.body, dict)


def test_server_validation_error_exposes_details(client):
    with pytest.raises(mgbi.BadRequestError) as caught:
        client.get_records("pl-krs-wp-record", per_page=100_000)
    error = caught.value
    assert error.status_code == 400
    assert error.error
    assert isinstance(error.details, list)


@pytest.mark.parametrize(
    ("call", "fragment"),
    [
        (lambda c: c.get_records("pl-unknown"), "known models"),
        (
            lambda c: c.get_records("krs_wp", identifiers_pl_nip="8190937864"),
            "8190937864",
        ),
        (lambda c: c.get_records("krs_wp", identifiers_pl_regon="12"), "'12'"),
        (lambda c: c.get_records("krs_wp", page=0), "page 0"),
        (lambda c: c.get_records("krs_wp", per_page=-5), "per_page -5"),
        (lambda c: c.get_records("krs_wp", bogus=1), "bogus"),
        (lambda c: c.get_record("krs_wp", "xyz"), "'xyz'"),
        (lambda c: c.create_refresh("krz_wp", {}), "non-empty"),
        (lambda c: c.create_refresh("krz_wp", {"nip": "1"}), "'1'"),
        (lambda c: c.create_refresh("krz_wp", {"pesel": "74241131275"}), "74241131275"),
        (lambda c: c.create_refresh("krz_wp", {"vat": "8190937865"}), "'vat'"),
        (lambda c: list(c.iter_records("krs_wp", page=2)), "page"),
        (lambda c: c.call("no_such_operation"), "no_such_operation"),
    ],
    ids=[
        "model",
        "nip-checksum",
        "regon-length",
        "page-zero",
        "per-page-negative",
        "unknown-filter",
        "record-id",
        "no-identifiers",
        "refresh-nip",
        "refresh-pesel",
        "refresh-key",
        "iterator-page",
        "operation",
    ],
)
def test_bad_input_rejected_before_request(shared_sandbox, call, fragment):
    before = len(shared_sandbox.state.requests)
    with mgbi.Client(shared_sandbox.key, base_url=shared_sandbox.base_url) as client:
        with pytest.raises(mgbi.InvalidInputError) as caught:
            call(client)
    assert fragment in str(caught.value)
    assert len(shared_sandbox.state.requests) == before


def test_checksums_can_be_switched_off(shared_sandbox):
    with mgbi.Client(
        shared_sandbox.key,
        base_url=shared_sandbox.base_url,
        validate_identifiers=False,
    ) as client:
        page = client.get_records("pl-krs-wp-record", identifiers_pl_nip="8190937864")
    assert page.count == 0


@pytest.mark.parametrize(
    ("api_key", "environment"),
    [(None, {}), ("", {}), ("   ", {}), (None, {"MGBI_API_KEY": ""})],
    ids=["missing", "empty", "blank", "empty-env"],
)
def test_missing_key_raises_configuration_error(monkeypatch, api_key, environment):
    monkeypatch.delenv("MGBI_API_KEY", raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(mgbi.ConfigurationError):
        mgbi.Client(api_key)


def test_environment_configures_client(monkeypatch, shared_sandbox):
    monkeypatch.setenv("MGBI_API_KEY", shared_sandbox.key)
    monkeypatch.setenv("MGBI_BASE_URL", shared_sandbox.base_url)
    with mgbi.Client() as client:
        quota = client.get_limits("pl-krs-wp-record")
    assert client.base_url == shared_sandbox.base_url
    assert "api" in quota.max


def test_default_base_url_is_production(monkeypatch):
    monkeypatch.delenv("MGBI_BASE_URL", raising=False)
    client = mgbi.Client("some-key")
    assert client.base_url == "https://api.mgbi.pl"
    client.close()
