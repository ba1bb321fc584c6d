from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.prepare_download_body import PrepareDownloadBody
from ...models.prepare_download_response_200 import PrepareDownloadResponse200
from ...types import Response


def _get_kwargs(
    body: PrepareDownloadBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/downloads",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PrepareDownloadResponse200 | None:
    if response.status_code == 200:
        response_200 = PrepareDownloadResponse200.from_dict(response.json())

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
) -> Response[Error | PrepareDownloadResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PrepareDownloadBody,
) -> Response[Error | PrepareDownloadResponse200]:
    """Prepare Download

     Supply the size and asset IDs to download to receive the token which can then be used within the
    next 5 minutes to start the data download. Partial downloading is supported using the header: Range:
    bytes=<start>-<end>

    Args:
        body (PrepareDownloadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PrepareDownloadResponse200]
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
    client: AuthenticatedClient | Client,
    body: PrepareDownloadBody,
) -> Error | PrepareDownloadResponse200 | None:
    """Prepare Download

     Supply the size and asset IDs to download to receive the token which can then be used within the
    next 5 minutes to start the data download. Partial downloading is supported using the header: Range:
    bytes=<start>-<end>

    Args:
        body (PrepareDownloadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PrepareDownloadResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PrepareDownloadBody,
) -> Response[Error | PrepareDownloadResponse200]:
    """Prepare Download

     Supply the size and asset IDs to download to receive the token which can then be used within the
    next 5 minutes to start the data download. Partial downloading is supported using the header: Range:
    bytes=<start>-<end>

    Args:
        body (PrepareDownloadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PrepareDownloadResponse200]
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
    client: AuthenticatedClient | Client,
    body: PrepareDownloadBody,
) -> Error | PrepareDownloadResponse200 | None:
    """Prepare Download

     Supply the size and asset IDs to download to receive the token which can then be used within the
    next 5 minutes to start the data download. Partial downloading is supported using the header: Range:
    bytes=<start>-<end>

    Args:
        body (PrepareDownloadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PrepareDownloadResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
