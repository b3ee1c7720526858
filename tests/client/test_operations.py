"""Every generated operation is reachable through mgbi, typed and generic."""

from pathlib import Path

import pytest
import yaml

import mgbi
from mgbi.models import MODELS
from mgbi_api.api.pl_krs_wp_record import krs_wp_get_records
from mgbi_api.models import KrsWpRecordList, Limits, Projections

ROOT = Path(__file__).resolve().parents[2]


def _spec_operation_ids():
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return sorted(
        operation["operationId"]
        for path_item in spec["paths"].values()
        for operation in path_item.values()
    )


def test_registry_covers_every_spec_operation():
    from_registry = {
        f"{info.key}_{operation}"
        for info in MODELS.values()
        for operation in info.operations
    } | {"create_refresh", "get_refresh"}
    assert from_registry == set(_spec_operation_ids())


def test_call_with_generated_module_is_typed(client):
    page = client.call(krs_wp_get_records, identifiers_pl_krs="0000123456")
    assert isinstance(page, KrsWpRecordList)
    assert page.results[0].identifiers.pl_krs == "0000123456"


def test_call_by_operation_id(client):
    limits = client.call("krz_wp_get_limits")
    assert isinstance(limits, Limits)


def test_bound_model_attribute(client):
    page = client.krs_rdf.get_records(identifiers_pl_krs="0000123456")
    assert page.results
    assert page.results[0].document.type_


@pytest.mark.parametrize("model", sorted(MODELS))
def test_every_model_operation_answers(client, tmp_path, model):
    info = MODELS[model]
    page = client.get_records(model, per_page=5)
    assert page.count >= len(page.results)
    assert isinstance(client.get_limits(model), mgbi.Quota)
    assert isinstance(client.get_projections(model), Projections)
    assert client.get_model_info(model) is not None
    streamed = list(client.stream_records(model))
    posted = list(client.post_stream_records(model))
    assert len(streamed) == len(posted)

    if page.results:
        record = client.get_record(model, page.results[0].id)
        assert record.id == page.results[0].id
    if "download_file" in info.operations and page.results:
        _download_first_file(client, model, page.results[0], tmp_path)
    if "get_type_enum_values" in info.operations:
        assert client.get_type_enum_values(model)
    if "get_category" in info.operations:
        assert client.get_category(model)


def _download_first_file(client, model, record, tmp_path):
    files = record.files.to_dict() if record.files else {}
    urls = [variant["url"] for group in files.values() for variant in group.values()]
    assert urls, f"{model} record {record.id} has no files"
    saved = client.download_url(urls[0], tmp_path)
    assert saved.size > 0
    assert saved.path.read_bytes()
    assert saved.path.parent == tmp_path


@pytest.mark.anyio
async def test_async_generic_operations(shared_sandbox):
    async with mgbi.AsyncClient(
        shared_sandbox.key, base_url=shared_sandbox.base_url
    ) as client:
        page = await client.get_records("pl-krs-wp-record")
        record = await client.get_record("pl-krs-wp-record", page.results[0].id)
        quota = await client.krz_wp.get_limits()
        streamed = [item async for item in client.stream_records("pl-wpv-record")]
    assert record.id == page.results[0].id
    assert "api" in quota.max
    assert streamed
