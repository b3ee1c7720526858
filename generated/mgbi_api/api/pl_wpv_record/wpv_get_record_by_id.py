from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.wpv_record import WpvRecord
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    projection: str | Unset = UNSET,
    content: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["projection"] = projection

    json_content: list[str] | Unset = UNSET
    if not isinstance(content, Unset):
        json_content = content

    params["content"] = json_content

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/models/pl-wpv-record/records/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | WpvRecord | None:
    if response.status_code == 200:
        response_200 = WpvRecord.from_dict(response.json())

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
) -> Response[ErrorBody | WpvRecord]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    projection: str | Unset = UNSET,
    content: list[str] | Unset = UNSET,
) -> Response[ErrorBody | WpvRecord]:
    """Get Record By Id

     Read one record of `pl-wpv-record` by its id.

    Args:
        id (str): A MongoDB ObjectId, 24 hex digits. Example: 6837b95bbc6524d69fbe8976.
        projection (str | Unset):
        content (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WpvRecord]
    """

    kwargs = _get_kwargs(
        id=id,
        projection=projection,
        content=content,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    projection: str | Unset = UNSET,
    content: list[str] | Unset = UNSET,
) -> ErrorBody | WpvRecord | None:
    """Get Record By Id

     Read one record of `pl-wpv-record` by its id.

    Args:
        id (str): A MongoDB ObjectId, 24 hex digits. Example: 6837b95bbc6524d69fbe8976.
        projection (str | Unset):
        content (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WpvRecord
    """

    return sync_detailed(
        id=id,
        client=client,
        projection=projection,
        content=content,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    projection: str | Unset = UNSET,
    content: list[str] | Unset = UNSET,
) -> Response[ErrorBody | WpvRecord]:
    """Get Record By Id

     Read one record of `pl-wpv-record` by its id.

    Args:
        id (str): A MongoDB ObjectId, 24 hex digits. Example: 6837b95bbc6524d69fbe8976.
        projection (str | Unset):
        content (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | WpvRecord]
    """

    kwargs = _get_kwargs(
        id=id,
        projection=projection,
        content=content,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    projection: str | Unset = UNSET,
    content: list[str] | Unset = UNSET,
) -> ErrorBody | WpvRecord | None:
    """Get Record By Id

     Read one record of `pl-wpv-record` by its id.

    Args:
        id (str): A MongoDB ObjectId, 24 hex digits. Example: 6837b95bbc6524d69fbe8976.
        projection (str | Unset):
        content (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | WpvRecord
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            projection=projection,
            content=content,
        )
    ).parsed
