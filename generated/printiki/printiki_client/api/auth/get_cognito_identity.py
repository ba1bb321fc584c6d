from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cognito_identity import CognitoIdentity
from ...models.error import Error
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/cognito",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CognitoIdentity | Error | None:
    if response.status_code == 200:
        response_200 = CognitoIdentity.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 501:
        response_501 = Error.from_dict(response.json())

        return response_501

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CognitoIdentity | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CognitoIdentity | Error]:
    """Cognito.

     Get parameters to identify user in AWS Cognito. The API will call GetOpenIdTokenForDeveloperId at
    the AWS Cognito API, and then return the two relevant parameters (see https://docs.aws.amazon.com/co
    gnitoidentity/latest/APIReference/API_GetOpenIdTokenForDeveloperIdentity.html).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CognitoIdentity | Error]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> CognitoIdentity | Error | None:
    """Cognito.

     Get parameters to identify user in AWS Cognito. The API will call GetOpenIdTokenForDeveloperId at
    the AWS Cognito API, and then return the two relevant parameters (see https://docs.aws.amazon.com/co
    gnitoidentity/latest/APIReference/API_GetOpenIdTokenForDeveloperIdentity.html).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CognitoIdentity | Error
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[CognitoIdentity | Error]:
    """Cognito.

     Get parameters to identify user in AWS Cognito. The API will call GetOpenIdTokenForDeveloperId at
    the AWS Cognito API, and then return the two relevant parameters (see https://docs.aws.amazon.com/co
    gnitoidentity/latest/APIReference/API_GetOpenIdTokenForDeveloperIdentity.html).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CognitoIdentity | Error]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> CognitoIdentity | Error | None:
    """Cognito.

     Get parameters to identify user in AWS Cognito. The API will call GetOpenIdTokenForDeveloperId at
    the AWS Cognito API, and then return the two relevant parameters (see https://docs.aws.amazon.com/co
    gnitoidentity/latest/APIReference/API_GetOpenIdTokenForDeveloperIdentity.html).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CognitoIdentity | Error
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
