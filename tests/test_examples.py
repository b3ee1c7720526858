"""Every documented example body parses with the generated models, losing no key."""

import json
from importlib import resources

import pytest

from mgbi_api import models

EXAMPLES = resources.files("mgbi.sandbox") / "data" / "examples"

# Each example file and the generated class of its body.
CLASSES = {
    "crbr-wp-record.get-limits.json": models.Limits,
    "crbr-wp-record.get-records.json": models.CrbrWpRecordList,
    "crbr-wp-record.stream.json": models.StreamRecord,
    "error.validation.json": models.ErrorBody,
    "krs-rdf-record.get-projections.json": models.Projections,
    "krs-rdf-record.get-records.json": models.KrsRdfRecordList,
    "krs-wp-record.get-records.json": models.KrsWpRecordList,
    "krz-wp-record.get-limits.json": models.Limits,
    "krz-wp-record.stream.json": models.StreamRecord,
    "msig-record.get-records.json": models.MsigRecordList,
    "refresh.create-refresh.json": models.RefreshOrder,
    "wpv-record.get-records.json": models.WpvRecordList,
    "wpv-record.stream.json": models.StreamResults,
}


def _key_paths(value, prefix=""):
    """Return the set of key paths in a JSON value, list positions included."""
    paths = set()
    if isinstance(value, dict):
        for key, item in value.items():
            paths.add(f"{prefix}/{key}")
            paths |= _key_paths(item, f"{prefix}/{key}")
    elif isinstance(value, list):
        for position, item in enumerate(value):
            paths |= _key_paths(item, f"{prefix}/{position}")
    return paths


def test_every_example_has_a_class():
    names = {entry.name for entry in EXAMPLES.iterdir() if entry.name.endswith(".json")}
    assert names == set(CLASSES)


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_example_round_trips(name):
    body = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    model_class = CLASSES[name]
    if isinstance(body, list):
        # The JSON-array form of a stream body: each item is one record.
        back = [model_class.from_dict(item).to_dict() for item in body]
    else:
        back = model_class.from_dict(body).to_dict()
    assert body
    assert _key_paths(back) == _key_paths(body)


def test_krz_stream_array_items_parse():
    body = json.loads((EXAMPLES / "krz-wp-record.stream.json").read_text("utf-8"))
    for item in body:
        record = models.KrzWpRecord.from_dict({"id": item["_id"], **item})
        assert record.id == item["_id"]
