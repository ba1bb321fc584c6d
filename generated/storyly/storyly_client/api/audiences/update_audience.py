from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audience_envelope import AudienceEnvelope
from ...models.audience_update_form import AudienceUpdateForm
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    body: AudienceUpdateForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
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
    body: AudienceUpdateForm,
) -> Response[AudienceEnvelope | Error]:
    """Update an Audience

     This endpoint updates the audience of a specific sub user. The audience can be updated with name,
    audience_identifier (inside data) and file.

    Args:
        body (AudienceUpdateForm): multipart/form-data body of Update an Audience: an optional new
            CSV `file` and the `data` JSON part.

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
    body: AudienceUpdateForm,
) -> AudienceEnvelope | Error | None:
    """Update an Audience

     This endpoint updates the audience of a specific sub user. The audience can be updated with name,
    audience_identifier (inside data) and file.

    Args:
        body (AudienceUpdateForm): multipart/form-data body of Update an Audience: an optional new
            CSV `file` and the `data` JSON part.

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
    body: AudienceUpdateForm,
) -> Response[AudienceEnvelope | Error]:
    """Update an Audience

     This endpoint updates the audience of a specific sub user. The audience can be updated with name,
    audience_identifier (inside data) and file.

    Args:
        body (AudienceUpdateForm): multipart/form-data body of Update an Audience: an optional new
            CSV `file` and the `data` JSON part.

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
    body: AudienceUpdateForm,
) -> AudienceEnvelope | Error | None:
    """Update an Audience

     This endpoint updates the audience of a specific sub user. The audience can be updated with name,
    audience_identifier (inside data) and file.

    Args:
        body (AudienceUpdateForm): multipart/form-data body of Update an Audience: an optional new
            CSV `file` and the `data` JSON part.

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
