from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.story_group import StoryGroup
from ...models.story_group_list_envelope import StoryGroupListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    story_group_id: int | Unset = UNSET,
    sub_user_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if story_group_id is not UNSET:
        params["story_group_id"] = story_group_id

    if sub_user_id is not UNSET:
        params["sub_user_id"] = sub_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/story-group",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StoryGroup | StoryGroupListEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> StoryGroup | StoryGroupListEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = StoryGroup.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = StoryGroupListEnvelope.from_dict(data)

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
) -> Response[Error | StoryGroup | StoryGroupListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    story_group_id: int | Unset = UNSET,
    sub_user_id: str | Unset = UNSET,
) -> Response[Error | StoryGroup | StoryGroupListEnvelope]:
    """Get a Specific Story Group, or List Story Groups

     Two documented operations on one method and path: with `story_group_id` ("Get a Specific Story
    Group") the answer is that story group itself; without it ("List Story Groups") the story groups of
    the given sub user or of the account, in the envelope.

    Args:
        story_group_id (int | Unset):
        sub_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StoryGroup | StoryGroupListEnvelope]
    """

    kwargs = _get_kwargs(
        story_group_id=story_group_id,
        sub_user_id=sub_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    story_group_id: int | Unset = UNSET,
    sub_user_id: str | Unset = UNSET,
) -> Error | StoryGroup | StoryGroupListEnvelope | None:
    """Get a Specific Story Group, or List Story Groups

     Two documented operations on one method and path: with `story_group_id` ("Get a Specific Story
    Group") the answer is that story group itself; without it ("List Story Groups") the story groups of
    the given sub user or of the account, in the envelope.

    Args:
        story_group_id (int | Unset):
        sub_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StoryGroup | StoryGroupListEnvelope
    """

    return sync_detailed(
        client=client,
        story_group_id=story_group_id,
        sub_user_id=sub_user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    story_group_id: int | Unset = UNSET,
    sub_user_id: str | Unset = UNSET,
) -> Response[Error | StoryGroup | StoryGroupListEnvelope]:
    """Get a Specific Story Group, or List Story Groups

     Two documented operations on one method and path: with `story_group_id` ("Get a Specific Story
    Group") the answer is that story group itself; without it ("List Story Groups") the story groups of
    the given sub user or of the account, in the envelope.

    Args:
        story_group_id (int | Unset):
        sub_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StoryGroup | StoryGroupListEnvelope]
    """

    kwargs = _get_kwargs(
        story_group_id=story_group_id,
        sub_user_id=sub_user_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    story_group_id: int | Unset = UNSET,
    sub_user_id: str | Unset = UNSET,
) -> Error | StoryGroup | StoryGroupListEnvelope | None:
    """Get a Specific Story Group, or List Story Groups

     Two documented operations on one method and path: with `story_group_id` ("Get a Specific Story
    Group") the answer is that story group itself; without it ("List Story Groups") the story groups of
    the given sub user or of the account, in the envelope.

    Args:
        story_group_id (int | Unset):
        sub_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StoryGroup | StoryGroupListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            story_group_id=story_group_id,
            sub_user_id=sub_user_id,
        )
    ).parsed
