from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.failure import Failure
from ...models.image_envelope import ImageEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    left: int,
    top: int,
    width: int,
    height: int,
    file_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if file_name is not UNSET:
        params["fileName"] = file_name

    params["left"] = left

    params["top"] = top

    params["width"] = width

    params["height"] = height

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/images/{id}/crop".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthError | Failure | Failure | ImageEnvelope | None:
    if response.status_code == 200:
        response_200 = ImageEnvelope.from_dict(response.json())

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
) -> Response[AuthError | Failure | Failure | ImageEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    left: int,
    top: int,
    width: int,
    height: int,
    file_name: str | Unset = UNSET,
) -> Response[AuthError | Failure | Failure | ImageEnvelope]:
    """Crop an image

     Crop an image, as the docs' section describes it: 'The id of the image to crop'; 'Request
    parameters: The fileName of the image to crop, used in combination with id = 0; The left offset of
    the area to crop; The top offset ...; The width ...; The height ...'; answer 'Image cropped
    successfully'

    Args:
        id (int):
        file_name (str | Unset):
        left (int):
        top (int):
        width (int):
        height (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Failure | Failure | ImageEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        file_name=file_name,
        left=left,
        top=top,
        width=width,
        height=height,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    left: int,
    top: int,
    width: int,
    height: int,
    file_name: str | Unset = UNSET,
) -> AuthError | Failure | Failure | ImageEnvelope | None:
    """Crop an image

     Crop an image, as the docs' section describes it: 'The id of the image to crop'; 'Request
    parameters: The fileName of the image to crop, used in combination with id = 0; The left offset of
    the area to crop; The top offset ...; The width ...; The height ...'; answer 'Image cropped
    successfully'

    Args:
        id (int):
        file_name (str | Unset):
        left (int):
        top (int):
        width (int):
        height (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Failure | Failure | ImageEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
        file_name=file_name,
        left=left,
        top=top,
        width=width,
        height=height,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    left: int,
    top: int,
    width: int,
    height: int,
    file_name: str | Unset = UNSET,
) -> Response[AuthError | Failure | Failure | ImageEnvelope]:
    """Crop an image

     Crop an image, as the docs' section describes it: 'The id of the image to crop'; 'Request
    parameters: The fileName of the image to crop, used in combination with id = 0; The left offset of
    the area to crop; The top offset ...; The width ...; The height ...'; answer 'Image cropped
    successfully'

    Args:
        id (int):
        file_name (str | Unset):
        left (int):
        top (int):
        width (int):
        height (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Failure | Failure | ImageEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        file_name=file_name,
        left=left,
        top=top,
        width=width,
        height=height,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    left: int,
    top: int,
    width: int,
    height: int,
    file_name: str | Unset = UNSET,
) -> AuthError | Failure | Failure | ImageEnvelope | None:
    """Crop an image

     Crop an image, as the docs' section describes it: 'The id of the image to crop'; 'Request
    parameters: The fileName of the image to crop, used in combination with id = 0; The left offset of
    the area to crop; The top offset ...; The width ...; The height ...'; answer 'Image cropped
    successfully'

    Args:
        id (int):
        file_name (str | Unset):
        left (int):
        top (int):
        width (int):
        height (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Failure | Failure | ImageEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            file_name=file_name,
            left=left,
            top=top,
            width=width,
            height=height,
        )
    ).parsed
