"""The client parses every response that openapi.yaml allows, as Prism makes them.

Prism (`prism mock --dynamic`) responds to each request with a body that it
generates from the response schema with json-schema-faker: random strings, numbers and
nulls, optional fields left out and extra properties added. With a fixed `--seed`
every request to an operation gets the same body, so the test starts one Prism per
seed in PRISM_SEEDS and calls every operation once on each, through
`mgbi.Client.call` with only the required arguments. Each result must be the
documented generated type, and turned back into JSON it must equal the body Prism
sent.

Prism also validates each request against openapi.yaml, so a second test sends every
operation with a value for each of its query parameters, which checks how the client
writes them into the URL.
"""

from __future__ import annotations

import datetime
import inspect
import socket
import subprocess
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

import mgbi
from mgbi._operations import resolve_operation
from mgbi_api.models import CreateRefreshRequest, StreamQuery
from mgbi_api.types import File

from .generated_types import matches_documented_type
from .json_compare import compare_json, to_json
from .openapi_spec import REPO_ROOT, SPEC_PATH, SpecOperation, resolve, spec_operations
from .summary import report

PRISM = REPO_ROOT / "spec-tools" / "node_modules" / ".bin" / "prism"
PRISM_SEEDS = ("1", "2", "3", "4")
# Prism took 5 to 10 s to start here on 2 cores. The limit stays under pytest-timeout's
# 60 s, so a slow start fails with Prism's log rather than a bare timeout.
STARTUP_TIMEOUT = 45.0
API_KEY = "prism-key"
NIP = "8190937865"

pytestmark = pytest.mark.skipif(
    not PRISM.exists(),
    reason=(
        f"Prism is not installed in {PRISM.parent}; run `make spec-tools` to install "
        "the pinned npm packages."
    ),
)

OPERATIONS = spec_operations()


@dataclass
class PrismServer:
    """One running `prism mock` process."""

    seed: str
    base_url: str
    process: subprocess.Popen[bytes]
    log_path: Path


@dataclass
class RecordingClient:
    """An mgbi client of one Prism, with the responses it received."""

    client: mgbi.Client
    responses: list[httpx.Response] = field(default_factory=list)


COVERED: dict[str, set[str]] = defaultdict(set)
REFORMATTED: list[str] = []


def free_port() -> int:
    """Return a TCP port that is free on 127.0.0.1 at the moment of the call."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_prism(seed: str, log_dir: Path) -> PrismServer:
    port = free_port()
    log_path = log_dir / f"prism-seed-{seed}.log"
    command = [
        str(PRISM),
        "mock",
        str(SPEC_PATH),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--dynamic",
        "--seed",
        seed,
        "--verboseLevel",
        "warn",
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    return PrismServer(seed, f"http://127.0.0.1:{port}", process, log_path)


def wait_until_ready(server: PrismServer, deadline: float) -> None:
    """Poll the server until it responds, or fail with its log."""
    url = f"{server.base_url}/v1/models/pl-krs-wp-record/limits"
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            break
        try:
            httpx.get(url, headers={"Authorization": API_KEY}, timeout=2.0)
            return
        except httpx.TransportError:
            time.sleep(0.25)
    log = server.log_path.read_text(encoding="utf-8", errors="replace")
    pytest.fail(
        f"Prism (seed {server.seed}) did not start on {server.base_url} within "
        f"{STARTUP_TIMEOUT:.0f} s, exit code {server.process.poll()}. Its log:\n{log}"
    )


@pytest.fixture(scope="module")
def prism_clients(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[list[RecordingClient]]:
    """Start one Prism per seed in parallel and yield a recording client for each."""
    log_dir = tmp_path_factory.mktemp("prism")
    servers = [start_prism(seed, log_dir) for seed in PRISM_SEEDS]
    clients: list[RecordingClient] = []
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        for server in servers:
            wait_until_ready(server, deadline)
        for server in servers:
            clients.append(recording_client(server.base_url))
        yield clients
    finally:
        for recording in clients:
            recording.client.close()
        for server in servers:
            server.process.terminate()
        for server in servers:
            try:
                server.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.process.kill()
                server.process.wait()


def recording_client(base_url: str) -> RecordingClient:
    responses: list[httpx.Response] = []

    def keep(response: httpx.Response) -> None:
        response.read()
        responses.append(response)

    http_client = httpx.Client(base_url=base_url, event_hooks={"response": [keep]})
    client = mgbi.Client(
        API_KEY, base_url=base_url, http_client=http_client, max_retries=0
    )
    return RecordingClient(client, responses)


def required_arguments(operation: SpecOperation) -> dict[str, Any]:
    """Return valid values of the required arguments of the generated function."""
    module = resolve_operation(operation.operation_id).module
    parameters = inspect.signature(module._get_kwargs).parameters
    arguments: dict[str, Any] = {}
    for name, parameter in parameters.items():
        if parameter.default is not inspect.Parameter.empty:
            continue
        if name == "id":
            arguments[name] = "6837b95bbc6524d69fbe8976"
        elif name == "file_key":
            arguments[name] = "main_document_uri"
        elif name == "body" and operation.operation_id == "create_refresh":
            query = {"model": "pl-krz-wp-record", "identifiers.pl_nip": NIP}
            arguments[name] = CreateRefreshRequest.from_dict({"query": query})
        elif name == "body":
            arguments[name] = StreamQuery.from_dict({"identifiers.pl_nip": NIP})
        else:
            raise AssertionError(
                f"{operation.operation_id} requires {name!r}; add a value for it here"
            )
    return arguments


def success_schema(operation: SpecOperation) -> dict[str, Any]:
    """Return the schema of the operation's 2xx response as Prism sends it.

    Prism picks the first media type of the response when the request accepts any.
    """
    responses = operation.definition["responses"]
    status = min(code for code in responses if code.startswith("2"))
    content = resolve(responses[status])["content"]
    schema: dict[str, Any] = next(iter(content.values()))["schema"]
    return schema


@pytest.mark.parametrize(
    "operation", OPERATIONS, ids=[operation.operation_id for operation in OPERATIONS]
)
def test_client_parses_prism_responses(
    prism_clients: list[RecordingClient], operation: SpecOperation
) -> None:
    schema = success_schema(operation)
    arguments = required_arguments(operation)

    for seed, recording in zip(PRISM_SEEDS, prism_clients, strict=True):
        recording.responses.clear()
        result = recording.client.call(operation.operation_id, **arguments)
        sent = recording.responses[-1]
        context = f"{operation.operation_id} with Prism seed {seed}: {sent.text[:500]}"

        assert matches_documented_type(schema, result), context
        if isinstance(result, File):
            assert result.payload.read() == sent.content, context
        else:
            comparison = compare_json(sent.json(), to_json(result))
            assert comparison.differences == [], context
            REFORMATTED.extend(comparison.reformatted)
        COVERED[operation.operation_id].add(seed)


# A valid value of every query parameter of openapi.yaml, by parameter name.
QUERY_VALUES: dict[str, Any] = {
    "limit": 5,
    "offset": 0,
    "page": 1,
    "per_page": 5,
    "last_update_datetime_from": datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
    "last_update_from_datetime": datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
    "last_update_datetime_to": datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC),
    "last_update_to_datetime": datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC),
    "identifiers.pl_krs": "0000123456",
    "identifiers.pl_nip": NIP,
    "identifiers.pl_regon": "434839548",
    "identifiers.pl_pesel": "44051401359",
    "version.from_datetime": datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC),
    "version.to_datetime": datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC),
    "version.latest": True,
    "projection": "basic",
    "content": ["identifiers", "version"],
    "refresh_id": "6837b95bbc6524d69fbe8976",
    "media_type": "json",
    "entry.date_from": datetime.date(2024, 1, 1),
    "entry.date_to": datetime.date(2025, 1, 1),
    "document.type": "financial_statement",
    "document.period_major_year": 2023,
    "content.standardized_fields.is_available": True,
    "list.fiscal_year": 2023,
    "where": "api_search",
    "wait_seconds": 0,
}


def all_arguments(operation: SpecOperation) -> dict[str, Any]:
    """Return the required arguments plus a value for every query parameter."""
    arguments = required_arguments(operation)
    for parameter in operation.definition.get("parameters", []):
        parameter = resolve(parameter)
        if parameter["in"] == "query":
            name = parameter["name"]
            arguments[name.replace(".", "_")] = QUERY_VALUES[name]
    return arguments


@pytest.mark.parametrize(
    "operation", OPERATIONS, ids=[operation.operation_id for operation in OPERATIONS]
)
def test_client_requests_pass_prism_validation(
    prism_clients: list[RecordingClient], operation: SpecOperation
) -> None:
    recording = prism_clients[0]
    recording.responses.clear()

    recording.client.call(operation.operation_id, **all_arguments(operation))

    sent = recording.responses[-1]
    assert 200 <= sent.status_code < 300
    # Prism lists what it found wrong with a request in this header.
    assert "sl-violations" not in sent.headers, sent.headers["sl-violations"]


def test_prism_covered_every_operation(request: pytest.FixtureRequest) -> None:
    selected = [
        item
        for item in request.session.items
        if item.originalname == "test_client_parses_prism_responses"  # type: ignore[attr-defined]
    ]
    if len(selected) < len(OPERATIONS):
        pytest.skip("run the whole module to check that every operation was covered")

    every_seed = {
        name for name, seeds in COVERED.items() if len(seeds) == len(PRISM_SEEDS)
    }
    report(
        f"client parsed Prism responses of {len(every_seed)}/{len(OPERATIONS)} "
        f"operations, {len(PRISM_SEEDS)} generated bodies each; "
        f"{len(REFORMATTED)} date-time values came back in another notation"
    )
    if REFORMATTED:
        report(f"  for example {REFORMATTED[0]}")
    assert every_seed == {operation.operation_id for operation in OPERATIONS}
