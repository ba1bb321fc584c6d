from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.status_envelope import StatusEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    story_id: int,
    story_group_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["story_id"] = story_id

    params["story_group_id"] = story_group_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/story",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | StatusEnvelope | None:
    if response.status_code == 200:
        response_200 = StatusEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[Error | StatusEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    story_id: int,
    story_group_id: int,
) -> Response[Error | StatusEnvelope]:
    """Delete a Specific Story

     This endpoint deletes a specific story. Entities will be deleted permanently.

    Args:
        story_id (int):
        story_group_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StatusEnvelope]
    """

    kwargs = _get_kwargs(
        story_id=story_id,
        story_group_id=story_group_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    story_id: int,
    story_group_id: int,
) -> Error | StatusEnvelope | None:
    """Delete a Specific Story

     This endpoint deletes a specific story. Entities will be deleted permanently.

    Args:
        story_id (int):
        story_group_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StatusEnvelope
    """

    return sync_detailed(
        client=client,
        story_id=story_id,
        story_group_id=story_group_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    story_id: int,
    story_group_id: int,
) -> Response[Error | StatusEnvelope]:
    """Delete a Specific Story

     This endpoint deletes a specific story. Entities will be deleted permanently.

    Args:
        story_id (int):
        story_group_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StatusEnvelope]
    """

    kwargs = _get_kwargs(
        story_id=story_id,
        story_group_id=story_group_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    story_id: int,
    story_group_id: int,
) -> Error | StatusEnvelope | None:
    """Delete a Specific Story

     This endpoint deletes a specific story. Entities will be deleted permanently.

    Args:
        story_id (int):
        story_group_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StatusEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            story_id=story_id,
            story_group_id=story_group_id,
        )
    ).parsed
