"""Which generated Python type stands for which schema of openapi.yaml.

openapi-python-client names the class of an object schema after the schema. A
nullable object schema comes out as `<Name>Type0`, and each inline object branch of an
`anyOf` as `<Name>Type<index>`. `class_overrides` in generator-config.yml renames
these, such as `RecordIdentifiersType0` to `RecordIdentifiers` and `EnumValuesType1`
to `EnumValuesObject`.
"""

from __future__ import annotations

import functools
from typing import Any

import yaml

from mgbi_api import models
from mgbi_api.types import File

from .openapi_spec import REPO_ROOT, SCHEMA_PREFIX, Schema, component_schemas

GENERATOR_CONFIG = REPO_ROOT / "generator-config.yml"


@functools.cache
def class_overrides() -> dict[str, str]:
    """Return the renamed generated classes: generator name to class name."""
    config = yaml.safe_load(GENERATOR_CONFIG.read_text(encoding="utf-8"))
    overrides: dict[str, dict[str, str]] = config.get("class_overrides", {})
    return {name: override["class_name"] for name, override in overrides.items()}


def generated_class(name: str) -> type[Any] | None:
    """Return the model class that the generator makes under `name`, or None."""
    cls = getattr(models, class_overrides().get(name, name), None)
    return cls if isinstance(cls, type) else None


def component_class(name: str) -> type[Any] | None:
    """Return the model class of component schema `name`, or None for a non-object."""
    schema = component_schemas()[name]
    if schema.get("type") != "object":
        return None
    return generated_class(f"{name}Type0" if schema.get("nullable") else name)


def matches_documented_type(
    schema: Schema, value: Any, owner: str | None = None, branch: int | None = None
) -> bool:
    """Return whether `value` is the generated type of `schema` (a response schema).

    `owner` names the component that `schema` is part of and `branch` its position in
    that component's `anyOf`, which together give the class of an inline object.
    """
    if "$ref" in schema:
        name = schema["$ref"].removeprefix(SCHEMA_PREFIX)
        return matches_documented_type(component_schemas()[name], value, owner=name)
    if value is None:
        return schema.get("nullable") is True
    if "anyOf" in schema:
        return any(
            matches_documented_type(alternative, value, owner, index)
            for index, alternative in enumerate(schema["anyOf"])
        )

    kind = schema.get("type")
    if kind == "object":
        cls = _object_class(owner, branch, schema)
        return cls is not None and isinstance(value, cls)
    if kind == "array":
        items = schema.get("items", {})
        return isinstance(value, list) and all(
            matches_documented_type(items, item) for item in value
        )
    if kind == "string" and schema.get("format") == "binary":
        return isinstance(value, File)
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    raise ValueError(f"no generated type is known for the schema {schema!r}")


def _object_class(
    owner: str | None, branch: int | None, schema: Schema
) -> type[Any] | None:
    if owner is None:
        raise ValueError(f"an inline object schema has no generated class: {schema!r}")
    if branch is not None:
        return generated_class(f"{owner}Type{branch}")
    return component_class(owner)
