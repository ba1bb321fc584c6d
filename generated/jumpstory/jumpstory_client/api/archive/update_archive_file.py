from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.archive_file import ArchiveFile
from ...models.error import Error
from ...models.update_archive_file_body import UpdateArchiveFileBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    file: int,
    body: UpdateArchiveFileBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/archive/file/{file}".format(
            file=quote(str(file), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ArchiveFile | Error | None:
    if response.status_code == 200:
        response_200 = ArchiveFile.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ArchiveFile | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    file: int,
    *,
    client: AuthenticatedClient,
    body: UpdateArchiveFileBody | Unset = UNSET,
) -> Response[ArchiveFile | Error]:
    """Update file.

     If labels are provided, the previous stored labels will be deleted.

    Args:
        file (int):
        body (UpdateArchiveFileBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArchiveFile | Error]
    """

    kwargs = _get_kwargs(
        file=file,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    file: int,
    *,
    client: AuthenticatedClient,
    body: UpdateArchiveFileBody | Unset = UNSET,
) -> ArchiveFile | Error | None:
    """Update file.

     If labels are provided, the previous stored labels will be deleted.

    Args:
        file (int):
        body (UpdateArchiveFileBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArchiveFile | Error
    """

    return sync_detailed(
        file=file,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    file: int,
    *,
    client: AuthenticatedClient,
    body: UpdateArchiveFileBody | Unset = UNSET,
) -> Response[ArchiveFile | Error]:
    """Update file.

     If labels are provided, the previous stored labels will be deleted.

    Args:
        file (int):
        body (UpdateArchiveFileBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArchiveFile | Error]
    """

    kwargs = _get_kwargs(
        file=file,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    file: int,
    *,
    client: AuthenticatedClient,
    body: UpdateArchiveFileBody | Unset = UNSET,
) -> ArchiveFile | Error | None:
    """Update file.

     If labels are provided, the previous stored labels will be deleted.

    Args:
        file (int):
        body (UpdateArchiveFileBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArchiveFile | Error
    """

    return (
        await asyncio_detailed(
            file=file,
            client=client,
            body=body,
        )
    ).parsed
