from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_storage_folders_publish_type import ListStorageFoldersPublishType
from ...models.storage_folder import StorageFolder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    publish_user_id: int | Unset = UNSET,
    publish_type: ListStorageFoldersPublishType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if publish_user_id is not UNSET:
        params["publish_user_id"] = publish_user_id

    if publish_type is not UNSET:
        json_publish_type: str | Unset = UNSET
        if not isinstance(publish_type, Unset):
            json_publish_type = publish_type.value

        params["publish_type"] = json_publish_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/storage_folders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[StorageFolder] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = StorageFolder.from_dict(response_200_item_data)

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
) -> Response[Error | list[StorageFolder]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    publish_user_id: int | Unset = UNSET,
    publish_type: ListStorageFoldersPublishType | Unset = UNSET,
) -> Response[Error | list[StorageFolder]]:
    """Storage Folders Index

    Args:
        publish_user_id (int | Unset):
        publish_type (ListStorageFoldersPublishType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[StorageFolder]]
    """

    kwargs = _get_kwargs(
        publish_user_id=publish_user_id,
        publish_type=publish_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    publish_user_id: int | Unset = UNSET,
    publish_type: ListStorageFoldersPublishType | Unset = UNSET,
) -> Error | list[StorageFolder] | None:
    """Storage Folders Index

    Args:
        publish_user_id (int | Unset):
        publish_type (ListStorageFoldersPublishType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[StorageFolder]
    """

    return sync_detailed(
        client=client,
        publish_user_id=publish_user_id,
        publish_type=publish_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    publish_user_id: int | Unset = UNSET,
    publish_type: ListStorageFoldersPublishType | Unset = UNSET,
) -> Response[Error | list[StorageFolder]]:
    """Storage Folders Index

    Args:
        publish_user_id (int | Unset):
        publish_type (ListStorageFoldersPublishType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[StorageFolder]]
    """

    kwargs = _get_kwargs(
        publish_user_id=publish_user_id,
        publish_type=publish_type,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    publish_user_id: int | Unset = UNSET,
    publish_type: ListStorageFoldersPublishType | Unset = UNSET,
) -> Error | list[StorageFolder] | None:
    """Storage Folders Index

    Args:
        publish_user_id (int | Unset):
        publish_type (ListStorageFoldersPublishType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[StorageFolder]
    """

    return (
        await asyncio_detailed(
            client=client,
            publish_user_id=publish_user_id,
            publish_type=publish_type,
        )
    ).parsed
