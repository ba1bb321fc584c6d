from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.failure import Failure
from ...models.list_magazine_pages_editor_preview import ListMagazinePagesEditorPreview
from ...models.magazine_page_list_envelope import MagazinePageListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    magazine_id: UUID,
    user_id: int | Unset = UNSET,
    editor_preview: ListMagazinePagesEditorPreview | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if user_id is not UNSET:
        params["user_id"] = user_id

    json_magazine_id = str(magazine_id)
    params["magazine_id"] = json_magazine_id

    if editor_preview is not UNSET:
        json_editor_preview: int | Unset = UNSET
        if not isinstance(editor_preview, Unset):
            json_editor_preview = editor_preview.value

        params["editorPreview"] = json_editor_preview

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/magazinepages",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthError | Failure | Failure | MagazinePageListEnvelope | None:
    if response.status_code == 200:
        response_200 = MagazinePageListEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> AuthError | Failure:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Failure.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_1 = AuthError.from_dict(data)

            return componentsschemas_error_body_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> AuthError | Failure:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = Failure.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_1 = AuthError.from_dict(data)

            return componentsschemas_error_body_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Failure.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthError | Failure | Failure | MagazinePageListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    magazine_id: UUID,
    user_id: int | Unset = UNSET,
    editor_preview: ListMagazinePagesEditorPreview | Unset = UNSET,
) -> Response[AuthError | Failure | Failure | MagazinePageListEnvelope]:
    """List magazinepages

     List magazinepages, as the docs' section describes it: 'Request body: The id of the user to retrieve
    magazinepages for; The id of the magazine to retrieve magazinepages from; Whether or not to include
    pages previews for editors. 0 for no and 1 for yes.', example {"user_id": 1, "magazine_id":
    "bf98c980-..."}

    Args:
        user_id (int | Unset):
        magazine_id (UUID):
        editor_preview (ListMagazinePagesEditorPreview | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Failure | Failure | MagazinePageListEnvelope]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        magazine_id=magazine_id,
        editor_preview=editor_preview,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    magazine_id: UUID,
    user_id: int | Unset = UNSET,
    editor_preview: ListMagazinePagesEditorPreview | Unset = UNSET,
) -> AuthError | Failure | Failure | MagazinePageListEnvelope | None:
    """List magazinepages

     List magazinepages, as the docs' section describes it: 'Request body: The id of the user to retrieve
    magazinepages for; The id of the magazine to retrieve magazinepages from; Whether or not to include
    pages previews for editors. 0 for no and 1 for yes.', example {"user_id": 1, "magazine_id":
    "bf98c980-..."}

    Args:
        user_id (int | Unset):
        magazine_id (UUID):
        editor_preview (ListMagazinePagesEditorPreview | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Failure | Failure | MagazinePageListEnvelope
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        magazine_id=magazine_id,
        editor_preview=editor_preview,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    magazine_id: UUID,
    user_id: int | Unset = UNSET,
    editor_preview: ListMagazinePagesEditorPreview | Unset = UNSET,
) -> Response[AuthError | Failure | Failure | MagazinePageListEnvelope]:
    """List magazinepages

     List magazinepages, as the docs' section describes it: 'Request body: The id of the user to retrieve
    magazinepages for; The id of the magazine to retrieve magazinepages from; Whether or not to include
    pages previews for editors. 0 for no and 1 for yes.', example {"user_id": 1, "magazine_id":
    "bf98c980-..."}

    Args:
        user_id (int | Unset):
        magazine_id (UUID):
        editor_preview (ListMagazinePagesEditorPreview | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Failure | Failure | MagazinePageListEnvelope]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        magazine_id=magazine_id,
        editor_preview=editor_preview,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    magazine_id: UUID,
    user_id: int | Unset = UNSET,
    editor_preview: ListMagazinePagesEditorPreview | Unset = UNSET,
) -> AuthError | Failure | Failure | MagazinePageListEnvelope | None:
    """List magazinepages

     List magazinepages, as the docs' section describes it: 'Request body: The id of the user to retrieve
    magazinepages for; The id of the magazine to retrieve magazinepages from; Whether or not to include
    pages previews for editors. 0 for no and 1 for yes.', example {"user_id": 1, "magazine_id":
    "bf98c980-..."}

    Args:
        user_id (int | Unset):
        magazine_id (UUID):
        editor_preview (ListMagazinePagesEditorPreview | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Failure | Failure | MagazinePageListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            magazine_id=magazine_id,
            editor_preview=editor_preview,
        )
    ).parsed
