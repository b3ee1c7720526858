"""schemathesis checks that the sandbox serves every operation as openapi.yaml says.

Each operation gets schemathesis's three pytest phases: the documented examples, the
coverage phase (boundary values, missing and wrong-typed parameters, undocumented
methods) and MAX_FUZZ_EXAMPLES fuzzed cases. Both generation modes run:

- Positive cases fit the schema. Every check below applies to them except
  `positive_data_acceptance`, which is off. The spec cannot state the sandbox's
  semantic rules, which all answer with the documented 400: page/per_page mixed with
  limit/offset, projection names that Get Projections lacks, page sizes above the
  sandbox's maximum (the API documents none), and Create Refresh identifiers with a
  wrong checksum or an unknown model.
- Negative cases break the schema. The sandbox must reject them (with 400, 401 or 404,
  `negative_data_rejection`), and its error must still be documented: status code,
  content type and the ErrorBody schema.

Half of the positive cases of an operation with an `{id}` path are sent with an id that
exists, and half of the Create Refresh ones with a valid order, so both the success
and the not-found answers are checked.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
import pytest
import schemathesis
from schemathesis.generation import GenerationMode

from mgbi.sandbox import COMPANY_A, DEFAULT_KEY, MODEL_IDS, SandboxConfig, SandboxServer
from mgbi.sandbox.routes import STREAM_QUERY_TYPES

from .openapi_spec import SPEC_PATH, component_schemas, spec_operations
from .summary import report

# Fuzzed cases per operation. The coverage phase adds its own cases, about 30 s in all
# for the 98 operations, and each fuzzed case costs about 2 s over all operations
# (measured on a 2-core machine).
MAX_FUZZ_EXAMPLES = 10
SEED = 20_260_101

# The checks that run on every response. The ones not named here only apply to
# stateful runs or to timing, and max_response_time stays off.
CHECKS = {
    "not_a_server_error": {"enabled": True},
    "status_code_conformance": {"enabled": True},
    "content_type_conformance": {"enabled": True},
    "response_schema_conformance": {"enabled": True},
    "response_headers_conformance": {"enabled": True},
    "negative_data_rejection": {"enabled": True},
    "positive_data_acceptance": {"enabled": False},
    "missing_required_header": {"enabled": True},
    "ignored_auth": {"enabled": True},
    "unsupported_method": {"enabled": True},
    "allow_header_conformance": {"enabled": True},
}

CONFIG = schemathesis.Config.from_dict(
    {
        "seed": SEED,
        # Set here rather than per call, so schemathesis treats the key as configured
        # and its negative cases that leave the header out are sent without it.
        "headers": {"Authorization": DEFAULT_KEY},
        "checks": CHECKS,
        "generation": {
            "mode": "all",
            "max-examples": MAX_FUZZ_EXAMPLES,
            # Same cases on every run, and no example database that replays an
            # earlier run's failures first.
            "deterministic": True,
            "database": "none",
        },
    }
)
SCHEMA = schemathesis.openapi.from_path(SPEC_PATH, config=CONFIG)

FILE_KEYS = ("main_document_uri", "main_document_uri:pdf", "main_document_uri:html")
VALID_REFRESH_BODY = {
    "query": {"model": "pl-krz-wp-record", "identifiers.pl_nip": COMPANY_A.nip}
}


@dataclass
class ExistingValues:
    """Ids that exist in the contract sandbox, and the per-operation case counters."""

    record_ids: dict[str, str]
    order_id: str
    positive_cases: Counter[str] = field(default_factory=Counter)

    def substitute(self, case: schemathesis.Case) -> None:
        """Send every other positive case with values that exist on the server."""
        meta = case.meta
        if meta is None or meta.generation.mode is not GenerationMode.POSITIVE:
            return
        label = case.operation.label
        self.positive_cases[label] += 1
        turn = self.positive_cases[label]
        if turn % 2:
            return

        path = case.operation.path
        if path == "/v1/refresh":
            case.body = VALID_REFRESH_BODY
        elif path == "/v1/refresh/{id}":
            case.path_parameters["id"] = self.order_id
        elif "{id}" in path:
            model = path.split("/")[3]
            case.path_parameters["id"] = self.record_ids[model]
        if "{file_key}" in path:
            case.path_parameters["file_key"] = FILE_KEYS[turn // 2 % len(FILE_KEYS)]


@dataclass
class ExerciseLog:
    """Statuses that the sandbox returned, by operation label."""

    statuses: dict[str, Counter[int]] = field(
        default_factory=lambda: defaultdict(Counter)
    )


EXERCISED = ExerciseLog()


@pytest.fixture(scope="module")
def contract_sandbox() -> Iterator[SandboxServer]:
    """A sandbox of this module's own, with refresh orders that finish at once."""
    config = SandboxConfig(
        key=DEFAULT_KEY,
        refresh_start_delay=0.0,
        refresh_finish_delay=0.05,
        max_wait_seconds=0.2,
    )
    with SandboxServer(config) as server:
        yield server


@pytest.fixture(scope="module")
def existing_values(contract_sandbox: SandboxServer) -> ExistingValues:
    headers = {"Authorization": contract_sandbox.key}
    with httpx.Client(base_url=contract_sandbox.base_url, headers=headers) as client:
        record_ids = {}
        for model in MODEL_IDS:
            page = client.get(f"/v1/models/{model}/records", params={"per_page": 1})
            record_ids[model] = page.json()["results"][0]["id"]
        order = client.post("/v1/refresh", json=VALID_REFRESH_BODY).json()
    return ExistingValues(record_ids=record_ids, order_id=order["id"])


@SCHEMA.parametrize()
def test_sandbox_conforms_to_spec(
    case: schemathesis.Case,
    contract_sandbox: SandboxServer,
    existing_values: ExistingValues,
) -> None:
    existing_values.substitute(case)
    response = case.call_and_validate(base_url=contract_sandbox.base_url)
    EXERCISED.statuses[case.operation.label][response.status_code] += 1


def test_schemathesis_covers_every_operation() -> None:
    walked = {operation.label for operation in spec_operations()}
    parametrized = {result.ok().label for result in SCHEMA.get_all_operations()}

    report(f"schemathesis parametrizes {len(parametrized)}/{len(walked)} operations")
    assert parametrized == walked


def test_schemathesis_exercised_every_operation(request: pytest.FixtureRequest) -> None:
    walked = {operation.label for operation in spec_operations()}
    selected = [
        item
        for item in request.session.items
        if item.originalname == "test_sandbox_conforms_to_spec"  # type: ignore[attr-defined]
    ]
    if len(selected) < len(walked):
        pytest.skip("run the whole module to check that every operation was exercised")

    called = set(EXERCISED.statuses)
    succeeded = {
        label
        for label, statuses in EXERCISED.statuses.items()
        if any(200 <= status < 300 for status in statuses)
    }
    requests = sum(sum(statuses.values()) for statuses in EXERCISED.statuses.values())
    report(
        f"schemathesis sent {requests} requests to {len(called)}/{len(walked)} "
        f"operations; {len(succeeded)}/{len(walked)} answered 2xx at least once"
    )
    assert called == walked
    assert succeeded == walked


def test_stream_query_types_match_spec() -> None:
    properties = component_schemas()["StreamQuery"]["properties"]
    documented = {name: schema["type"] for name, schema in properties.items()}
    assert documented == STREAM_QUERY_TYPES


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("identifiers.pl_nip", None),
        ("identifiers.pl_nip", 8190937865),
        ("version.latest", "true"),
        ("content", "identifiers"),
        ("content", ["identifiers", 1]),
    ],
)
def test_post_stream_rejects_wrong_json_type(
    contract_sandbox: SandboxServer, name: str, value: object
) -> None:
    headers = {"Authorization": contract_sandbox.key}
    with httpx.Client(base_url=contract_sandbox.base_url, headers=headers) as client:
        response = client.post("/v1/models/pl-krz-wp-record/stream", json={name: value})

    assert response.status_code == 400
    assert response.json()["details"][0]["loc"] == ["body", name]


def test_create_refresh_rejects_non_string_extra_key(
    contract_sandbox: SandboxServer,
) -> None:
    query = {**VALID_REFRESH_BODY["query"], "note": 5}
    headers = {"Authorization": contract_sandbox.key}
    with httpx.Client(base_url=contract_sandbox.base_url, headers=headers) as client:
        response = client.post("/v1/refresh", json={"query": query})

    assert response.status_code == 400
    assert response.json()["details"][0]["loc"] == ["body", "query", "note"]
