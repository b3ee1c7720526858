"""Load the bundled records: documented examples first, then synthetic ones.

The JSON files under `data/` ship with the package and are read through
importlib.resources, so the sandbox works from a wheel as well as from a checkout.
`data/examples/` holds the documented response bodies unchanged. `data/synthetic/`
holds hand-written records for models without an example and for more entities.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from .config import FILE_MODEL_IDS, MODEL_IDS
from .entities import KNOWN_ENTITIES
from .templates import dump_json

BASE_URL_TOKEN = "http://mgbi-sandbox.invalid"
"""Stands for the server's own base URL in stored records until a response is sent.

The `.invalid` top-level domain never resolves, so a URL that escaped the replacement
fails loudly instead of reaching another host.
"""

DOCUMENTED_BASE_URL = "https://api.mgbi.pl"

# File key, variant name and content type of each downloadable variant of a document.
FILE_VARIANTS: tuple[tuple[str, str, str], ...] = (
    ("main_document_uri", "original", "application/pdf"),
    ("main_document_uri:pdf", "pdf_preview", "application/pdf"),
    ("main_document_uri:html", "html_preview", "text/html"),
)
FILE_GROUP = "main_document"

# Example files that contain records, and where the records sit in each body.
EXAMPLE_RECORD_FILES: dict[str, tuple[tuple[str, str], ...]] = {
    "pl-krs-wp-record": (("krs-wp-record.get-records.json", "results"),),
    "pl-krs-rdf-record": (("krs-rdf-record.get-records.json", "results"),),
    "pl-krz-wp-record": (("krz-wp-record.stream.json", "array"),),
    "pl-wpv-record": (
        ("wpv-record.get-records.json", "results"),
        ("wpv-record.stream.json", "results"),
    ),
    "pl-crbr-wp-record": (("crbr-wp-record.get-records.json", "results"),),
    "pl-msig-record": (("msig-record.get-records.json", "results"),),
}


@functools.cache
def _data_text(*parts: str) -> str:
    resource = resources.files(__package__).joinpath("data", *parts)
    return resource.read_text(encoding="utf-8")


def load_example(name: str) -> Any:
    """Return the parsed body of the documented example `name` (a file name)."""
    return json.loads(_data_text("examples", name))


def load_base_records(model: str) -> list[dict[str, Any]]:
    """Return the bundled records of `model`, each with an `id` and `identifiers`.

    Stream examples name the id `_id`, which becomes `id` here. Example records without
    `identifiers` get those of the known entity that their content names, so that the
    identifier filters find them. Records of models with files get a `files` block if
    they lack one, and every file URL points at `BASE_URL_TOKEN`.
    """
    if model not in MODEL_IDS:
        raise ValueError(f"unknown model {model!r}. Use one of {MODEL_IDS}")

    records: list[dict[str, Any]] = []
    for file_name, location in EXAMPLE_RECORD_FILES.get(model, ()):
        body = load_example(file_name)
        records.extend(body if location == "array" else body[location])

    synthetic_name = f"{model}.json"
    synthetic_dir = resources.files(__package__).joinpath("data", "synthetic")
    if synthetic_dir.joinpath(synthetic_name).is_file():
        records.extend(json.loads(_data_text("synthetic", synthetic_name)))

    return [_normalize(model, record) for record in records]


def _normalize(model: str, record: dict[str, Any]) -> dict[str, Any]:
    record_id = record.get("id") or record["_id"]
    normalized = {
        "id": record_id,
        **{k: v for k, v in record.items() if k not in ("id", "_id")},
    }

    if "identifiers" not in normalized:
        normalized["identifiers"] = _identifiers_named_in(normalized)
    if model in FILE_MODEL_IDS and "files" not in normalized:
        normalized["files"] = files_block(model, record_id)

    text = dump_json(normalized).replace(DOCUMENTED_BASE_URL, BASE_URL_TOKEN)
    result: dict[str, Any] = json.loads(text)
    return result


def _identifiers_named_in(record: dict[str, Any]) -> dict[str, str | None]:
    text = dump_json(record)
    for entity in KNOWN_ENTITIES:
        if entity.nip in text or (entity.krs is not None and entity.krs in text):
            return {
                "pl_krs": entity.krs,
                "pl_nip": entity.nip,
                "pl_regon": entity.regon,
            }
    return {}


def files_block(model: str, record_id: str) -> dict[str, dict[str, dict[str, str]]]:
    """Return the `files` object of a record with the three standard variants."""
    prefix = f"{BASE_URL_TOKEN}/v1/models/{model}/records/{record_id}/files"
    variants = {
        variant: {"url": f"{prefix}/{file_key}", "content_type": content_type}
        for file_key, variant, content_type in FILE_VARIANTS
    }
    return {FILE_GROUP: variants}
