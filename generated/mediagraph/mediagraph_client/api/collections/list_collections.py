from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collection import Collection
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    q: str | Unset = UNSET,
    parent_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if q is not UNSET:
        params["q"] = q

    if parent_id is not UNSET:
        params["parent_id"] = parent_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/collections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Collection] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Collection.from_dict(response_200_item_data)

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
) -> Response[Error | list[Collection]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    parent_id: int | Unset = UNSET,
) -> Response[Error | list[Collection]]:
    """Collections Index

    Args:
        q (str | Unset):
        parent_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Collection]]
    """

    kwargs = _get_kwargs(
        q=q,
        parent_id=parent_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    parent_id: int | Unset = UNSET,
) -> Error | list[Collection] | None:
    """Collections Index

    Args:
        q (str | Unset):
        parent_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Collection]
    """

    return sync_detailed(
        client=client,
        q=q,
        parent_id=parent_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    parent_id: int | Unset = UNSET,
) -> Response[Error | list[Collection]]:
    """Collections Index

    Args:
        q (str | Unset):
        parent_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Collection]]
    """

    kwargs = _get_kwargs(
        q=q,
        parent_id=parent_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    parent_id: int | Unset = UNSET,
) -> Error | list[Collection] | None:
    """Collections Index

    Args:
        q (str | Unset):
        parent_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Collection]
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            parent_id=parent_id,
        )
    ).parsed
