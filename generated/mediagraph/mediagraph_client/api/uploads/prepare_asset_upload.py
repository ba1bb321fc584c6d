from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.prepare_asset_upload_body import PrepareAssetUploadBody
from ...models.prepared_asset import PreparedAsset
from ...types import Response


def _get_kwargs(
    guid: str,
    body: PrepareAssetUploadBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/uploads/{guid}/assets".format(
            guid=quote(str(guid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PreparedAsset | None:
    if response.status_code == 200:
        response_200 = PreparedAsset.from_dict(response.json())

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
) -> Response[Error | PreparedAsset]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    guid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PrepareAssetUploadBody,
) -> Response[Error | PreparedAsset]:
    """Prepare Asset Upload

     Prepare the Asset to be uploaded to S3. Use the signed_upload_url response attribute to then upload
    via PUT. E.g: curl -v --upload-file path/to/file.jpg "{signed_upload_url}". Then use the
    /set_uploaded endpoint once the data upload to S3 is complete. Note that the signed_upload_url is
    only valid for 1 hour.

    Args:
        guid (str):
        body (PrepareAssetUploadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PreparedAsset]
    """

    kwargs = _get_kwargs(
        guid=guid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    guid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PrepareAssetUploadBody,
) -> Error | PreparedAsset | None:
    """Prepare Asset Upload

     Prepare the Asset to be uploaded to S3. Use the signed_upload_url response attribute to then upload
    via PUT. E.g: curl -v --upload-file path/to/file.jpg "{signed_upload_url}". Then use the
    /set_uploaded endpoint once the data upload to S3 is complete. Note that the signed_upload_url is
    only valid for 1 hour.

    Args:
        guid (str):
        body (PrepareAssetUploadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PreparedAsset
    """

    return sync_detailed(
        guid=guid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    guid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PrepareAssetUploadBody,
) -> Response[Error | PreparedAsset]:
    """Prepare Asset Upload

     Prepare the Asset to be uploaded to S3. Use the signed_upload_url response attribute to then upload
    via PUT. E.g: curl -v --upload-file path/to/file.jpg "{signed_upload_url}". Then use the
    /set_uploaded endpoint once the data upload to S3 is complete. Note that the signed_upload_url is
    only valid for 1 hour.

    Args:
        guid (str):
        body (PrepareAssetUploadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PreparedAsset]
    """

    kwargs = _get_kwargs(
        guid=guid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    guid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PrepareAssetUploadBody,
) -> Error | PreparedAsset | None:
    """Prepare Asset Upload

     Prepare the Asset to be uploaded to S3. Use the signed_upload_url response attribute to then upload
    via PUT. E.g: curl -v --upload-file path/to/file.jpg "{signed_upload_url}". Then use the
    /set_uploaded endpoint once the data upload to S3 is complete. Note that the signed_upload_url is
    only valid for 1 hour.

    Args:
        guid (str):
        body (PrepareAssetUploadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PreparedAsset
    """

    return (
        await asyncio_detailed(
            guid=guid,
            client=client,
            body=body,
        )
    ).parsed
