from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audience_create_form import AudienceCreateForm
from ...models.audience_envelope import AudienceEnvelope
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    body: AudienceCreateForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audience",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudienceEnvelope | Error | None:
    if response.status_code == 200:
        response_200 = AudienceEnvelope.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AudienceEnvelope | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AudienceCreateForm,
) -> Response[AudienceEnvelope | Error]:
    """Create an Audience

     Create a new audience. Both data and file should be sent with the multipart/form-data content type
    and data should be a JSON-string with the application/json type.

    Args:
        body (AudienceCreateForm): multipart/form-data body of Create an Audience: the CSV `file`
            and the `data` JSON part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudienceEnvelope | Error]
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
    body: AudienceCreateForm,
) -> AudienceEnvelope | Error | None:
    """Create an Audience

     Create a new audience. Both data and file should be sent with the multipart/form-data content type
    and data should be a JSON-string with the application/json type.

    Args:
        body (AudienceCreateForm): multipart/form-data body of Create an Audience: the CSV `file`
            and the `data` JSON part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudienceEnvelope | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AudienceCreateForm,
) -> Response[AudienceEnvelope | Error]:
    """Create an Audience

     Create a new audience. Both data and file should be sent with the multipart/form-data content type
    and data should be a JSON-string with the application/json type.

    Args:
        body (AudienceCreateForm): multipart/form-data body of Create an Audience: the CSV `file`
            and the `data` JSON part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudienceEnvelope | Error]
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
    body: AudienceCreateForm,
) -> AudienceEnvelope | Error | None:
    """Create an Audience

     Create a new audience. Both data and file should be sent with the multipart/form-data content type
    and data should be a JSON-string with the application/json type.

    Args:
        body (AudienceCreateForm): multipart/form-data body of Create an Audience: the CSV `file`
            and the `data` JSON part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudienceEnvelope | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
