"""Every component schema of openapi.yaml survives the generated models unchanged.

hypothesis-jsonschema generates instances of each component schema, converted to JSON
Schema by `to_json_schema`. Each instance goes through the generated code and back
to JSON, which must equal it. How a schema reaches the generated code depends on
what the generator made of it:

- `class`: an object schema has a model class, such as `KrsWpRecord` or, for a
  nullable one, the class that `class_overrides` renames from `<Name>Type0`. The
  instance goes through `from_dict` and `to_dict`. A null instance of a nullable
  object has no class of its own, so it goes through the `host` route below.
- `host`: a string or integer schema (RecordId, ResultCount, PageCount) has no class.
  The instance is put in a property of a model that refers to the schema, such as
  `KrsWpRecordList.count`, and that model makes the round trip.
- `parameter`: ObjectId is used only by parameters. The instance goes into the request
  that the generated operation builds.
- `parser`: an `anyOf` of a response body (EnumValues, StreamBody) has no class. Its
  parser lives in the module of an operation that returns it, so the instance goes
  through that module's `_parse_response`.

Date-time strings may come back in another notation of the same instant (`Z` becomes
`+00:00`), because the models parse them into `datetime`. Those count as kept.

NOTE: hypothesis-jsonschema 0.23.1 draws date-times with an uppercase `T` and `Z`,
seconds up to 59 and at most 6 fractional digits. RFC 3339 also allows a lowercase
`t` or `z`, a leap second and longer fractions, which Python's `fromisoformat` rejects
or truncates, so this test does not try them.
"""

from __future__ import annotations

import functools
import urllib.parse
from collections import Counter
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from mgbi._operations import resolve_operation
from mgbi_api.client import Client as GeneratedClient

from .generated_types import component_class, matches_documented_type
from .json_compare import compare_json, to_json
from .openapi_spec import (
    SCHEMA_PREFIX,
    component_schemas,
    resolve,
    spec_operations,
    to_json_schema,
)
from .summary import report

# Instances per schema. Each one costs about 3 s over all schemas, measured on a 2-core
# machine that ran other work too, most of it in hypothesis-jsonschema drawing records.
MAX_EXAMPLES = 15

SCHEMA_NAMES = sorted(component_schemas())
ROUTES_TAKEN: dict[str, Counter[str]] = {}
REFORMATTED: list[str] = []


@dataclass(frozen=True)
class Host:
    """A model property whose schema is a `$ref` to the schema under test."""

    component: str
    property: str


@functools.cache
def host_of(name: str) -> Host | None:
    """Return the first model property that refers to component `name`."""
    target = {"$ref": f"{SCHEMA_PREFIX}{name}"}
    for component, schema in component_schemas().items():
        if component_class(component) is None:
            continue
        for property_name, property_schema in schema.get("properties", {}).items():
            if property_schema == target:
                return Host(component, property_name)
    return None


@functools.cache
def parameter_of(name: str) -> tuple[str, str, str] | None:
    """Return (operationId, name, location) of a parameter of schema `name`."""
    target = {"$ref": f"{SCHEMA_PREFIX}{name}"}
    for operation in spec_operations():
        for parameter in operation.definition.get("parameters", []):
            parameter = resolve(parameter)
            if parameter["schema"] == target:
                return operation.operation_id, parameter["name"], parameter["in"]
    return None


@functools.cache
def parser_operation_of(name: str) -> str | None:
    """Return the operationId of the first operation whose 2xx body is schema `name`."""
    target = {"$ref": f"{SCHEMA_PREFIX}{name}"}
    for operation in spec_operations():
        for status, response in operation.definition["responses"].items():
            if not status.startswith("2"):
                continue
            media = resolve(response).get("content", {}).get("application/json")
            if media is not None and media["schema"] == target:
                return operation.operation_id
    return None


@functools.cache
def instances_of(name: str) -> st.SearchStrategy[Any]:
    return from_schema(to_json_schema({"$ref": f"{SCHEMA_PREFIX}{name}"}))


@functools.cache
def smallest_object_of(name: str) -> dict[str, Any]:
    """Return the smallest instance of component `name` that is not null.

    The host models of the `host` route start from it, such as
    `{"count": 0, "results": []}`, so a case does not pay for drawing a whole record
    list: the host's own case covers the rest of its shape.
    """
    schema = dict(component_schemas()[name])
    schema.pop("nullable", None)
    smallest: dict[str, Any] = smallest_instance(to_json_schema(schema))
    return smallest


def smallest_instance(schema: dict[str, Any]) -> Any:
    """Return the smallest value of a converted schema, for the keywords used here."""
    if "anyOf" in schema:
        return smallest_instance(schema["anyOf"][0])
    if isinstance(schema.get("type"), list):
        return smallest_instance({**schema, "type": schema["type"][0]})
    unsupported = {"minItems", "minLength", "minProperties", "pattern"} & set(schema)
    if unsupported:
        raise ValueError(f"smallest_instance does not handle {sorted(unsupported)}")

    kind = schema.get("type")
    if kind == "object":
        properties = schema.get("properties", {})
        return {
            name: smallest_instance(properties[name])
            for name in schema.get("required", [])
        }
    if kind == "array":
        return []
    if kind == "string":
        return ""
    if kind == "integer":
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    raise ValueError(f"smallest_instance does not handle the type {kind!r}")


def route_for(name: str, instance: Any) -> str:
    """Return which route of the module docstring an instance of `name` takes."""
    schema = component_schemas()[name]
    if component_class(name) is not None and instance is not None:
        return "class"
    if "anyOf" in schema and parser_operation_of(name) is not None:
        return "parser"
    if host_of(name) is not None:
        return "host"
    if parameter_of(name) is not None:
        return "parameter"
    raise AssertionError(f"no route into the generated code is known for {name}")


def round_trip_class(name: str, instance: Any) -> Any:
    cls = component_class(name)
    assert cls is not None
    model = cls.from_dict(instance)
    assert isinstance(model, cls)
    return model.to_dict()


def round_trip_host(name: str, instance: Any) -> Any:
    host = host_of(name)
    assert host is not None
    host_instance = {**smallest_object_of(host.component), host.property: instance}
    round_tripped = round_trip_class(host.component, host_instance)
    return round_tripped.get(host.property, "<missing>")


def round_trip_parameter(name: str, instance: Any) -> Any:
    found = parameter_of(name)
    assert found is not None
    operation_id, parameter, location = found
    module = resolve_operation(operation_id).module
    argument = parameter.replace(".", "_")

    request = module._get_kwargs(**{argument: instance})
    if location == "query":
        return request["params"][parameter]
    assert location == "path", f"{location} parameters are not handled here"
    return urllib.parse.unquote(request["url"].rsplit("/", 1)[-1])


def round_trip_parser(name: str, instance: Any) -> Any:
    operation_id = parser_operation_of(name)
    assert operation_id is not None
    module = resolve_operation(operation_id).module
    client = GeneratedClient(
        base_url="http://127.0.0.1", raise_on_unexpected_status=True
    )
    parsed = module._parse_response(
        client=client, response=httpx.Response(200, json=instance)
    )
    schema = {"$ref": f"{SCHEMA_PREFIX}{name}"}
    assert matches_documented_type(schema, parsed), f"{name} parsed as {parsed!r}"
    return to_json(parsed)


@pytest.mark.parametrize("name", SCHEMA_NAMES)
@settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)
@given(data=st.data())
def test_schema_round_trips(name: str, data: st.DataObject) -> None:
    instance = data.draw(instances_of(name), label=name)
    route = route_for(name, instance)
    ROUTES_TAKEN.setdefault(name, Counter())[route] += 1

    if route == "class":
        round_tripped = round_trip_class(name, instance)
    elif route == "host":
        round_tripped = round_trip_host(name, instance)
    elif route == "parameter":
        round_tripped = round_trip_parameter(name, instance)
    else:
        round_tripped = round_trip_parser(name, instance)

    comparison = compare_json(instance, round_tripped)
    assert comparison.differences == [], f"{name} via {route}: {instance!r}"
    REFORMATTED.extend(f"{name}: {change}" for change in comparison.reformatted)


def test_round_trip_covered_every_schema(request: pytest.FixtureRequest) -> None:
    selected = [
        item
        for item in request.session.items
        if item.originalname == "test_schema_round_trips"  # type: ignore[attr-defined]
    ]
    if len(selected) < len(SCHEMA_NAMES):
        pytest.skip("run the whole module to check that every schema was covered")

    routes = Counter(route for taken in ROUTES_TAKEN.values() for route in taken)
    report(
        f"round-tripped {len(ROUTES_TAKEN)}/{len(SCHEMA_NAMES)} component schemas; "
        f"schemas by route: {dict(sorted(routes.items()))}; "
        f"{len(REFORMATTED)} date-time values came back in another notation"
    )
    if REFORMATTED:
        report(f"  for example {REFORMATTED[0]}")
    assert set(ROUTES_TAKEN) == set(SCHEMA_NAMES)


def test_json_schema_conversion_nullable() -> None:
    converted = to_json_schema({"$ref": f"{SCHEMA_PREFIX}PageCount"})
    assert converted["type"] == ["integer", "null"]
    assert "nullable" not in converted
