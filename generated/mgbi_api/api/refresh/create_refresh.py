from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_refresh_request import CreateRefreshRequest
from ...models.error_body import ErrorBody
from ...models.refresh_order import RefreshOrder
from ...types import Response


def _get_kwargs(
    *,
    body: CreateRefreshRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/refresh",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | RefreshOrder | None:
    if response.status_code == 201:
        response_201 = RefreshOrder.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: CreateRefreshRequest,
) -> Response[ErrorBody | RefreshOrder]:
    """Create Refresh

     Order a refresh: fetch one entity from the source register of an on-demand model.
    Each identifier in the order adds 1 to the model's `refresh` counter, so a client must not
    send the same order twice. The order usually finishes within a few to a few tens of seconds.

    Args:
        body (CreateRefreshRequest): The body of Create Refresh.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RefreshOrder]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRefreshRequest,
) -> ErrorBody | RefreshOrder | None:
    """Create Refresh

     Order a refresh: fetch one entity from the source register of an on-demand model.
    Each identifier in the order adds 1 to the model's `refresh` counter, so a client must not
    send the same order twice. The order usually finishes within a few to a few tens of seconds.

    Args:
        body (CreateRefreshRequest): The body of Create Refresh.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RefreshOrder
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRefreshRequest,
) -> Response[ErrorBody | RefreshOrder]:
    """Create Refresh

     Order a refresh: fetch one entity from the source register of an on-demand model.
    Each identifier in the order adds 1 to the model's `refresh` counter, so a client must not
    send the same order twice. The order usually finishes within a few to a few tens of seconds.

    Args:
        body (CreateRefreshRequest): The body of Create Refresh.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | RefreshOrder]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateRefreshRequest,
) -> ErrorBody | RefreshOrder | None:
    """Create Refresh

     Order a refresh: fetch one entity from the source register of an on-demand model.
    Each identifier in the order adds 1 to the model's `refresh` counter, so a client must not
    send the same order twice. The order usually finishes within a few to a few tens of seconds.

    Args:
        body (CreateRefreshRequest): The body of Create Refresh.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | RefreshOrder
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
