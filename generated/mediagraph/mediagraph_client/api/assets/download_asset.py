from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_asset_size import DownloadAssetSize
from ...models.error import Error
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    id: int,
    size: DownloadAssetSize | Unset = UNSET,
    watermarked: bool | Unset = UNSET,
    via: str | Unset = UNSET,
    version_number: int | Unset = UNSET,
    skip_meta: bool | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(range_, Unset):
        headers["Range"] = range_

    params: dict[str, Any] = {}

    if size is not UNSET:
        json_size: str | Unset = UNSET
        if not isinstance(size, Unset):
            json_size = size.value

        params["size"] = json_size

    if watermarked is not UNSET:
        params["watermarked"] = watermarked

    if via is not UNSET:
        params["via"] = via

    if version_number is not UNSET:
        params["version_number"] = version_number

    if skip_meta is not UNSET:
        params["skip_meta"] = skip_meta

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/assets/{id}/download".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 206:
        response_206 = File(payload=BytesIO(response.content))

        return response_206

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 416:
        response_416 = Error.from_dict(response.json())

        return response_416

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | File]:
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
    size: DownloadAssetSize | Unset = UNSET,
    watermarked: bool | Unset = UNSET,
    via: str | Unset = UNSET,
    version_number: int | Unset = UNSET,
    skip_meta: bool | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> Response[Error | File]:
    """Download Asset

     Downloads the Asset. Partial downloading is supported using the header: Range: bytes=<start>-<end>

    Args:
        id (int):
        size (DownloadAssetSize | Unset):
        watermarked (bool | Unset):
        via (str | Unset):
        version_number (int | Unset):
        skip_meta (bool | Unset): Do not write metadata on the fly to the file (original file size
            and MD5 will match) Server default: false (not sent unless given).
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        id=id,
        size=size,
        watermarked=watermarked,
        via=via,
        version_number=version_number,
        skip_meta=skip_meta,
        range_=range_,
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
    size: DownloadAssetSize | Unset = UNSET,
    watermarked: bool | Unset = UNSET,
    via: str | Unset = UNSET,
    version_number: int | Unset = UNSET,
    skip_meta: bool | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> Error | File | None:
    """Download Asset

     Downloads the Asset. Partial downloading is supported using the header: Range: bytes=<start>-<end>

    Args:
        id (int):
        size (DownloadAssetSize | Unset):
        watermarked (bool | Unset):
        via (str | Unset):
        version_number (int | Unset):
        skip_meta (bool | Unset): Do not write metadata on the fly to the file (original file size
            and MD5 will match) Server default: false (not sent unless given).
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return sync_detailed(
        id=id,
        client=client,
        size=size,
        watermarked=watermarked,
        via=via,
        version_number=version_number,
        skip_meta=skip_meta,
        range_=range_,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    size: DownloadAssetSize | Unset = UNSET,
    watermarked: bool | Unset = UNSET,
    via: str | Unset = UNSET,
    version_number: int | Unset = UNSET,
    skip_meta: bool | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> Response[Error | File]:
    """Download Asset

     Downloads the Asset. Partial downloading is supported using the header: Range: bytes=<start>-<end>

    Args:
        id (int):
        size (DownloadAssetSize | Unset):
        watermarked (bool | Unset):
        via (str | Unset):
        version_number (int | Unset):
        skip_meta (bool | Unset): Do not write metadata on the fly to the file (original file size
            and MD5 will match) Server default: false (not sent unless given).
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        id=id,
        size=size,
        watermarked=watermarked,
        via=via,
        version_number=version_number,
        skip_meta=skip_meta,
        range_=range_,
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
    size: DownloadAssetSize | Unset = UNSET,
    watermarked: bool | Unset = UNSET,
    via: str | Unset = UNSET,
    version_number: int | Unset = UNSET,
    skip_meta: bool | Unset = UNSET,
    range_: str | Unset = UNSET,
) -> Error | File | None:
    """Download Asset

     Downloads the Asset. Partial downloading is supported using the header: Range: bytes=<start>-<end>

    Args:
        id (int):
        size (DownloadAssetSize | Unset):
        watermarked (bool | Unset):
        via (str | Unset):
        version_number (int | Unset):
        skip_meta (bool | Unset): Do not write metadata on the fly to the file (original file size
            and MD5 will match) Server default: false (not sent unless given).
        range_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            size=size,
            watermarked=watermarked,
            via=via,
            version_number=version_number,
            skip_meta=skip_meta,
            range_=range_,
        )
    ).parsed
