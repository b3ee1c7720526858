"""openapi.yaml as data: its operations, and its component schemas as JSON Schema."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO_ROOT / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA_PREFIX = "#/components/schemas/"

# OpenAPI 3.0 keywords that JSON Schema lacks or reads differently. `nullable` is
# turned into a null type before it is dropped.
OPENAPI_ONLY_KEYWORDS = frozenset(
    {
        "nullable",
        "example",
        "discriminator",
        "xml",
        "externalDocs",
        "deprecated",
        "readOnly",
        "writeOnly",
    }
)

Schema = dict[str, Any]


@dataclass(frozen=True)
class SpecOperation:
    """One operation of openapi.yaml."""

    operation_id: str
    method: str
    path: str
    definition: dict[str, Any]

    @property
    def label(self) -> str:
        """Return the operation as schemathesis names it, such as `GET /v1/refresh`."""
        return f"{self.method.upper()} {self.path}"


@functools.cache
def load_spec() -> dict[str, Any]:
    """Return openapi.yaml parsed, read once per test session."""
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return spec


def spec_operations() -> list[SpecOperation]:
    """Return every operation of openapi.yaml, in the order of the file."""
    return [
        SpecOperation(definition["operationId"], method, path, definition)
        for path, item in load_spec()["paths"].items()
        for method, definition in item.items()
        if method in HTTP_METHODS
    ]


def component_schemas() -> dict[str, Schema]:
    """Return the component schemas of openapi.yaml by name."""
    schemas: dict[str, Schema] = load_spec()["components"]["schemas"]
    return schemas


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow local `$ref`s of the spec until a node without one is reached."""
    while "$ref" in node:
        target: Any = load_spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def to_json_schema(schema: Schema, seen: tuple[str, ...] = ()) -> Schema:
    """Convert an OpenAPI 3.0 schema into a self-contained JSON Schema.

    Each `$ref` to a component is replaced by the converted component, so the result
    has no references. `nullable: true` adds null to the allowed types, and keywords
    that only OpenAPI defines are dropped. `seen` holds the components being
    converted, and a component that refers back to itself raises ValueError.
    """
    if "$ref" in schema:
        name = schema["$ref"].removeprefix(SCHEMA_PREFIX)
        if name in seen:
            raise ValueError(f"schema {name} refers to itself: {' -> '.join(seen)}")
        return to_json_schema(component_schemas()[name], (*seen, name))

    converted: Schema = {}
    for keyword, value in schema.items():
        if keyword in OPENAPI_ONLY_KEYWORDS or keyword.startswith("x-"):
            continue
        converted[keyword] = _convert_keyword(keyword, value, seen)

    if schema.get("nullable") is not True:
        return converted
    # A type list is the same as `anyOf` with null, and hypothesis-jsonschema draws
    # from it several times faster.
    if isinstance(converted.get("type"), str):
        return {**converted, "type": [converted["type"], "null"]}
    return {"anyOf": [converted, {"type": "null"}]}


def _convert_keyword(keyword: str, value: Any, seen: tuple[str, ...]) -> Any:
    if keyword in ("properties", "patternProperties"):
        return {name: to_json_schema(sub, seen) for name, sub in value.items()}
    if keyword in ("items", "not") or (
        keyword == "additionalProperties" and isinstance(value, dict)
    ):
        return to_json_schema(value, seen)
    if keyword in ("anyOf", "oneOf", "allOf"):
        return [to_json_schema(sub, seen) for sub in value]
    return value
