"""Checked by mypy (make typecheck), never run: model handles carry the generated types.

An error here means a handle lost its record or page type.
"""

from typing import assert_type

import mgbi
from mgbi_api.models import (
    KrsRdfRecordList,
    KrsWpRecord,
    KrsWpRecordList,
    Projections,
    RefreshOrder,
    WpvRecord,
)


def sync_usage(client: mgbi.Client) -> None:
    assert_type(client.krs_wp.get_records(), KrsWpRecordList)
    assert_type(client.krs_wp.get_record("6837b95bbc6524d69fbe8976"), KrsWpRecord)
    assert_type(client.krs_rdf.get_records(), KrsRdfRecordList)
    assert_type(client.krs_wp.get_projections(), Projections)
    assert_type(client.krz_wp.create_refresh({"nip": "8190937865"}), RefreshOrder)
    assert_type(client.get_limits("pl-krs-wp-record"), mgbi.Quota)
    for record in client.wpv.stream_records():
        assert_type(record, WpvRecord)
    for page in client.krs_wp.iter_pages(per_page=50):
        assert_type(page, KrsWpRecordList)


async def async_usage(client: mgbi.AsyncClient) -> None:
    assert_type(await client.krs_wp.get_records(), KrsWpRecordList)
    async for record in client.wpv.iter_records():
        assert_type(record, WpvRecord)
    assert_type(await client.krz_wp.refresh({"nip": "8190937865"}), mgbi.RefreshResult)
