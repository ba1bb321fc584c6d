from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset import Asset
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    guid: str,
    skip_meta: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if skip_meta is not UNSET:
        params["skip_meta"] = skip_meta

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/assets/{guid}/set_uploaded".format(
            guid=quote(str(guid), safe=""),
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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
    guid: str,
    *,
    client: AuthenticatedClient | Client,
    skip_meta: bool | Unset = UNSET,
) -> Response[Asset | Error]:
    """Set Asset Upload Complete

     Call once the data has been fully uploaded to S3; this will start background processing of the
    Asset.

    Args:
        guid (str):
        skip_meta (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Asset | Error]
    """

    kwargs = _get_kwargs(
        guid=guid,
        skip_meta=skip_meta,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    guid: str,
    *,
    client: AuthenticatedClient | Client,
    skip_meta: bool | Unset = UNSET,
) -> Asset | Error | None:
    """Set Asset Upload Complete

     Call once the data has been fully uploaded to S3; this will start background processing of the
    Asset.

    Args:
        guid (str):
        skip_meta (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Asset | Error
    """

    return sync_detailed(
        guid=guid,
        client=client,
        skip_meta=skip_meta,
    ).parsed


async def asyncio_detailed(
    guid: str,
    *,
    client: AuthenticatedClient | Client,
    skip_meta: bool | Unset = UNSET,
) -> Response[Asset | Error]:
    """Set Asset Upload Complete

     Call once the data has been fully uploaded to S3; this will start background processing of the
    Asset.

    Args:
        guid (str):
        skip_meta (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Asset | Error]
    """

    kwargs = _get_kwargs(
        guid=guid,
        skip_meta=skip_meta,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    guid: str,
    *,
    client: AuthenticatedClient | Client,
    skip_meta: bool | Unset = UNSET,
) -> Asset | Error | None:
    """Set Asset Upload Complete

     Call once the data has been fully uploaded to S3; this will start background processing of the
    Asset.

    Args:
        guid (str):
        skip_meta (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Asset | Error
    """

    return (
        await asyncio_detailed(
            guid=guid,
            client=client,
            skip_meta=skip_meta,
        )
    ).parsed
