from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.story_group_envelope import StoryGroupEnvelope
from ...models.story_group_update_form import StoryGroupUpdateForm
from ...types import UNSET, Response


def _get_kwargs(
    body: StoryGroupUpdateForm,
    story_group_id: int,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["story_group_id"] = story_group_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/story-group",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StoryGroupEnvelope | None:
    if response.status_code == 200:
        response_200 = StoryGroupEnvelope.from_dict(response.json())

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
) -> Response[Error | StoryGroupEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StoryGroupUpdateForm,
    story_group_id: int,
) -> Response[Error | StoryGroupEnvelope]:
    """Update a Specific Story Group

     This endpoint updates a specific story group.

    Args:
        story_group_id (int):
        body (StoryGroupUpdateForm): multipart/form-data body of Update a Specific Story Group: an
            optional new icon `file` and the `data` JSON part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StoryGroupEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: StoryGroupUpdateForm,
    story_group_id: int,
) -> Error | StoryGroupEnvelope | None:
    """Update a Specific Story Group

     This endpoint updates a specific story group.

    Args:
        story_group_id (int):
        body (StoryGroupUpdateForm): multipart/form-data body of Update a Specific Story Group: an
            optional new icon `file` and the `data` JSON part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StoryGroupEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        story_group_id=story_group_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StoryGroupUpdateForm,
    story_group_id: int,
) -> Response[Error | StoryGroupEnvelope]:
    """Update a Specific Story Group

     This endpoint updates a specific story group.

    Args:
        story_group_id (int):
        body (StoryGroupUpdateForm): multipart/form-data body of Update a Specific Story Group: an
            optional new icon `file` and the `data` JSON part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StoryGroupEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: StoryGroupUpdateForm,
    story_group_id: int,
) -> Error | StoryGroupEnvelope | None:
    """Update a Specific Story Group

     This endpoint updates a specific story group.

    Args:
        story_group_id (int):
        body (StoryGroupUpdateForm): multipart/form-data body of Update a Specific Story Group: an
            optional new icon `file` and the `data` JSON part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StoryGroupEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            story_group_id=story_group_id,
        )
    ).parsed
