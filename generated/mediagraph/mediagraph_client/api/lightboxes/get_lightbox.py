from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_lightbox_sub_type import GetLightboxSubType
from ...models.lightbox import Lightbox
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    sub_type: GetLightboxSubType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if sub_type is not UNSET:
        json_sub_type: str | Unset = UNSET
        if not isinstance(sub_type, Unset):
            json_sub_type = sub_type.value

        params["sub_type"] = json_sub_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lightboxes/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Lightbox | None:
    if response.status_code == 200:
        response_200 = Lightbox.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Lightbox]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    sub_type: GetLightboxSubType | Unset = UNSET,
) -> Response[Error | Lightbox]:
    """Lightbox Details

    Args:
        id (int):
        sub_type (GetLightboxSubType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Lightbox]
    """

    kwargs = _get_kwargs(
        id=id,
        sub_type=sub_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    sub_type: GetLightboxSubType | Unset = UNSET,
) -> Error | Lightbox | None:
    """Lightbox Details

    Args:
        id (int):
        sub_type (GetLightboxSubType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Lightbox
    """

    return sync_detailed(
        id=id,
        client=client,
        sub_type=sub_type,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    sub_type: GetLightboxSubType | Unset = UNSET,
) -> Response[Error | Lightbox]:
    """Lightbox Details

    Args:
        id (int):
        sub_type (GetLightboxSubType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Lightbox]
    """

    kwargs = _get_kwargs(
        id=id,
        sub_type=sub_type,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    sub_type: GetLightboxSubType | Unset = UNSET,
) -> Error | Lightbox | None:
    """Lightbox Details

    Args:
        id (int):
        sub_type (GetLightboxSubType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Lightbox
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            sub_type=sub_type,
        )
    ).parsed
