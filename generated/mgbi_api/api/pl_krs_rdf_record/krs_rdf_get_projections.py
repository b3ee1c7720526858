from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.projections import Projections
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    where: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["where"] = where

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/models/pl-krs-rdf-record/projections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | Projections | None:
    if response.status_code == 200:
        response_200 = Projections.from_dict(response.json())

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
) -> Response[ErrorBody | Projections]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    where: str | Unset = UNSET,
) -> Response[ErrorBody | Projections]:
    """Get Projections

     List the named projections of `pl-krs-rdf-record`: the fields each one returns and the operations
    that accept it.

    Args:
        where (str | Unset):  Example: api_search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | Projections]
    """

    kwargs = _get_kwargs(
        where=where,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    where: str | Unset = UNSET,
) -> ErrorBody | Projections | None:
    """Get Projections

     List the named projections of `pl-krs-rdf-record`: the fields each one returns and the operations
    that accept it.

    Args:
        where (str | Unset):  Example: api_search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | Projections
    """

    return sync_detailed(
        client=client,
        where=where,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    where: str | Unset = UNSET,
) -> Response[ErrorBody | Projections]:
    """Get Projections

     List the named projections of `pl-krs-rdf-record`: the fields each one returns and the operations
    that accept it.

    Args:
        where (str | Unset):  Example: api_search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | Projections]
    """

    kwargs = _get_kwargs(
        where=where,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    where: str | Unset = UNSET,
) -> ErrorBody | Projections | None:
    """Get Projections

     List the named projections of `pl-krs-rdf-record`: the fields each one returns and the operations
    that accept it.

    Args:
        where (str | Unset):  Example: api_search.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | Projections
    """

    return (
        await asyncio_detailed(
            client=client,
            where=where,
        )
    ).parsed
