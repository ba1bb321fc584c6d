from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.taxonomy_tag import TaxonomyTag
from ...types import UNSET, Response, Unset


def _get_kwargs(
    taxonomy_id: int,
    parent_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if parent_id is not UNSET:
        params["parent_id"] = parent_id

    if page is not UNSET:
        params["page"] = page

    if per_page is not UNSET:
        params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/taxonomies/{taxonomy_id}/taxonomy_tags/tree".format(
            taxonomy_id=quote(str(taxonomy_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[TaxonomyTag] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TaxonomyTag.from_dict(response_200_item_data)

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
) -> Response[Error | list[TaxonomyTag]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    taxonomy_id: int,
    *,
    client: AuthenticatedClient | Client,
    parent_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[Error | list[TaxonomyTag]]:
    """Taxonomy Tags Tree

     For tree traversal. All children of the Parent Taxonomy Tag specified by parent_id (or blank for
    root level) will be returned.

    Args:
        taxonomy_id (int):
        parent_id (int | Unset):
        page (int | Unset): Page Server default: 1 (not sent unless given).
        per_page (int | Unset): Items per page. Server default: 25 (not sent unless given).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[TaxonomyTag]]
    """

    kwargs = _get_kwargs(
        taxonomy_id=taxonomy_id,
        parent_id=parent_id,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    taxonomy_id: int,
    *,
    client: AuthenticatedClient | Client,
    parent_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Error | list[TaxonomyTag] | None:
    """Taxonomy Tags Tree

     For tree traversal. All children of the Parent Taxonomy Tag specified by parent_id (or blank for
    root level) will be returned.

    Args:
        taxonomy_id (int):
        parent_id (int | Unset):
        page (int | Unset): Page Server default: 1 (not sent unless given).
        per_page (int | Unset): Items per page. Server default: 25 (not sent unless given).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[TaxonomyTag]
    """

    return sync_detailed(
        taxonomy_id=taxonomy_id,
        client=client,
        parent_id=parent_id,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    taxonomy_id: int,
    *,
    client: AuthenticatedClient | Client,
    parent_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[Error | list[TaxonomyTag]]:
    """Taxonomy Tags Tree

     For tree traversal. All children of the Parent Taxonomy Tag specified by parent_id (or blank for
    root level) will be returned.

    Args:
        taxonomy_id (int):
        parent_id (int | Unset):
        page (int | Unset): Page Server default: 1 (not sent unless given).
        per_page (int | Unset): Items per page. Server default: 25 (not sent unless given).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[TaxonomyTag]]
    """

    kwargs = _get_kwargs(
        taxonomy_id=taxonomy_id,
        parent_id=parent_id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    taxonomy_id: int,
    *,
    client: AuthenticatedClient | Client,
    parent_id: int | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Error | list[TaxonomyTag] | None:
    """Taxonomy Tags Tree

     For tree traversal. All children of the Parent Taxonomy Tag specified by parent_id (or blank for
    root level) will be returned.

    Args:
        taxonomy_id (int):
        parent_id (int | Unset):
        page (int | Unset): Page Server default: 1 (not sent unless given).
        per_page (int | Unset): Items per page. Server default: 25 (not sent unless given).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[TaxonomyTag]
    """

    return (
        await asyncio_detailed(
            taxonomy_id=taxonomy_id,
            client=client,
            parent_id=parent_id,
            page=page,
            per_page=per_page,
        )
    ).parsed
