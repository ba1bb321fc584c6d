from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_data_version import AssetDataVersion
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    asset_id: int,
    include_renditions: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if include_renditions is not UNSET:
        params["include_renditions"] = include_renditions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/assets/{asset_id}/asset_data_versions".format(
            asset_id=quote(str(asset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[AssetDataVersion] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AssetDataVersion.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[AssetDataVersion]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    asset_id: int,
    *,
    client: AuthenticatedClient | Client,
    include_renditions: bool | Unset = UNSET,
) -> Response[Error | list[AssetDataVersion]]:
    """Get Asset Data Versions

     Get versions for an Asset.

    Args:
        asset_id (int):
        include_renditions (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AssetDataVersion]]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        include_renditions=include_renditions,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: int,
    *,
    client: AuthenticatedClient | Client,
    include_renditions: bool | Unset = UNSET,
) -> Error | list[AssetDataVersion] | None:
    """Get Asset Data Versions

     Get versions for an Asset.

    Args:
        asset_id (int):
        include_renditions (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[AssetDataVersion]
    """

    return sync_detailed(
        asset_id=asset_id,
        client=client,
        include_renditions=include_renditions,
    ).parsed


async def asyncio_detailed(
    asset_id: int,
    *,
    client: AuthenticatedClient | Client,
    include_renditions: bool | Unset = UNSET,
) -> Response[Error | list[AssetDataVersion]]:
    """Get Asset Data Versions

     Get versions for an Asset.

    Args:
        asset_id (int):
        include_renditions (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AssetDataVersion]]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        include_renditions=include_renditions,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: int,
    *,
    client: AuthenticatedClient | Client,
    include_renditions: bool | Unset = UNSET,
) -> Error | list[AssetDataVersion] | None:
    """Get Asset Data Versions

     Get versions for an Asset.

    Args:
        asset_id (int):
        include_renditions (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[AssetDataVersion]
    """

    return (
        await asyncio_detailed(
            asset_id=asset_id,
            client=client,
            include_renditions=include_renditions,
        )
    ).parsed
