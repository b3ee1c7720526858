from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enum_values_object import EnumValuesObject
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/models/pl-mgbi-lu-record/category",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnumValuesObject | list[str] | ErrorBody | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> EnumValuesObject | list[str]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_enum_values_type_0 = cast(list[str], data)

                return componentsschemas_enum_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_enum_values_type_1 = EnumValuesObject.from_dict(data)

            return componentsschemas_enum_values_type_1

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
) -> Response[EnumValuesObject | list[str] | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[EnumValuesObject | list[str] | ErrorBody]:
    """Get Category

     List the notice categories of this model. The newest documentation lists this GET operation without
    its path or body, so the path is inferred and the body may be a list or an object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnumValuesObject | list[str] | ErrorBody]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> EnumValuesObject | list[str] | ErrorBody | None:
    """Get Category

     List the notice categories of this model. The newest documentation lists this GET operation without
    its path or body, so the path is inferred and the body may be a list or an object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnumValuesObject | list[str] | ErrorBody
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[EnumValuesObject | list[str] | ErrorBody]:
    """Get Category

     List the notice categories of this model. The newest documentation lists this GET operation without
    its path or body, so the path is inferred and the body may be a list or an object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnumValuesObject | list[str] | ErrorBody]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> EnumValuesObject | list[str] | ErrorBody | None:
    """Get Category

     List the notice categories of this model. The newest documentation lists this GET operation without
    its path or body, so the path is inferred and the body may be a list or an object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnumValuesObject | list[str] | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
