import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.stream_record import StreamRecord
from ...models.stream_results import StreamResults
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    media_type: str | Unset = UNSET,
    last_update_datetime_from: datetime.datetime | Unset = UNSET,
    last_update_from_datetime: datetime.datetime | Unset = UNSET,
    last_update_datetime_to: datetime.datetime | Unset = UNSET,
    last_update_to_datetime: datetime.datetime | Unset = UNSET,
    identifiers_pl_krs: str | Unset = UNSET,
    identifiers_pl_nip: str | Unset = UNSET,
    identifiers_pl_regon: str | Unset = UNSET,
    version_from_datetime: datetime.datetime | Unset = UNSET,
    version_to_datetime: datetime.datetime | Unset = UNSET,
    version_latest: bool | Unset = UNSET,
    projection: str | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    refresh_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["media_type"] = media_type

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

    params["identifiers.pl_krs"] = identifiers_pl_krs

    params["identifiers.pl_nip"] = identifiers_pl_nip

    params["identifiers.pl_regon"] = identifiers_pl_regon

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
        "url": "/v1/models/pl-sudop-wpopb-record/stream",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[StreamRecord] | StreamRecord | StreamResults | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[StreamRecord] | StreamRecord | StreamResults:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_stream_body_type_0 = []
                _componentsschemas_stream_body_type_0 = data
                for componentsschemas_stream_body_type_0_item_data in _componentsschemas_stream_body_type_0:
                    componentsschemas_stream_body_type_0_item = StreamRecord.from_dict(
                        componentsschemas_stream_body_type_0_item_data
                    )

                    componentsschemas_stream_body_type_0.append(componentsschemas_stream_body_type_0_item)

                return componentsschemas_stream_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_stream_body_type_1 = StreamResults.from_dict(data)

                return componentsschemas_stream_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_stream_body_type_2 = StreamRecord.from_dict(data)

            return componentsschemas_stream_body_type_2

        response_200 = _parse_response_200(response.json())

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
) -> Response[ErrorBody | list[StreamRecord] | StreamRecord | StreamResults]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    media_type: str | Unset = UNSET,
    last_update_datetime_from: datetime.datetime | Unset = UNSET,
    last_update_from_datetime: datetime.datetime | Unset = UNSET,
    last_update_datetime_to: datetime.datetime | Unset = UNSET,
    last_update_to_datetime: datetime.datetime | Unset = UNSET,
    identifiers_pl_krs: str | Unset = UNSET,
    identifiers_pl_nip: str | Unset = UNSET,
    identifiers_pl_regon: str | Unset = UNSET,
    version_from_datetime: datetime.datetime | Unset = UNSET,
    version_to_datetime: datetime.datetime | Unset = UNSET,
    version_latest: bool | Unset = UNSET,
    projection: str | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    refresh_id: str | Unset = UNSET,
) -> Response[ErrorBody | list[StreamRecord] | StreamRecord | StreamResults]:
    """Stream Records

     Return every record of `pl-sudop-wpopb-record` that matches the filters in one response, with no
    paging. Results are sorted by the record version's date and time (MSiG notices by publication date);
    no match gives an empty list. The documented examples disagree on the body shape, see `StreamBody`.

    Args:
        media_type (str | Unset):
        last_update_datetime_from (datetime.datetime | Unset):
        last_update_from_datetime (datetime.datetime | Unset):
        last_update_datetime_to (datetime.datetime | Unset):
        last_update_to_datetime (datetime.datetime | Unset):
        identifiers_pl_krs (str | Unset):  Example: 0000123456.
        identifiers_pl_nip (str | Unset):  Example: 8190937865.
        identifiers_pl_regon (str | Unset):  Example: 434839548.
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
        Response[ErrorBody | list[StreamRecord] | StreamRecord | StreamResults]
    """

    kwargs = _get_kwargs(
        media_type=media_type,
        last_update_datetime_from=last_update_datetime_from,
        last_update_from_datetime=last_update_from_datetime,
        last_update_datetime_to=last_update_datetime_to,
        last_update_to_datetime=last_update_to_datetime,
        identifiers_pl_krs=identifiers_pl_krs,
        identifiers_pl_nip=identifiers_pl_nip,
        identifiers_pl_regon=identifiers_pl_regon,
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
    media_type: str | Unset = UNSET,
    last_update_datetime_from: datetime.datetime | Unset = UNSET,
    last_update_from_datetime: datetime.datetime | Unset = UNSET,
    last_update_datetime_to: datetime.datetime | Unset = UNSET,
    last_update_to_datetime: datetime.datetime | Unset = UNSET,
    identifiers_pl_krs: str | Unset = UNSET,
    identifiers_pl_nip: str | Unset = UNSET,
    identifiers_pl_regon: str | Unset = UNSET,
    version_from_datetime: datetime.datetime | Unset = UNSET,
    version_to_datetime: datetime.datetime | Unset = UNSET,
    version_latest: bool | Unset = UNSET,
    projection: str | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    refresh_id: str | Unset = UNSET,
) -> ErrorBody | list[StreamRecord] | StreamRecord | StreamResults | None:
    """Stream Records

     Return every record of `pl-sudop-wpopb-record` that matches the filters in one response, with no
    paging. Results are sorted by the record version's date and time (MSiG notices by publication date);
    no match gives an empty list. The documented examples disagree on the body shape, see `StreamBody`.

    Args:
        media_type (str | Unset):
        last_update_datetime_from (datetime.datetime | Unset):
        last_update_from_datetime (datetime.datetime | Unset):
        last_update_datetime_to (datetime.datetime | Unset):
        last_update_to_datetime (datetime.datetime | Unset):
        identifiers_pl_krs (str | Unset):  Example: 0000123456.
        identifiers_pl_nip (str | Unset):  Example: 8190937865.
        identifiers_pl_regon (str | Unset):  Example: 434839548.
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
        ErrorBody | list[StreamRecord] | StreamRecord | StreamResults
    """

    return sync_detailed(
        client=client,
        media_type=media_type,
        last_update_datetime_from=last_update_datetime_from,
        last_update_from_datetime=last_update_from_datetime,
        last_update_datetime_to=last_update_datetime_to,
        last_update_to_datetime=last_update_to_datetime,
        identifiers_pl_krs=identifiers_pl_krs,
        identifiers_pl_nip=identifiers_pl_nip,
        identifiers_pl_regon=identifiers_pl_regon,
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
    media_type: str | Unset = UNSET,
    last_update_datetime_from: datetime.datetime | Unset = UNSET,
    last_update_from_datetime: datetime.datetime | Unset = UNSET,
    last_update_datetime_to: datetime.datetime | Unset = UNSET,
    last_update_to_datetime: datetime.datetime | Unset = UNSET,
    identifiers_pl_krs: str | Unset = UNSET,
    identifiers_pl_nip: str | Unset = UNSET,
    identifiers_pl_regon: str | Unset = UNSET,
    version_from_datetime: datetime.datetime | Unset = UNSET,
    version_to_datetime: datetime.datetime | Unset = UNSET,
    version_latest: bool | Unset = UNSET,
    projection: str | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    refresh_id: str | Unset = UNSET,
) -> Response[ErrorBody | list[StreamRecord] | StreamRecord | StreamResults]:
    """Stream Records

     Return every record of `pl-sudop-wpopb-record` that matches the filters in one response, with no
    paging. Results are sorted by the record version's date and time (MSiG notices by publication date);
    no match gives an empty list. The documented examples disagree on the body shape, see `StreamBody`.

    Args:
        media_type (str | Unset):
        last_update_datetime_from (datetime.datetime | Unset):
        last_update_from_datetime (datetime.datetime | Unset):
        last_update_datetime_to (datetime.datetime | Unset):
        last_update_to_datetime (datetime.datetime | Unset):
        identifiers_pl_krs (str | Unset):  Example: 0000123456.
        identifiers_pl_nip (str | Unset):  Example: 8190937865.
        identifiers_pl_regon (str | Unset):  Example: 434839548.
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
        Response[ErrorBody | list[StreamRecord] | StreamRecord | StreamResults]
    """

    kwargs = _get_kwargs(
        media_type=media_type,
        last_update_datetime_from=last_update_datetime_from,
        last_update_from_datetime=last_update_from_datetime,
        last_update_datetime_to=last_update_datetime_to,
        last_update_to_datetime=last_update_to_datetime,
        identifiers_pl_krs=identifiers_pl_krs,
        identifiers_pl_nip=identifiers_pl_nip,
        identifiers_pl_regon=identifiers_pl_regon,
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
    media_type: str | Unset = UNSET,
    last_update_datetime_from: datetime.datetime | Unset = UNSET,
    last_update_from_datetime: datetime.datetime | Unset = UNSET,
    last_update_datetime_to: datetime.datetime | Unset = UNSET,
    last_update_to_datetime: datetime.datetime | Unset = UNSET,
    identifiers_pl_krs: str | Unset = UNSET,
    identifiers_pl_nip: str | Unset = UNSET,
    identifiers_pl_regon: str | Unset = UNSET,
    version_from_datetime: datetime.datetime | Unset = UNSET,
    version_to_datetime: datetime.datetime | Unset = UNSET,
    version_latest: bool | Unset = UNSET,
    projection: str | Unset = UNSET,
    content: list[str] | Unset = UNSET,
    refresh_id: str | Unset = UNSET,
) -> ErrorBody | list[StreamRecord] | StreamRecord | StreamResults | None:
    """Stream Records

     Return every record of `pl-sudop-wpopb-record` that matches the filters in one response, with no
    paging. Results are sorted by the record version's date and time (MSiG notices by publication date);
    no match gives an empty list. The documented examples disagree on the body shape, see `StreamBody`.

    Args:
        media_type (str | Unset):
        last_update_datetime_from (datetime.datetime | Unset):
        last_update_from_datetime (datetime.datetime | Unset):
        last_update_datetime_to (datetime.datetime | Unset):
        last_update_to_datetime (datetime.datetime | Unset):
        identifiers_pl_krs (str | Unset):  Example: 0000123456.
        identifiers_pl_nip (str | Unset):  Example: 8190937865.
        identifiers_pl_regon (str | Unset):  Example: 434839548.
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
        ErrorBody | list[StreamRecord] | StreamRecord | StreamResults
    """

    return (
        await asyncio_detailed(
            client=client,
            media_type=media_type,
            last_update_datetime_from=last_update_datetime_from,
            last_update_from_datetime=last_update_from_datetime,
            last_update_datetime_to=last_update_datetime_to,
            last_update_to_datetime=last_update_to_datetime,
            identifiers_pl_krs=identifiers_pl_krs,
            identifiers_pl_nip=identifiers_pl_nip,
            identifiers_pl_regon=identifiers_pl_regon,
            version_from_datetime=version_from_datetime,
            version_to_datetime=version_to_datetime,
            version_latest=version_latest,
            projection=projection,
            content=content,
            refresh_id=refresh_id,
        )
    ).parsed
