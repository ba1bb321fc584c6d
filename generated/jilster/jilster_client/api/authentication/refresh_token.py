from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.failure import Failure
from ...models.refresh_request import RefreshRequest
from ...models.token import Token
from ...types import Response


def _get_kwargs(
    body: RefreshRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/refresh",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthError | AuthError | Failure | Token | None:
    if response.status_code == 200:
        response_200 = Token.from_dict(response.json())

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
        response_401 = AuthError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthError | AuthError | Failure | Token]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshRequest,
) -> Response[AuthError | AuthError | Failure | Token]:
    """Refresh

     Exchange a token, expired or not, for a new one while its login is less than 12 hours ago.

    Args:
        body (RefreshRequest): What Refresh takes: the (expired) token. Example: {'token': 'eyJ0eX
            AiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.6xeTPTplwW35-aK_2KBNlzy0tZP6NPkr-X3JJnmO0q8'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | AuthError | Failure | Token]
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
    body: RefreshRequest,
) -> AuthError | AuthError | Failure | Token | None:
    """Refresh

     Exchange a token, expired or not, for a new one while its login is less than 12 hours ago.

    Args:
        body (RefreshRequest): What Refresh takes: the (expired) token. Example: {'token': 'eyJ0eX
            AiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.6xeTPTplwW35-aK_2KBNlzy0tZP6NPkr-X3JJnmO0q8'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | AuthError | Failure | Token
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshRequest,
) -> Response[AuthError | AuthError | Failure | Token]:
    """Refresh

     Exchange a token, expired or not, for a new one while its login is less than 12 hours ago.

    Args:
        body (RefreshRequest): What Refresh takes: the (expired) token. Example: {'token': 'eyJ0eX
            AiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.6xeTPTplwW35-aK_2KBNlzy0tZP6NPkr-X3JJnmO0q8'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | AuthError | Failure | Token]
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
    body: RefreshRequest,
) -> AuthError | AuthError | Failure | Token | None:
    """Refresh

     Exchange a token, expired or not, for a new one while its login is less than 12 hours ago.

    Args:
        body (RefreshRequest): What Refresh takes: the (expired) token. Example: {'token': 'eyJ0eX
            AiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.6xeTPTplwW35-aK_2KBNlzy0tZP6NPkr-X3JJnmO0q8'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | AuthError | Failure | Token
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
