"""Tests that each custom rule of spec-tools/redocly.yaml reports what it should.

Each case writes a small spec into a temporary folder and lints it with the pinned
Redocly CLI and the committed ruleset. A bad spec must be reported by its rule and by no
other rule, so a case also shows that the rest of the ruleset accepts the spec.
"""

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_TOOLS = REPO_ROOT / "spec-tools"
REDOCLY = SPEC_TOOLS / "node_modules" / ".bin" / "redocly"
RULESET = SPEC_TOOLS / "redocly.yaml"
PLUGIN = SPEC_TOOLS / "rules" / "mgbi.js"

pytestmark = pytest.mark.skipif(
    not REDOCLY.exists(),
    reason=(
        f"Redocly CLI is not installed in {REDOCLY.parent}; "
        "run `make spec-tools` to install the pinned npm packages."
    ),
)

Spec = dict[str, Any]


@dataclass
class LintResult:
    returncode: int
    problems: list[dict[str, Any]]
    stderr: str

    @property
    def rule_ids(self) -> set[str]:
        return {problem["ruleId"] for problem in self.problems}


def lint(spec_dir: Path, spec: Spec, config: Path = RULESET) -> LintResult:
    """Write `spec` into `spec_dir` and lint it."""
    spec_path = spec_dir / "spec.json"
    spec_path.write_text(json.dumps(spec, indent=2))
    return lint_file(spec_path, config)


def lint_file(spec_path: Path, config: Path = RULESET) -> LintResult:
    """Lint a spec file with the pinned Redocly CLI and return its JSON report."""
    # Keep Redocly CLI off the network, as spec.mk does.
    env = {
        **os.environ,
        "REDOCLY_TELEMETRY": "off",
        "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    }
    completed = subprocess.run(
        [
            str(REDOCLY),
            "lint",
            str(spec_path),
            *("--config", str(config)),
            *("--format", "json", "--max-problems", "1000"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=50,
        check=False,
    )

    if not completed.stdout.strip():
        return LintResult(completed.returncode, [], completed.stderr)
    report = json.loads(completed.stdout)
    return LintResult(completed.returncode, report["problems"], completed.stderr)


def good_spec() -> Spec:
    """Return a small spec that passes every rule of the committed ruleset."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "Rule test", "version": "1.0.0", "description": "Rule test."},
        "servers": [{"url": "https://api.mgbi.pl"}],
        "security": [{"ApiKey": []}],
        "tags": [{"name": "records", "description": "Records."}],
        "paths": {
            "/v1/records/{id}": {
                "get": {
                    "tags": ["records"],
                    "operationId": "get_record",
                    "summary": "Get Record",
                    "description": "Read one record.",
                    "x-mgbi-evidence": "documented",
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "description": "Record id.",
                            "schema": {"type": "string"},
                        },
                        {
                            "name": "content",
                            "in": "query",
                            "description": "Fields to return.",
                            "style": "form",
                            "explode": True,
                            "schema": {"type": "array", "items": {"type": "string"}},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "The record.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Record"}
                                }
                            },
                        },
                        "404": {"description": "No such record."},
                    },
                }
            }
        },
        "components": {
            "securitySchemes": {
                "ApiKey": {"type": "apiKey", "in": "header", "name": "Authorization"}
            },
            "schemas": {
                "Record": {
                    "type": "object",
                    "description": "A record.",
                    "properties": {"id": {"type": "string", "example": "abc"}},
                }
            },
        },
    }


def operation(spec: Spec) -> dict[str, Any]:
    return spec["paths"]["/v1/records/{id}"]["get"]


def add_query_parameter(spec: Spec, parameter: dict[str, Any]) -> Spec:
    operation(spec)["parameters"].append(
        {"in": "query", "description": "Test.", **parameter}
    )
    return spec


def add_array_parameter_by_ref(spec: Spec) -> Spec:
    """Add an `explode: false` query parameter whose array schema is a component."""
    spec["components"]["schemas"]["Ids"] = {"description": "Ids.", **ARRAY}
    schema = {"$ref": "#/components/schemas/Ids"}
    parameter = {"name": "ids", "style": "form", "explode": False, "schema": schema}
    return add_query_parameter(spec, parameter)


def set_response_content(spec: Spec, content_types: list[str]) -> Spec:
    # Only the content types matter; the schema keeps the Record component in use.
    schema = {"$ref": "#/components/schemas/Record"}
    content = {content_type: {"schema": schema} for content_type in content_types}
    operation(spec)["responses"]["200"]["content"] = content
    return spec


def add_discriminator(spec: Spec) -> Spec:
    def variant(kind: str) -> dict[str, Any]:
        return {
            "type": "object",
            "description": f"A {kind}.",
            "required": ["kind"],
            "properties": {"kind": {"type": "string", "example": kind}},
        }

    schemas = spec["components"]["schemas"]
    schemas["Cat"] = variant("cat")
    schemas["Dog"] = variant("dog")
    schemas["Record"] = {
        "description": "A cat or a dog.",
        "oneOf": [
            {"$ref": "#/components/schemas/Cat"},
            {"$ref": "#/components/schemas/Dog"},
        ],
        "discriminator": {"propertyName": "kind"},
    }
    return spec


def drop_evidence(spec: Spec) -> Spec:
    del operation(spec)["x-mgbi-evidence"]
    return spec


def set_evidence(spec: Spec, value: Any) -> Spec:
    operation(spec)["x-mgbi-evidence"] = value
    return spec


ARRAY = {"type": "array", "items": {"type": "string"}}
OBJECT = {"type": "object", "properties": {"a": {"type": "string"}}}

BAD_CASES = [
    pytest.param(add_discriminator, "mgbi/no-discriminator", id="discriminator"),
    pytest.param(
        lambda spec: add_query_parameter(
            spec, {"name": "ids", "style": "form", "explode": False, "schema": ARRAY}
        ),
        "mgbi/no-explode-false",
        id="explode-false-array",
    ),
    pytest.param(
        add_array_parameter_by_ref,
        "mgbi/no-explode-false",
        id="explode-false-array-ref",
    ),
    pytest.param(
        lambda spec: add_query_parameter(
            spec, {"name": "range", "explode": False, "schema": OBJECT}
        ),
        "mgbi/no-explode-false",
        id="explode-false-object",
    ),
    pytest.param(
        lambda spec: add_query_parameter(
            spec, {"name": "filter", "style": "deepObject", "schema": OBJECT}
        ),
        "mgbi/no-deep-object",
        id="deep-object",
    ),
    pytest.param(drop_evidence, "mgbi/operation-evidence", id="evidence-missing"),
    pytest.param(
        lambda spec: set_evidence(spec, "guessed"),
        "mgbi/operation-evidence",
        id="evidence-unknown-value",
    ),
    pytest.param(
        lambda spec: set_evidence(spec, True),
        "mgbi/operation-evidence",
        id="evidence-not-a-string",
    ),
    pytest.param(
        lambda spec: set_response_content(spec, ["application/zip"]),
        "mgbi/response-content-type-mapped",
        id="content-type-unmapped",
    ),
    pytest.param(
        lambda spec: set_response_content(
            spec, ["application/json", "application/zip"]
        ),
        "mgbi/response-content-type-mapped",
        id="content-type-dropped-beside-json",
    ),
    pytest.param(
        lambda spec: set_response_content(spec, ["Application/JSON"]),
        "mgbi/response-content-type-mapped",
        id="content-type-upper-case",
    ),
    pytest.param(
        lambda spec: set_response_content(spec, ["json"]),
        "mgbi/response-content-type-mapped",
        id="content-type-without-subtype",
    ),
]

GOOD_CASES = [
    pytest.param(lambda spec: spec, id="good-spec"),
    pytest.param(
        lambda spec: add_query_parameter(
            spec, {"name": "q", "explode": False, "schema": {"type": "string"}}
        ),
        id="explode-false-primitive",
    ),
    pytest.param(lambda spec: set_evidence(spec, "consumer"), id="evidence-consumer"),
    pytest.param(lambda spec: set_evidence(spec, "inferred"), id="evidence-inferred"),
    pytest.param(
        # generator-config.yml maps application/pdf to application/octet-stream.
        lambda spec: set_response_content(spec, ["application/pdf"]),
        id="content-type-overridden-pdf",
    ),
    pytest.param(
        lambda spec: set_response_content(
            spec,
            [
                "application/json; charset=utf-8",
                "application/problem+json",
                "application/octet-stream",
                "text/csv",
            ],
        ),
        id="content-types-mapped",
    ),
]


@pytest.mark.parametrize(("make_spec", "rule_id"), BAD_CASES)
def test_rule_reports_bad_spec(tmp_path: Path, make_spec: Any, rule_id: str) -> None:
    result = lint(tmp_path, make_spec(good_spec()))

    assert result.rule_ids == {rule_id}, result.problems
    assert result.returncode != 0


@pytest.mark.parametrize("make_spec", GOOD_CASES)
def test_ruleset_accepts_good_spec(tmp_path: Path, make_spec: Any) -> None:
    result = lint(tmp_path, make_spec(good_spec()))

    assert result.problems == []
    assert result.returncode == 0, result.stderr


def test_explode_false_message_names_parameter(tmp_path: Path) -> None:
    spec = add_query_parameter(
        good_spec(), {"name": "ids", "explode": False, "style": "form", "schema": ARRAY}
    )

    result = lint(tmp_path, spec)

    messages = [problem["message"] for problem in result.problems]
    assert len(messages) == 1
    assert "`ids`" in messages[0]


def write_content_type_config(folder: Path, generator_config: Path) -> Path:
    """Write a ruleset with only the content type rule, reading `generator_config`."""
    config = folder / "redocly.yaml"
    config.write_text(
        "extends: []\n"
        "telemetry: off\n"
        f"plugins:\n  - {json.dumps(str(PLUGIN))}\n"
        "rules:\n"
        "  mgbi/response-content-type-mapped:\n"
        "    severity: error\n"
        f"    generatorConfig: {json.dumps(str(generator_config))}\n"
    )
    return config


def test_content_type_rule_reads_generator_overrides(tmp_path: Path) -> None:
    generator_config = tmp_path / "generator-config.yml"
    generator_config.write_text(
        "content_type_overrides:\n  application/zip: application/octet-stream\n"
    )
    config = write_content_type_config(tmp_path, generator_config)
    zip_spec = set_response_content(good_spec(), ["application/zip"])
    pdf_spec = set_response_content(good_spec(), ["application/pdf"])

    zip_result = lint(tmp_path, zip_spec, config)
    pdf_result = lint(tmp_path, pdf_spec, config)

    assert zip_result.problems == []
    assert pdf_result.rule_ids == {"mgbi/response-content-type-mapped"}


def test_content_type_rule_missing_generator_config(tmp_path: Path) -> None:
    config = write_content_type_config(tmp_path, tmp_path / "missing.yml")

    result = lint(tmp_path, good_spec(), config)

    assert result.returncode != 0
    assert "Failed to read the generator config" in result.stderr


def test_openapi_yaml_passes_ruleset() -> None:
    result = lint_file(REPO_ROOT / "openapi.yaml")

    assert result.problems == []
    assert result.returncode == 0, result.stderr
