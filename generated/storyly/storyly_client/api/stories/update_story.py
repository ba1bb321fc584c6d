from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.story_envelope import StoryEnvelope
from ...models.story_update_form import StoryUpdateForm
from ...types import Response


def _get_kwargs(
    body: StoryUpdateForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/story",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | StoryEnvelope | None:
    if response.status_code == 200:
        response_200 = StoryEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[Error | StoryEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StoryUpdateForm,
) -> Response[Error | StoryEnvelope]:
    """Update a Specific Story

     This endpoint updates a specific story. The story is named by `story_id` and `story_group_id` inside
    `data` ("Required Body Parameters").

    Args:
        body (StoryUpdateForm): multipart/form-data body of Update a Specific Story: optional new
            media `file` and the `data` JSON part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StoryEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: StoryUpdateForm,
) -> Error | StoryEnvelope | None:
    """Update a Specific Story

     This endpoint updates a specific story. The story is named by `story_id` and `story_group_id` inside
    `data` ("Required Body Parameters").

    Args:
        body (StoryUpdateForm): multipart/form-data body of Update a Specific Story: optional new
            media `file` and the `data` JSON part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StoryEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StoryUpdateForm,
) -> Response[Error | StoryEnvelope]:
    """Update a Specific Story

     This endpoint updates a specific story. The story is named by `story_id` and `story_group_id` inside
    `data` ("Required Body Parameters").

    Args:
        body (StoryUpdateForm): multipart/form-data body of Update a Specific Story: optional new
            media `file` and the `data` JSON part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StoryEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StoryUpdateForm,
) -> Error | StoryEnvelope | None:
    """Update a Specific Story

     This endpoint updates a specific story. The story is named by `story_id` and `story_group_id` inside
    `data` ("Required Body Parameters").

    Args:
        body (StoryUpdateForm): multipart/form-data body of Update a Specific Story: optional new
            media `file` and the `data` JSON part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StoryEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
