from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.story_envelope import StoryEnvelope
from ...models.story_list_envelope import StoryListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    story_id: int | Unset = UNSET,
    story_group_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if story_id is not UNSET:
        params["story_id"] = story_id

    if story_group_id is not UNSET:
        params["story_group_id"] = story_group_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/story",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StoryEnvelope | StoryListEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> StoryEnvelope | StoryListEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = StoryEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = StoryListEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[Error | StoryEnvelope | StoryListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    story_id: int | Unset = UNSET,
    story_group_id: int | Unset = UNSET,
) -> Response[Error | StoryEnvelope | StoryListEnvelope]:
    """Get a Specific Story, or List Stories

     Two documented operations on one method and path: with `story_id` ("Get a Specific Story") the story
    in the envelope; with `story_group_id` ("List Stories") the stories of that story group in the
    envelope.

    Args:
        story_id (int | Unset):
        story_group_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StoryEnvelope | StoryListEnvelope]
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
    story_id: int | Unset = UNSET,
    story_group_id: int | Unset = UNSET,
) -> Error | StoryEnvelope | StoryListEnvelope | None:
    """Get a Specific Story, or List Stories

     Two documented operations on one method and path: with `story_id` ("Get a Specific Story") the story
    in the envelope; with `story_group_id` ("List Stories") the stories of that story group in the
    envelope.

    Args:
        story_id (int | Unset):
        story_group_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StoryEnvelope | StoryListEnvelope
    """

    return sync_detailed(
        client=client,
        story_id=story_id,
        story_group_id=story_group_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    story_id: int | Unset = UNSET,
    story_group_id: int | Unset = UNSET,
) -> Response[Error | StoryEnvelope | StoryListEnvelope]:
    """Get a Specific Story, or List Stories

     Two documented operations on one method and path: with `story_id` ("Get a Specific Story") the story
    in the envelope; with `story_group_id` ("List Stories") the stories of that story group in the
    envelope.

    Args:
        story_id (int | Unset):
        story_group_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StoryEnvelope | StoryListEnvelope]
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
    story_id: int | Unset = UNSET,
    story_group_id: int | Unset = UNSET,
) -> Error | StoryEnvelope | StoryListEnvelope | None:
    """Get a Specific Story, or List Stories

     Two documented operations on one method and path: with `story_id` ("Get a Specific Story") the story
    in the envelope; with `story_group_id` ("List Stories") the stories of that story group in the
    envelope.

    Args:
        story_id (int | Unset):
        story_group_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StoryEnvelope | StoryListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            story_id=story_id,
            story_group_id=story_group_id,
        )
    ).parsed
