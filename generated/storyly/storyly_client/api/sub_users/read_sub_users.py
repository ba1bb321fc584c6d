from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sub_user_envelope import SubUserEnvelope
from ...models.sub_user_list_envelope import SubUserListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_identifier: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if user_identifier is not UNSET:
        params["user_identifier"] = user_identifier

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sub-user",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SubUserEnvelope | SubUserListEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> SubUserEnvelope | SubUserListEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SubUserEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = SubUserListEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

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
) -> Response[Error | SubUserEnvelope | SubUserListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    user_identifier: str | Unset = UNSET,
) -> Response[Error | SubUserEnvelope | SubUserListEnvelope]:
    """Get a Specific Sub User, or List Sub Users

     With `user_identifier` ("Get a Specific Sub User") the sub user in the envelope; without it the sub
    users of the account in the envelope ("Sub User Endpoint allows create and list actions", a list
    section is not given).

    Args:
        user_identifier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubUserEnvelope | SubUserListEnvelope]
    """

    kwargs = _get_kwargs(
        user_identifier=user_identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    user_identifier: str | Unset = UNSET,
) -> Error | SubUserEnvelope | SubUserListEnvelope | None:
    """Get a Specific Sub User, or List Sub Users

     With `user_identifier` ("Get a Specific Sub User") the sub user in the envelope; without it the sub
    users of the account in the envelope ("Sub User Endpoint allows create and list actions", a list
    section is not given).

    Args:
        user_identifier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubUserEnvelope | SubUserListEnvelope
    """

    return sync_detailed(
        client=client,
        user_identifier=user_identifier,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_identifier: str | Unset = UNSET,
) -> Response[Error | SubUserEnvelope | SubUserListEnvelope]:
    """Get a Specific Sub User, or List Sub Users

     With `user_identifier` ("Get a Specific Sub User") the sub user in the envelope; without it the sub
    users of the account in the envelope ("Sub User Endpoint allows create and list actions", a list
    section is not given).

    Args:
        user_identifier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubUserEnvelope | SubUserListEnvelope]
    """

    kwargs = _get_kwargs(
        user_identifier=user_identifier,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    user_identifier: str | Unset = UNSET,
) -> Error | SubUserEnvelope | SubUserListEnvelope | None:
    """Get a Specific Sub User, or List Sub Users

     With `user_identifier` ("Get a Specific Sub User") the sub user in the envelope; without it the sub
    users of the account in the envelope ("Sub User Endpoint allows create and list actions", a list
    section is not given).

    Args:
        user_identifier (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubUserEnvelope | SubUserListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            user_identifier=user_identifier,
        )
    ).parsed
