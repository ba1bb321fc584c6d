from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset import Asset
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int | UUID,
    sync: bool | Unset = UNSET,
    include_renditions: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if sync is not UNSET:
        params["sync"] = sync

    if include_renditions is not UNSET:
        params["include_renditions"] = include_renditions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/assets/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Asset | Error | None:
    if response.status_code == 200:
        response_200 = Asset.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Asset | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int | UUID,
    *,
    client: AuthenticatedClient | Client,
    sync: bool | Unset = UNSET,
    include_renditions: bool | Unset = UNSET,
) -> Response[Asset | Error]:
    """Asset Details

     Get the asset details. ID can also be the Asset GUID.

    Args:
        id (int | UUID):
        sync (bool | Unset):
        include_renditions (bool | Unset): Include renditions Server default: false (not sent
            unless given).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Asset | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        sync=sync,
        include_renditions=include_renditions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    id: int | UUID,
    *,
    client: AuthenticatedClient | Client,
    sync: bool | Unset = UNSET,
    include_renditions: bool | Unset = UNSET,
) -> Asset | Error | None:
    """Asset Details

     Get the asset details. ID can also be the Asset GUID.

    Args:
        id (int | UUID):
        sync (bool | Unset):
        include_renditions (bool | Unset): Include renditions Server default: false (not sent
            unless given).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Asset | Error
    """

    return sync_detailed(
        id=id,
        client=client,
        sync=sync,
        include_renditions=include_renditions,
    ).parsed


async def asyncio_detailed(
    id: int | UUID,
    *,
    client: AuthenticatedClient | Client,
    sync: bool | Unset = UNSET,
    include_renditions: bool | Unset = UNSET,
) -> Response[Asset | Error]:
    """Asset Details

     Get the asset details. ID can also be the Asset GUID.

    Args:
        id (int | UUID):
        sync (bool | Unset):
        include_renditions (bool | Unset): Include renditions Server default: false (not sent
            unless given).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Asset | Error]
    """

    kwargs = _get_kwargs(
        id=id,
        sync=sync,
        include_renditions=include_renditions,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    id: int | UUID,
    *,
    client: AuthenticatedClient | Client,
    sync: bool | Unset = UNSET,
    include_renditions: bool | Unset = UNSET,
) -> Asset | Error | None:
    """Asset Details

     Get the asset details. ID can also be the Asset GUID.

    Args:
        id (int | UUID):
        sync (bool | Unset):
        include_renditions (bool | Unset): Include renditions Server default: false (not sent
            unless given).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Asset | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            sync=sync,
            include_renditions=include_renditions,
        )
    ).parsed
