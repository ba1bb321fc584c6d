from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.failure import Failure
from ...models.image_list_envelope import ImageListEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    imagedirectory_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["imagedirectory_id"] = imagedirectory_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/images",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthError | Failure | Failure | ImageListEnvelope | None:
    if response.status_code == 200:
        response_200 = ImageListEnvelope.from_dict(response.json())

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
) -> Response[AuthError | Failure | Failure | ImageListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    imagedirectory_id: int,
) -> Response[AuthError | Failure | Failure | ImageListEnvelope]:
    """List images

     List images, as the docs' section describes it: 'Request parameters'; answer 'Images retrieved
    successfully'

    Args:
        imagedirectory_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Failure | Failure | ImageListEnvelope]
    """

    kwargs = _get_kwargs(
        imagedirectory_id=imagedirectory_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    imagedirectory_id: int,
) -> AuthError | Failure | Failure | ImageListEnvelope | None:
    """List images

     List images, as the docs' section describes it: 'Request parameters'; answer 'Images retrieved
    successfully'

    Args:
        imagedirectory_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Failure | Failure | ImageListEnvelope
    """

    return sync_detailed(
        client=client,
        imagedirectory_id=imagedirectory_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    imagedirectory_id: int,
) -> Response[AuthError | Failure | Failure | ImageListEnvelope]:
    """List images

     List images, as the docs' section describes it: 'Request parameters'; answer 'Images retrieved
    successfully'

    Args:
        imagedirectory_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Failure | Failure | ImageListEnvelope]
    """

    kwargs = _get_kwargs(
        imagedirectory_id=imagedirectory_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    imagedirectory_id: int,
) -> AuthError | Failure | Failure | ImageListEnvelope | None:
    """List images

     List images, as the docs' section describes it: 'Request parameters'; answer 'Images retrieved
    successfully'

    Args:
        imagedirectory_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Failure | Failure | ImageListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            imagedirectory_id=imagedirectory_id,
        )
    ).parsed
