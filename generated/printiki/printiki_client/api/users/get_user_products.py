from collections.abc import Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.encoding import encode_csv_param, encode_json_param
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.product import Product
from ...types import UNSET, Response, Unset


def _get_kwargs(
    userid: int,
    orderby: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    where: Mapping[str, Any] | Unset = UNSET,
    search: Mapping[str, Any] | Unset = UNSET,
    groupby: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if orderby is not UNSET:
        params["orderby"] = orderby

    if limit is not UNSET:
        params["limit"] = limit

    if offset is not UNSET:
        params["offset"] = offset

    if fields is not UNSET:
        json_fields: list[str] | Unset = UNSET
        if not isinstance(fields, Unset):
            json_fields = fields

        params["fields"] = encode_csv_param(json_fields)

    if where is not UNSET:
        params["where"] = encode_json_param(where)

    if search is not UNSET:
        params["search"] = encode_json_param(search)

    if groupby is not UNSET:
        params["groupby"] = groupby

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/{userid}/products".format(
            userid=quote(str(userid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Product] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Product.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Error | list[Product]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    userid: int,
    *,
    client: AuthenticatedClient,
    orderby: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    where: Mapping[str, Any] | Unset = UNSET,
    search: Mapping[str, Any] | Unset = UNSET,
    groupby: str | Unset = UNSET,
) -> Response[Error | list[Product]]:
    """Get user products.

     Get all user generated products, a limited result set per request (see `limit`, `offset` and the
    pagination headers).

    Args:
        userid (int):
        orderby (str | Unset):
        limit (int | Unset): Size of the record set requested. Max: 1,000. Default: 20. Server
            default: 20 (not sent unless given).
        offset (int | Unset): Index of record to start result set (used for pagination). Default:
            0. Server default: 0 (not sent unless given).
        fields (list[str] | Unset):
        where (str | Unset):
        search (str | Unset):
        groupby (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Product]]
    """

    kwargs = _get_kwargs(
        userid=userid,
        orderby=orderby,
        limit=limit,
        offset=offset,
        fields=fields,
        where=where,
        search=search,
        groupby=groupby,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    userid: int,
    *,
    client: AuthenticatedClient,
    orderby: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    where: Mapping[str, Any] | Unset = UNSET,
    search: Mapping[str, Any] | Unset = UNSET,
    groupby: str | Unset = UNSET,
) -> Error | list[Product] | None:
    """Get user products.

     Get all user generated products, a limited result set per request (see `limit`, `offset` and the
    pagination headers).

    Args:
        userid (int):
        orderby (str | Unset):
        limit (int | Unset): Size of the record set requested. Max: 1,000. Default: 20. Server
            default: 20 (not sent unless given).
        offset (int | Unset): Index of record to start result set (used for pagination). Default:
            0. Server default: 0 (not sent unless given).
        fields (list[str] | Unset):
        where (str | Unset):
        search (str | Unset):
        groupby (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Product]
    """

    return sync_detailed(
        userid=userid,
        client=client,
        orderby=orderby,
        limit=limit,
        offset=offset,
        fields=fields,
        where=where,
        search=search,
        groupby=groupby,
    ).parsed


async def asyncio_detailed(
    userid: int,
    *,
    client: AuthenticatedClient,
    orderby: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    where: Mapping[str, Any] | Unset = UNSET,
    search: Mapping[str, Any] | Unset = UNSET,
    groupby: str | Unset = UNSET,
) -> Response[Error | list[Product]]:
    """Get user products.

     Get all user generated products, a limited result set per request (see `limit`, `offset` and the
    pagination headers).

    Args:
        userid (int):
        orderby (str | Unset):
        limit (int | Unset): Size of the record set requested. Max: 1,000. Default: 20. Server
            default: 20 (not sent unless given).
        offset (int | Unset): Index of record to start result set (used for pagination). Default:
            0. Server default: 0 (not sent unless given).
        fields (list[str] | Unset):
        where (str | Unset):
        search (str | Unset):
        groupby (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Product]]
    """

    kwargs = _get_kwargs(
        userid=userid,
        orderby=orderby,
        limit=limit,
        offset=offset,
        fields=fields,
        where=where,
        search=search,
        groupby=groupby,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    userid: int,
    *,
    client: AuthenticatedClient,
    orderby: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    fields: list[str] | Unset = UNSET,
    where: Mapping[str, Any] | Unset = UNSET,
    search: Mapping[str, Any] | Unset = UNSET,
    groupby: str | Unset = UNSET,
) -> Error | list[Product] | None:
    """Get user products.

     Get all user generated products, a limited result set per request (see `limit`, `offset` and the
    pagination headers).

    Args:
        userid (int):
        orderby (str | Unset):
        limit (int | Unset): Size of the record set requested. Max: 1,000. Default: 20. Server
            default: 20 (not sent unless given).
        offset (int | Unset): Index of record to start result set (used for pagination). Default:
            0. Server default: 0 (not sent unless given).
        fields (list[str] | Unset):
        where (str | Unset):
        search (str | Unset):
        groupby (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Product]
    """

    return (
        await asyncio_detailed(
            userid=userid,
            client=client,
            orderby=orderby,
            limit=limit,
            offset=offset,
            fields=fields,
            where=where,
            search=search,
            groupby=groupby,
        )
    ).parsed
