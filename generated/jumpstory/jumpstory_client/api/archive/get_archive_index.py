from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.archive_file import ArchiveFile
from ...models.archive_folder import ArchiveFolder
from ...models.error import Error
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/archive/index",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[ArchiveFile | ArchiveFolder] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_archive_index_item_data in _response_200:

            def _parse_componentsschemas_archive_index_item(data: object) -> ArchiveFile | ArchiveFolder:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_archive_index_item_type_0 = ArchiveFile.from_dict(data)

                    return componentsschemas_archive_index_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_archive_index_item_type_1 = ArchiveFolder.from_dict(data)

                return componentsschemas_archive_index_item_type_1

            componentsschemas_archive_index_item = _parse_componentsschemas_archive_index_item(
                componentsschemas_archive_index_item_data
            )

            response_200.append(componentsschemas_archive_index_item)

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[ArchiveFile | ArchiveFolder]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | list[ArchiveFile | ArchiveFolder]]:
    """Index.

     Returns the full index of users archive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ArchiveFile | ArchiveFolder]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | list[ArchiveFile | ArchiveFolder] | None:
    """Index.

     Returns the full index of users archive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ArchiveFile | ArchiveFolder]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | list[ArchiveFile | ArchiveFolder]]:
    """Index.

     Returns the full index of users archive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ArchiveFile | ArchiveFolder]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | list[ArchiveFile | ArchiveFolder] | None:
    """Index.

     Returns the full index of users archive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ArchiveFile | ArchiveFolder]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
