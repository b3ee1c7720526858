from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.stream_query import StreamQuery
from ...models.stream_record import StreamRecord
from ...models.stream_results import StreamResults
from ...types import Response


def _get_kwargs(
    *,
    body: StreamQuery,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/models/pl-ceidg-hd-record/stream",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: StreamQuery,
) -> Response[ErrorBody | list[StreamRecord] | StreamRecord | StreamResults]:
    """Post Stream Records

     Stream the records of `pl-ceidg-hd-record` with the filters sent in a JSON body instead of the query
    string. The method is documented; this path and the body shape are inferred from Stream Records.

    Args:
        body (StreamQuery): Filters of Post Stream Records, with the same names as the Stream
            Records query parameters (inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[StreamRecord] | StreamRecord | StreamResults]
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
    body: StreamQuery,
) -> ErrorBody | list[StreamRecord] | StreamRecord | StreamResults | None:
    """Post Stream Records

     Stream the records of `pl-ceidg-hd-record` with the filters sent in a JSON body instead of the query
    string. The method is documented; this path and the body shape are inferred from Stream Records.

    Args:
        body (StreamQuery): Filters of Post Stream Records, with the same names as the Stream
            Records query parameters (inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[StreamRecord] | StreamRecord | StreamResults
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StreamQuery,
) -> Response[ErrorBody | list[StreamRecord] | StreamRecord | StreamResults]:
    """Post Stream Records

     Stream the records of `pl-ceidg-hd-record` with the filters sent in a JSON body instead of the query
    string. The method is documented; this path and the body shape are inferred from Stream Records.

    Args:
        body (StreamQuery): Filters of Post Stream Records, with the same names as the Stream
            Records query parameters (inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[StreamRecord] | StreamRecord | StreamResults]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StreamQuery,
) -> ErrorBody | list[StreamRecord] | StreamRecord | StreamResults | None:
    """Post Stream Records

     Stream the records of `pl-ceidg-hd-record` with the filters sent in a JSON body instead of the query
    string. The method is documented; this path and the body shape are inferred from Stream Records.

    Args:
        body (StreamQuery): Filters of Post Stream Records, with the same names as the Stream
            Records query parameters (inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[StreamRecord] | StreamRecord | StreamResults
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
