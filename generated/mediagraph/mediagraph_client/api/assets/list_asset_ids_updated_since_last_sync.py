from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    created_via: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if created_via is not UNSET:
        params["created_via"] = created_via

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/assets/updated_since_last_sync",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[int] | None:
    if response.status_code == 200:
        response_200 = cast(list[int], response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | list[int]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    created_via: str | Unset = UNSET,
) -> Response[Error | list[int]]:
    """Asset IDs Updated Since Last Sync

     Returns all of your created Asset IDs with last_external_sync_at less than updated_at. The timestamp
    is set in Search, Details, and Update when parameter sync=true.

    Args:
        created_via (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[int]]
    """

    kwargs = _get_kwargs(
        created_via=created_via,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    created_via: str | Unset = UNSET,
) -> Error | list[int] | None:
    """Asset IDs Updated Since Last Sync

     Returns all of your created Asset IDs with last_external_sync_at less than updated_at. The timestamp
    is set in Search, Details, and Update when parameter sync=true.

    Args:
        created_via (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[int]
    """

    return sync_detailed(
        client=client,
        created_via=created_via,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    created_via: str | Unset = UNSET,
) -> Response[Error | list[int]]:
    """Asset IDs Updated Since Last Sync

     Returns all of your created Asset IDs with last_external_sync_at less than updated_at. The timestamp
    is set in Search, Details, and Update when parameter sync=true.

    Args:
        created_via (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[int]]
    """

    kwargs = _get_kwargs(
        created_via=created_via,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    created_via: str | Unset = UNSET,
) -> Error | list[int] | None:
    """Asset IDs Updated Since Last Sync

     Returns all of your created Asset IDs with last_external_sync_at less than updated_at. The timestamp
    is set in Search, Details, and Update when parameter sync=true.

    Args:
        created_via (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[int]
    """

    return (
        await asyncio_detailed(
            client=client,
            created_via=created_via,
        )
    ).parsed
