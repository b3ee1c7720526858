from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...types import File, Response


def _get_kwargs(
    id: str,
    file_key: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/models/pl-krs-wp-record/records/{id}/files/{file_key}".format(
            id=quote(str(id), safe=""),
            file_key=quote(str(file_key), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorBody | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorBody | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    file_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | File]:
    """Download File By Id

     Download one file of a `pl-krs-wp-record` record. The body is the file itself; its metadata comes in
    the `Content-Type`, `Content-Length` and `Content-Disposition` headers (header names inferred). The
    `file_key` values come from the record's `files` URLs. Documented for krs-rdf and msig; for this
    model it is listed in the documentation but its example is not shown, so the details are inferred.

    Args:
        id (str): A MongoDB ObjectId, 24 hex digits. Example: 6837b95bbc6524d69fbe8976.
        file_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | File]
    """

    kwargs = _get_kwargs(
        id=id,
        file_key=file_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    file_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | File | None:
    """Download File By Id

     Download one file of a `pl-krs-wp-record` record. The body is the file itself; its metadata comes in
    the `Content-Type`, `Content-Length` and `Content-Disposition` headers (header names inferred). The
    `file_key` values come from the record's `files` URLs. Documented for krs-rdf and msig; for this
    model it is listed in the documentation but its example is not shown, so the details are inferred.

    Args:
        id (str): A MongoDB ObjectId, 24 hex digits. Example: 6837b95bbc6524d69fbe8976.
        file_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | File
    """

    return sync_detailed(
        id=id,
        file_key=file_key,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    file_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | File]:
    """Download File By Id

     Download one file of a `pl-krs-wp-record` record. The body is the file itself; its metadata comes in
    the `Content-Type`, `Content-Length` and `Content-Disposition` headers (header names inferred). The
    `file_key` values come from the record's `files` URLs. Documented for krs-rdf and msig; for this
    model it is listed in the documentation but its example is not shown, so the details are inferred.

    Args:
        id (str): A MongoDB ObjectId, 24 hex digits. Example: 6837b95bbc6524d69fbe8976.
        file_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | File]
    """

    kwargs = _get_kwargs(
        id=id,
        file_key=file_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    file_key: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | File | None:
    """Download File By Id

     Download one file of a `pl-krs-wp-record` record. The body is the file itself; its metadata comes in
    the `Content-Type`, `Content-Length` and `Content-Disposition` headers (header names inferred). The
    `file_key` values come from the record's `files` URLs. Documented for krs-rdf and msig; for this
    model it is listed in the documentation but its example is not shown, so the details are inferred.

    Args:
        id (str): A MongoDB ObjectId, 24 hex digits. Example: 6837b95bbc6524d69fbe8976.
        file_key (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | File
    """

    return (
        await asyncio_detailed(
            id=id,
            file_key=file_key,
            client=client,
        )
    ).parsed
