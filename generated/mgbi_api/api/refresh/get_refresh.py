from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.refresh_order import RefreshOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    wait_seconds: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["wait_seconds"] = wait_seconds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/refresh/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | RefreshOrder | None:
    if response.status_code == 200:
        response_200 = RefreshOrder.from_dict(response.json())

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
) -> Response[ErrorBody | RefreshOrder]:
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
    wait_seconds: int | Unset = UNSET,
) -> Response[ErrorBody | RefreshOrder]:
    """Get Refresh

     Read a refresh order. With `wait_seconds` the server may hold the request until the order
    finishes or the time passes (long polling; the name is documented, the behaviour is inferred).

    Args:
        id (str): A MongoDB ObjectId, 24 hex digits. Example: 6837b95bbc6524d69fbe8976.
        wait_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RefreshOrder]
    """

    kwargs = _get_kwargs(
        id=id,
        wait_seconds=wait_seconds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    wait_seconds: int | Unset = UNSET,
) -> ErrorBody | RefreshOrder | None:
    """Get Refresh

     Read a refresh order. With `wait_seconds` the server may hold the request until the order
    finishes or the time passes (long polling; the name is documented, the behaviour is inferred).

    Args:
        id (str): A MongoDB ObjectId, 24 hex digits. Example: 6837b95bbc6524d69fbe8976.
        wait_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RefreshOrder
    """

    return sync_detailed(
        id=id,
        client=client,
        wait_seconds=wait_seconds,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    wait_seconds: int | Unset = UNSET,
) -> Response[ErrorBody | RefreshOrder]:
    """Get Refresh

     Read a refresh order. With `wait_seconds` the server may hold the request until the order
    finishes or the time passes (long polling; the name is documented, the behaviour is inferred).

    Args:
        id (str): A MongoDB ObjectId, 24 hex digits. Example: 6837b95bbc6524d69fbe8976.
        wait_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RefreshOrder]
    """

    kwargs = _get_kwargs(
        id=id,
        wait_seconds=wait_seconds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    wait_seconds: int | Unset = UNSET,
) -> ErrorBody | RefreshOrder | None:
    """Get Refresh

     Read a refresh order. With `wait_seconds` the server may hold the request until the order
    finishes or the time passes (long polling; the name is documented, the behaviour is inferred).

    Args:
        id (str): A MongoDB ObjectId, 24 hex digits. Example: 6837b95bbc6524d69fbe8976.
        wait_seconds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RefreshOrder
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            wait_seconds=wait_seconds,
        )
    ).parsed
