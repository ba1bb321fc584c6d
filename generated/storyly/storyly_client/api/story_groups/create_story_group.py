from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.story_group_create_form import StoryGroupCreateForm
from ...models.story_group_envelope import StoryGroupEnvelope
from ...types import Response


def _get_kwargs(
    body: StoryGroupCreateForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/story-group",
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
    body: StoryGroupCreateForm,
) -> Response[Error | StoryGroupEnvelope]:
    """Create a Story Group

     Create a new story group on given storyly instance. By default all story groups are in type
    "default". In order to create a story group with type "audience", first, the audience should be
    created for the user through the audience endpoints. sub_user_id can be given to specify which sub
    user will see the story groups. Both data and file should be sent with multipart/form-data header,
    where data is a JSON-string with application/json content type. Instead of file it is possible to
    send media_url field inside the data.

    Args:
        body (StoryGroupCreateForm): multipart/form-data body of Create a Story Group: the icon
            `file` and the `data` JSON part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StoryGroupEnvelope]
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
    body: StoryGroupCreateForm,
) -> Error | StoryGroupEnvelope | None:
    """Create a Story Group

     Create a new story group on given storyly instance. By default all story groups are in type
    "default". In order to create a story group with type "audience", first, the audience should be
    created for the user through the audience endpoints. sub_user_id can be given to specify which sub
    user will see the story groups. Both data and file should be sent with multipart/form-data header,
    where data is a JSON-string with application/json content type. Instead of file it is possible to
    send media_url field inside the data.

    Args:
        body (StoryGroupCreateForm): multipart/form-data body of Create a Story Group: the icon
            `file` and the `data` JSON part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StoryGroupEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StoryGroupCreateForm,
) -> Response[Error | StoryGroupEnvelope]:
    """Create a Story Group

     Create a new story group on given storyly instance. By default all story groups are in type
    "default". In order to create a story group with type "audience", first, the audience should be
    created for the user through the audience endpoints. sub_user_id can be given to specify which sub
    user will see the story groups. Both data and file should be sent with multipart/form-data header,
    where data is a JSON-string with application/json content type. Instead of file it is possible to
    send media_url field inside the data.

    Args:
        body (StoryGroupCreateForm): multipart/form-data body of Create a Story Group: the icon
            `file` and the `data` JSON part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StoryGroupEnvelope]
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
    body: StoryGroupCreateForm,
) -> Error | StoryGroupEnvelope | None:
    """Create a Story Group

     Create a new story group on given storyly instance. By default all story groups are in type
    "default". In order to create a story group with type "audience", first, the audience should be
    created for the user through the audience endpoints. sub_user_id can be given to specify which sub
    user will see the story groups. Both data and file should be sent with multipart/form-data header,
    where data is a JSON-string with application/json content type. Instead of file it is possible to
    send media_url field inside the data.

    Args:
        body (StoryGroupCreateForm): multipart/form-data body of Create a Story Group: the icon
            `file` and the `data` JSON part.

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
        )
    ).parsed
