import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.wpv_record_list import WpvRecordList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    last_update_datetime_from: datetime.datetime | Unset = UNSET,
    last_update_from_datetime: datetime.datetime | Unset = UNSET,
    last_update_datetime_to: datetime.datetime | Unset = UNSET,
    last_update_to_datetime: datetime.datetime | Unset = UNSET,
    identifiers_pl_nip: str | Unset = UNSET,
    version_from_datetime: datetime.datetime | Unset = UNSET,
    version_to_datetime: datetime.datetime | Unset = UNSET,
    version_latest: bool | Unset = UNSET,
    projection: str | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    refresh_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["page"] = page

    params["per_page"] = per_page

    json_last_update_datetime_from: str | Unset = UNSET
    if not isinstance(last_update_datetime_from, Unset):
        json_last_update_datetime_from = last_update_datetime_from.isoformat()
    params["last_update_datetime_from"] = json_last_update_datetime_from

    json_last_update_from_datetime: str | Unset = UNSET
    if not isinstance(last_update_from_datetime, Unset):
        json_last_update_from_datetime = last_update_from_datetime.isoformat()
    params["last_update_from_datetime"] = json_last_update_from_datetime

    json_last_update_datetime_to: str | Unset = UNSET
    if not isinstance(last_update_datetime_to, Unset):
        json_last_update_datetime_to = last_update_datetime_to.isoformat()
    params["last_update_datetime_to"] = json_last_update_datetime_to

    json_last_update_to_datetime: str | Unset = UNSET
    if not isinstance(last_update_to_datetime, Unset):
        json_last_update_to_datetime = last_update_to_datetime.isoformat()
    params["last_update_to_datetime"] = json_last_update_to_datetime

    params["identifiers.pl_nip"] = identifiers_pl_nip

    json_version_from_datetime: str | Unset = UNSET
    if not isinstance(version_from_datetime, Unset):
        json_version_from_datetime = version_from_datetime.isoformat()
    params["version.from_datetime"] = json_version_from_datetime

    json_version_to_datetime: str | Unset = UNSET
    if not isinstance(version_to_datetime, Unset):
        json_version_to_datetime = version_to_datetime.isoformat()
    params["version.to_datetime"] = json_version_to_datetime

    params["version.latest"] = version_latest

    params["projection"] = projection

    json_content: list[str] | Unset = UNSET
    if not isinstance(content, Unset):
        json_content = content

    params["content"] = json_content

    params["refresh_id"] = refresh_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/models/pl-wpv-record/records",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | WpvRecordList | None:
    if response.status_code == 200:
        response_200 = WpvRecordList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorBody.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | WpvRecordList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    last_update_datetime_from: datetime.datetime | Unset = UNSET,
    last_update_from_datetime: datetime.datetime | Unset = UNSET,
    last_update_datetime_to: datetime.datetime | Unset = UNSET,
    last_update_to_datetime: datetime.datetime | Unset = UNSET,
    identifiers_pl_nip: str | Unset = UNSET,
    version_from_datetime: datetime.datetime | Unset = UNSET,
    version_to_datetime: datetime.datetime | Unset = UNSET,
    version_latest: bool | Unset = UNSET,
    projection: str | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    refresh_id: str | Unset = UNSET,
) -> Response[ErrorBody | WpvRecordList]:
    """Get Records

     List the records of `pl-wpv-record` that match the filters, one page at a time. On-demand model
    (guides): records appear only after a refresh order. `identifiers.pl_nip` is documented.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        page (int | Unset):
        per_page (int | Unset):
        last_update_datetime_from (datetime.datetime | Unset):
        last_update_from_datetime (datetime.datetime | Unset):
        last_update_datetime_to (datetime.datetime | Unset):
        last_update_to_datetime (datetime.datetime | Unset):
        identifiers_pl_nip (str | Unset):  Example: 8190937865.
        version_from_datetime (datetime.datetime | Unset):
        version_to_datetime (datetime.datetime | Unset):
        version_latest (bool | Unset):
        projection (str | Unset):
        content (list[str] | Unset):
        refresh_id (str | Unset): A MongoDB ObjectId, 24 hex digits. Example:
            6837b95bbc6524d69fbe8976.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WpvRecordList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        page=page,
        per_page=per_page,
        last_update_datetime_from=last_update_datetime_from,
        last_update_from_datetime=last_update_from_datetime,
        last_update_datetime_to=last_update_datetime_to,
        last_update_to_datetime=last_update_to_datetime,
        identifiers_pl_nip=identifiers_pl_nip,
        version_from_datetime=version_from_datetime,
        version_to_datetime=version_to_datetime,
        version_latest=version_latest,
        projection=projection,
        content=content,
        refresh_id=refresh_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    last_update_datetime_from: datetime.datetime | Unset = UNSET,
    last_update_from_datetime: datetime.datetime | Unset = UNSET,
    last_update_datetime_to: datetime.datetime | Unset = UNSET,
    last_update_to_datetime: datetime.datetime | Unset = UNSET,
    identifiers_pl_nip: str | Unset = UNSET,
    version_from_datetime: datetime.datetime | Unset = UNSET,
    version_to_datetime: datetime.datetime | Unset = UNSET,
    version_latest: bool | Unset = UNSET,
    projection: str | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    refresh_id: str | Unset = UNSET,
) -> ErrorBody | WpvRecordList | None:
    """Get Records

     List the records of `pl-wpv-record` that match the filters, one page at a time. On-demand model
    (guides): records appear only after a refresh order. `identifiers.pl_nip` is documented.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        page (int | Unset):
        per_page (int | Unset):
        last_update_datetime_from (datetime.datetime | Unset):
        last_update_from_datetime (datetime.datetime | Unset):
        last_update_datetime_to (datetime.datetime | Unset):
        last_update_to_datetime (datetime.datetime | Unset):
        identifiers_pl_nip (str | Unset):  Example: 8190937865.
        version_from_datetime (datetime.datetime | Unset):
        version_to_datetime (datetime.datetime | Unset):
        version_latest (bool | Unset):
        projection (str | Unset):
        content (list[str] | Unset):
        refresh_id (str | Unset): A MongoDB ObjectId, 24 hex digits. Example:
            6837b95bbc6524d69fbe8976.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WpvRecordList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        page=page,
        per_page=per_page,
        last_update_datetime_from=last_update_datetime_from,
        last_update_from_datetime=last_update_from_datetime,
        last_update_datetime_to=last_update_datetime_to,
        last_update_to_datetime=last_update_to_datetime,
        identifiers_pl_nip=identifiers_pl_nip,
        version_from_datetime=version_from_datetime,
        version_to_datetime=version_to_datetime,
        version_latest=version_latest,
        projection=projection,
        content=content,
        refresh_id=refresh_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    last_update_datetime_from: datetime.datetime | Unset = UNSET,
    last_update_from_datetime: datetime.datetime | Unset = UNSET,
    last_update_datetime_to: datetime.datetime | Unset = UNSET,
    last_update_to_datetime: datetime.datetime | Unset = UNSET,
    identifiers_pl_nip: str | Unset = UNSET,
    version_from_datetime: datetime.datetime | Unset = UNSET,
    version_to_datetime: datetime.datetime | Unset = UNSET,
    version_latest: bool | Unset = UNSET,
    projection: str | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    refresh_id: str | Unset = UNSET,
) -> Response[ErrorBody | WpvRecordList]:
    """Get Records

     List the records of `pl-wpv-record` that match the filters, one page at a time. On-demand model
    (guides): records appear only after a refresh order. `identifiers.pl_nip` is documented.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        page (int | Unset):
        per_page (int | Unset):
        last_update_datetime_from (datetime.datetime | Unset):
        last_update_from_datetime (datetime.datetime | Unset):
        last_update_datetime_to (datetime.datetime | Unset):
        last_update_to_datetime (datetime.datetime | Unset):
        identifiers_pl_nip (str | Unset):  Example: 8190937865.
        version_from_datetime (datetime.datetime | Unset):
        version_to_datetime (datetime.datetime | Unset):
        version_latest (bool | Unset):
        projection (str | Unset):
        content (list[str] | Unset):
        refresh_id (str | Unset): A MongoDB ObjectId, 24 hex digits. Example:
            6837b95bbc6524d69fbe8976.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WpvRecordList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        page=page,
        per_page=per_page,
        last_update_datetime_from=last_update_datetime_from,
        last_update_from_datetime=last_update_from_datetime,
        last_update_datetime_to=last_update_datetime_to,
        last_update_to_datetime=last_update_to_datetime,
        identifiers_pl_nip=identifiers_pl_nip,
        version_from_datetime=version_from_datetime,
        version_to_datetime=version_to_datetime,
        version_latest=version_latest,
        projection=projection,
        content=content,
        refresh_id=refresh_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    last_update_datetime_from: datetime.datetime | Unset = UNSET,
    last_update_from_datetime: datetime.datetime | Unset = UNSET,
    last_update_datetime_to: datetime.datetime | Unset = UNSET,
    last_update_to_datetime: datetime.datetime | Unset = UNSET,
    identifiers_pl_nip: str | Unset = UNSET,
    version_from_datetime: datetime.datetime | Unset = UNSET,
    version_to_datetime: datetime.datetime | Unset = UNSET,
    version_latest: bool | Unset = UNSET,
    projection: str | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    refresh_id: str | Unset = UNSET,
) -> ErrorBody | WpvRecordList | None:
    """Get Records

     List the records of `pl-wpv-record` that match the filters, one page at a time. On-demand model
    (guides): records appear only after a refresh order. `identifiers.pl_nip` is documented.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        page (int | Unset):
        per_page (int | Unset):
        last_update_datetime_from (datetime.datetime | Unset):
        last_update_from_datetime (datetime.datetime | Unset):
        last_update_datetime_to (datetime.datetime | Unset):
        last_update_to_datetime (datetime.datetime | Unset):
        identifiers_pl_nip (str | Unset):  Example: 8190937865.
        version_from_datetime (datetime.datetime | Unset):
        version_to_datetime (datetime.datetime | Unset):
        version_latest (bool | Unset):
        projection (str | Unset):
        content (list[str] | Unset):
        refresh_id (str | Unset): A MongoDB ObjectId, 24 hex digits. Example:
            6837b95bbc6524d69fbe8976.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WpvRecordList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            page=page,
            per_page=per_page,
            last_update_datetime_from=last_update_datetime_from,
            last_update_from_datetime=last_update_from_datetime,
            last_update_datetime_to=last_update_datetime_to,
            last_update_to_datetime=last_update_to_datetime,
            identifiers_pl_nip=identifiers_pl_nip,
            version_from_datetime=version_from_datetime,
            version_to_datetime=version_to_datetime,
            version_latest=version_latest,
            projection=projection,
            content=content,
            refresh_id=refresh_id,
        )
    ).parsed
