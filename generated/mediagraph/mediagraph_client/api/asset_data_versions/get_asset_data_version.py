from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_data_version import AssetDataVersion
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    asset_id: int,
    number: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/assets/{asset_id}/asset_data_versions/{number}".format(
            asset_id=quote(str(asset_id), safe=""),
            number=quote(str(number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetDataVersion | Error | None:
    if response.status_code == 200:
        response_200 = AssetDataVersion.from_dict(response.json())

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
) -> Response[AssetDataVersion | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    asset_id: int,
    number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AssetDataVersion | Error]:
    """Get Asset Data Version Details

     Get version details for Asset using the Version number.

    Args:
        asset_id (int):
        number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetDataVersion | Error]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        number=number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: int,
    number: int,
    *,
    client: AuthenticatedClient | Client,
) -> AssetDataVersion | Error | None:
    """Get Asset Data Version Details

     Get version details for Asset using the Version number.

    Args:
        asset_id (int):
        number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetDataVersion | Error
    """

    return sync_detailed(
        asset_id=asset_id,
        number=number,
        client=client,
    ).parsed


async def asyncio_detailed(
    asset_id: int,
    number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AssetDataVersion | Error]:
    """Get Asset Data Version Details

     Get version details for Asset using the Version number.

    Args:
        asset_id (int):
        number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetDataVersion | Error]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        number=number,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: int,
    number: int,
    *,
    client: AuthenticatedClient | Client,
) -> AssetDataVersion | Error | None:
    """Get Asset Data Version Details

     Get version details for Asset using the Version number.

    Args:
        asset_id (int):
        number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetDataVersion | Error
    """

    return (
        await asyncio_detailed(
            asset_id=asset_id,
            number=number,
            client=client,
        )
    ).parsed
