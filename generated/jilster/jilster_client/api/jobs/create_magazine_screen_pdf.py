from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.create_magazine_screen_pdf_request import CreateMagazineScreenPdfRequest
from ...models.failure import Failure
from ...models.job_dispatched_envelope import JobDispatchedEnvelope
from ...types import Response


def _get_kwargs(
    body: CreateMagazineScreenPdfRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/jobs/magazinescreenpdf",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthError | Failure | Failure | JobDispatchedEnvelope | None:
    if response.status_code == 200:
        response_200 = JobDispatchedEnvelope.from_dict(response.json())

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
) -> Response[AuthError | Failure | Failure | JobDispatchedEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMagazineScreenPdfRequest,
) -> Response[AuthError | Failure | Failure | JobDispatchedEnvelope]:
    """Create a magazine's screen PDF

     Dispatch a background job; poll it with Get job (dispatched -> processing -> processed or failed).
    Only users with an administrator role are allowed to use this API method. A 401 response is sent to
    users that don't have this role.

    Args:
        body (CreateMagazineScreenPdfRequest): What Create a magazine's screen PDF takes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Failure | Failure | JobDispatchedEnvelope]
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
    body: CreateMagazineScreenPdfRequest,
) -> AuthError | Failure | Failure | JobDispatchedEnvelope | None:
    """Create a magazine's screen PDF

     Dispatch a background job; poll it with Get job (dispatched -> processing -> processed or failed).
    Only users with an administrator role are allowed to use this API method. A 401 response is sent to
    users that don't have this role.

    Args:
        body (CreateMagazineScreenPdfRequest): What Create a magazine's screen PDF takes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Failure | Failure | JobDispatchedEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMagazineScreenPdfRequest,
) -> Response[AuthError | Failure | Failure | JobDispatchedEnvelope]:
    """Create a magazine's screen PDF

     Dispatch a background job; poll it with Get job (dispatched -> processing -> processed or failed).
    Only users with an administrator role are allowed to use this API method. A 401 response is sent to
    users that don't have this role.

    Args:
        body (CreateMagazineScreenPdfRequest): What Create a magazine's screen PDF takes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Failure | Failure | JobDispatchedEnvelope]
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
    body: CreateMagazineScreenPdfRequest,
) -> AuthError | Failure | Failure | JobDispatchedEnvelope | None:
    """Create a magazine's screen PDF

     Dispatch a background job; poll it with Get job (dispatched -> processing -> processed or failed).
    Only users with an administrator role are allowed to use this API method. A 401 response is sent to
    users that don't have this role.

    Args:
        body (CreateMagazineScreenPdfRequest): What Create a magazine's screen PDF takes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Failure | Failure | JobDispatchedEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
