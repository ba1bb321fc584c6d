from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.failure import Failure
from ...models.magazine_page_envelope import MagazinePageEnvelope
from ...models.page_status_update import PageStatusUpdate
from ...types import Response


def _get_kwargs(
    id: UUID,
    body: PageStatusUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/magazinepages/{id}/status".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthError | Failure | Failure | MagazinePageEnvelope | None:
    if response.status_code == 200:
        response_200 = MagazinePageEnvelope.from_dict(response.json())

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
) -> Response[AuthError | Failure | Failure | MagazinePageEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PageStatusUpdate,
) -> Response[AuthError | Failure | Failure | MagazinePageEnvelope]:
    """Set the status of a magazinepage

     Set the status of a magazinepage, as the docs' section describes it: 'The id of the magazinepage to
    update the status for'; body {"status": 1} ('The status of the magazinepage')

    Args:
        id (UUID):
        body (PageStatusUpdate): What Set page status takes. Example: {'status': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Failure | Failure | MagazinePageEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PageStatusUpdate,
) -> AuthError | Failure | Failure | MagazinePageEnvelope | None:
    """Set the status of a magazinepage

     Set the status of a magazinepage, as the docs' section describes it: 'The id of the magazinepage to
    update the status for'; body {"status": 1} ('The status of the magazinepage')

    Args:
        id (UUID):
        body (PageStatusUpdate): What Set page status takes. Example: {'status': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Failure | Failure | MagazinePageEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PageStatusUpdate,
) -> Response[AuthError | Failure | Failure | MagazinePageEnvelope]:
    """Set the status of a magazinepage

     Set the status of a magazinepage, as the docs' section describes it: 'The id of the magazinepage to
    update the status for'; body {"status": 1} ('The status of the magazinepage')

    Args:
        id (UUID):
        body (PageStatusUpdate): What Set page status takes. Example: {'status': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Failure | Failure | MagazinePageEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: PageStatusUpdate,
) -> AuthError | Failure | Failure | MagazinePageEnvelope | None:
    """Set the status of a magazinepage

     Set the status of a magazinepage, as the docs' section describes it: 'The id of the magazinepage to
    update the status for'; body {"status": 1} ('The status of the magazinepage')

    Args:
        id (UUID):
        body (PageStatusUpdate): What Set page status takes. Example: {'status': 1}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Failure | Failure | MagazinePageEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
