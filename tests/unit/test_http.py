"""Retry loop below HTTP: failures a loopback server cannot produce on demand."""

import json

import httpx
import pytest

import mgbi

ORDER = {
    "id": "68f0c2a9e4b0a1b2c3d4e5f6",
    "query": {"model": "pl-krz-wp-record", "identifiers.pl_nip": "8190937865"},
    "status": "pending",
}


class ScriptedTransport(httpx.BaseTransport):
    """Raises or responds from a script, one step per request."""

    def __init__(self, steps):
        self.steps = list(steps)
        self.requests = []

    def handle_request(self, request):
        self.requests.append(request)
        step = self.steps.pop(0)
        if isinstance(step, Exception):
            raise step
        return step


def _client(transport):
    http = httpx.Client(transport=transport, base_url="https://api.example.test")
    return mgbi.Client(
        "key-123456789",
        base_url="https://api.example.test",
        http_client=http,
        sleep=lambda seconds: None,
    )


def _created():
    return httpx.Response(201, json=ORDER)


def test_create_refresh_resent_after_connect_error():
    transport = ScriptedTransport([httpx.ConnectError("refused"), _created()])
    with _client(transport) as client:
        order = client.create_refresh("pl-krz-wp-record", {"nip": "8190937865"})
    assert order.id == ORDER["id"]
    assert len(transport.requests) == 2
    body = json.loads(transport.requests[0].content)
    assert body == {"query": ORDER["query"]}


def test_create_refresh_sends_bare_key():
    transport = ScriptedTransport([_created()])
    with _client(transport) as client:
        client.create_refresh("pl-krz-wp-record", {"nip": "8190937865"})
    assert transport.requests[0].headers["Authorization"] == "key-123456789"


@pytest.mark.parametrize(
    "error",
    [httpx.ReadTimeout("slow"), httpx.ReadError("reset"), httpx.WriteError("broken")],
    ids=["read-timeout", "read-error", "write-error"],
)
def test_create_refresh_not_resent_after_send(error):
    transport = ScriptedTransport([error, _created()])
    with _client(transport) as client, pytest.raises(mgbi.TransportError) as caught:
        client.create_refresh("pl-krz-wp-record", {"nip": "8190937865"})
    assert len(transport.requests) == 1
    assert caught.value.method == "POST"
    assert isinstance(caught.value.__cause__, httpx.TransportError)


def test_undocumented_success_status_raises():
    transport = ScriptedTransport([httpx.Response(202, json=ORDER)])
    with _client(transport) as client, pytest.raises(mgbi.UnexpectedStatusError):
        client.create_refresh("pl-krz-wp-record", {"nip": "8190937865"})


def test_body_of_wrong_shape_raises_decode_error():
    transport = ScriptedTransport([httpx.Response(200, json={"max": 3})])
    with _client(transport) as client, pytest.raises(mgbi.DecodeError):
        client.get_limits("pl-krs-wp-record")
