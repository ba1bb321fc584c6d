from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.encoding import encode_csv_param
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.search_assets_aspect import SearchAssetsAspect
from ...models.search_assets_file_size_range import SearchAssetsFileSizeRange
from ...models.search_assets_has_alt_text import SearchAssetsHasAltText
from ...models.search_assets_has_people import SearchAssetsHasPeople
from ...models.search_assets_optimization_request import SearchAssetsOptimizationRequest
from ...models.search_assets_proximity_field import SearchAssetsProximityField
from ...models.search_assets_taxonomy_filter_mode import SearchAssetsTaxonomyFilterMode
from ...models.search_assets_upload_type import SearchAssetsUploadType
from ...models.search_assets_view_all import SearchAssetsViewAll
from ...models.search_result import SearchResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    q: str | Unset = UNSET,
    taxonomy_filter_mode: SearchAssetsTaxonomyFilterMode | Unset = UNSET,
    gps: bool | Unset = UNSET,
    bounds: str | Unset = UNSET,
    include_totals: bool | Unset = UNSET,
    as_filters: bool | Unset = UNSET,
    include_renditions: bool | Unset = UNSET,
    include_meta: bool | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    guids: list[str] | Unset = UNSET,
    upload_id: int | Unset = UNSET,
    upload_guid: str | Unset = UNSET,
    storage_folder_id: int | Unset = UNSET,
    omit_child_storage_folders: bool | Unset = UNSET,
    collection_id: int | Unset = UNSET,
    omit_child_collections: bool | Unset = UNSET,
    lightbox_id: int | Unset = UNSET,
    omit_child_lightboxes: bool | Unset = UNSET,
    lightbox_folder_id: int | Unset = UNSET,
    omit_child_lightbox_folders: bool | Unset = UNSET,
    taxonomy: bool | Unset = UNSET,
    hide_taxonomy: bool | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    hide_tags: list[str] | Unset = UNSET,
    exts: list[str] | Unset = UNSET,
    has_people: SearchAssetsHasPeople | Unset = UNSET,
    has_alt_text: SearchAssetsHasAltText | Unset = UNSET,
    file_size_range: SearchAssetsFileSizeRange | Unset = UNSET,
    captured_at: list[str] | Unset = UNSET,
    missing_captured_at: bool | Unset = UNSET,
    created_at: list[str] | Unset = UNSET,
    updated_at: list[str] | Unset = UNSET,
    aspect: SearchAssetsAspect | Unset = UNSET,
    proximity_field: SearchAssetsProximityField | Unset = UNSET,
    proximity_word_1: str | Unset = UNSET,
    proximity_word_2: str | Unset = UNSET,
    proximity_max_gaps: int | Unset = UNSET,
    rating: list[int] | Unset = UNSET,
    rights: list[int] | Unset = UNSET,
    rights_code: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    creator_tag_id: list[int] | Unset = UNSET,
    contracts: bool | Unset = UNSET,
    releases: bool | Unset = UNSET,
    expired: bool | Unset = UNSET,
    submitted: bool | Unset = UNSET,
    contract_asset_id: list[int] | Unset = UNSET,
    release_ids: list[int] | Unset = UNSET,
    no_collections: bool | Unset = UNSET,
    upload_type: SearchAssetsUploadType | Unset = UNSET,
    view_all: SearchAssetsViewAll | Unset = UNSET,
    optimization_request: SearchAssetsOptimizationRequest | Unset = UNSET,
    vote: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    sync: bool | Unset = UNSET,
    aasm_state: str | Unset = UNSET,
    all_ids: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if page is not UNSET:
        params["page"] = page

    if per_page is not UNSET:
        params["per_page"] = per_page

    if q is not UNSET:
        params["q"] = q

    if taxonomy_filter_mode is not UNSET:
        json_taxonomy_filter_mode: str | Unset = UNSET
        if not isinstance(taxonomy_filter_mode, Unset):
            json_taxonomy_filter_mode = taxonomy_filter_mode.value

        params["taxonomy_filter_mode"] = json_taxonomy_filter_mode

    if gps is not UNSET:
        params["gps"] = gps

    if bounds is not UNSET:
        params["bounds"] = bounds

    if include_totals is not UNSET:
        params["include_totals"] = include_totals

    if as_filters is not UNSET:
        params["as_filters"] = as_filters

    if include_renditions is not UNSET:
        params["include_renditions"] = include_renditions

    if include_meta is not UNSET:
        params["include_meta"] = include_meta

    if ids is not UNSET:
        json_ids: list[int] | Unset = UNSET
        if not isinstance(ids, Unset):
            json_ids = ids

        params["ids[]"] = json_ids

    if guids is not UNSET:
        json_guids: list[str] | Unset = UNSET
        if not isinstance(guids, Unset):
            json_guids = guids

        params["guids[]"] = json_guids

    if upload_id is not UNSET:
        params["upload_id"] = upload_id

    if upload_guid is not UNSET:
        params["upload_guid"] = upload_guid

    if storage_folder_id is not UNSET:
        params["storage_folder_id"] = storage_folder_id

    if omit_child_storage_folders is not UNSET:
        params["omit_child_storage_folders"] = omit_child_storage_folders

    if collection_id is not UNSET:
        params["collection_id"] = collection_id

    if omit_child_collections is not UNSET:
        params["omit_child_collections"] = omit_child_collections

    if lightbox_id is not UNSET:
        params["lightbox_id"] = lightbox_id

    if omit_child_lightboxes is not UNSET:
        params["omit_child_lightboxes"] = omit_child_lightboxes

    if lightbox_folder_id is not UNSET:
        params["lightbox_folder_id"] = lightbox_folder_id

    if omit_child_lightbox_folders is not UNSET:
        params["omit_child_lightbox_folders"] = omit_child_lightbox_folders

    if taxonomy is not UNSET:
        params["taxonomy"] = taxonomy

    if hide_taxonomy is not UNSET:
        params["hide_taxonomy"] = hide_taxonomy

    if tags is not UNSET:
        json_tags: list[str] | Unset = UNSET
        if not isinstance(tags, Unset):
            json_tags = tags

        params["tags[]"] = json_tags

    if hide_tags is not UNSET:
        json_hide_tags: list[str] | Unset = UNSET
        if not isinstance(hide_tags, Unset):
            json_hide_tags = hide_tags

        params["hide_tags[]"] = json_hide_tags

    if exts is not UNSET:
        json_exts: list[str] | Unset = UNSET
        if not isinstance(exts, Unset):
            json_exts = exts

        params["exts[]"] = json_exts

    if has_people is not UNSET:
        json_has_people: str | Unset = UNSET
        if not isinstance(has_people, Unset):
            json_has_people = has_people.value

        params["has_people"] = json_has_people

    if has_alt_text is not UNSET:
        json_has_alt_text: str | Unset = UNSET
        if not isinstance(has_alt_text, Unset):
            json_has_alt_text = has_alt_text.value

        params["has_alt_text"] = json_has_alt_text

    if file_size_range is not UNSET:
        json_file_size_range: str | Unset = UNSET
        if not isinstance(file_size_range, Unset):
            json_file_size_range = file_size_range.value

        params["file_size_range"] = json_file_size_range

    if captured_at is not UNSET:
        json_captured_at: list[str] | Unset = UNSET
        if not isinstance(captured_at, Unset):
            json_captured_at = captured_at

        params["captured_at"] = encode_csv_param(json_captured_at)

    if missing_captured_at is not UNSET:
        params["missing_captured_at"] = missing_captured_at

    if created_at is not UNSET:
        json_created_at: list[str] | Unset = UNSET
        if not isinstance(created_at, Unset):
            json_created_at = created_at

        params["created_at"] = encode_csv_param(json_created_at)

    if updated_at is not UNSET:
        json_updated_at: list[str] | Unset = UNSET
        if not isinstance(updated_at, Unset):
            json_updated_at = updated_at

        params["updated_at"] = encode_csv_param(json_updated_at)

    if aspect is not UNSET:
        json_aspect: str | Unset = UNSET
        if not isinstance(aspect, Unset):
            json_aspect = aspect.value

        params["aspect"] = json_aspect

    if proximity_field is not UNSET:
        json_proximity_field: str | Unset = UNSET
        if not isinstance(proximity_field, Unset):
            json_proximity_field = proximity_field.value

        params["proximity_field"] = json_proximity_field

    if proximity_word_1 is not UNSET:
        params["proximity_word_1"] = proximity_word_1

    if proximity_word_2 is not UNSET:
        params["proximity_word_2"] = proximity_word_2

    if proximity_max_gaps is not UNSET:
        params["proximity_max_gaps"] = proximity_max_gaps

    if rating is not UNSET:
        json_rating: list[int] | Unset = UNSET
        if not isinstance(rating, Unset):
            json_rating = rating

        params["rating[]"] = json_rating

    if rights is not UNSET:
        json_rights: list[int] | Unset = UNSET
        if not isinstance(rights, Unset):
            json_rights = rights

        params["rights[]"] = json_rights

    if rights_code is not UNSET:
        json_rights_code: list[str] | Unset = UNSET
        if not isinstance(rights_code, Unset):
            json_rights_code = rights_code

        params["rights_code[]"] = json_rights_code

    if user_ids is not UNSET:
        json_user_ids: list[int] | Unset = UNSET
        if not isinstance(user_ids, Unset):
            json_user_ids = user_ids

        params["user_ids[]"] = json_user_ids

    if creator_tag_id is not UNSET:
        json_creator_tag_id: list[int] | Unset = UNSET
        if not isinstance(creator_tag_id, Unset):
            json_creator_tag_id = creator_tag_id

        params["creator_tag_id[]"] = json_creator_tag_id

    if contracts is not UNSET:
        params["contracts"] = contracts

    if releases is not UNSET:
        params["releases"] = releases

    if expired is not UNSET:
        params["expired"] = expired

    if submitted is not UNSET:
        params["submitted"] = submitted

    if contract_asset_id is not UNSET:
        json_contract_asset_id: list[int] | Unset = UNSET
        if not isinstance(contract_asset_id, Unset):
            json_contract_asset_id = contract_asset_id

        params["contract_asset_id[]"] = json_contract_asset_id

    if release_ids is not UNSET:
        json_release_ids: list[int] | Unset = UNSET
        if not isinstance(release_ids, Unset):
            json_release_ids = release_ids

        params["release_ids[]"] = json_release_ids

    if no_collections is not UNSET:
        params["no_collections"] = no_collections

    if upload_type is not UNSET:
        json_upload_type: str | Unset = UNSET
        if not isinstance(upload_type, Unset):
            json_upload_type = upload_type.value

        params["upload_type"] = json_upload_type

    if view_all is not UNSET:
        json_view_all: str | Unset = UNSET
        if not isinstance(view_all, Unset):
            json_view_all = view_all.value

        params["view_all"] = json_view_all

    if optimization_request is not UNSET:
        json_optimization_request: str | Unset = UNSET
        if not isinstance(optimization_request, Unset):
            json_optimization_request = optimization_request.value

        params["optimization_request"] = json_optimization_request

    if vote is not UNSET:
        params["vote"] = vote

    if sort is not UNSET:
        params["sort"] = sort

    if sync is not UNSET:
        params["sync"] = sync

    if aasm_state is not UNSET:
        params["aasm_state"] = aasm_state

    if all_ids is not UNSET:
        params["all_ids"] = all_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/assets/search",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | SearchResult | None:
    if response.status_code == 200:
        response_200 = SearchResult.from_dict(response.json())

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
) -> Response[Error | SearchResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    q: str | Unset = UNSET,
    taxonomy_filter_mode: SearchAssetsTaxonomyFilterMode | Unset = UNSET,
    gps: bool | Unset = UNSET,
    bounds: str | Unset = UNSET,
    include_totals: bool | Unset = UNSET,
    as_filters: bool | Unset = UNSET,
    include_renditions: bool | Unset = UNSET,
    include_meta: bool | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    guids: list[str] | Unset = UNSET,
    upload_id: int | Unset = UNSET,
    upload_guid: str | Unset = UNSET,
    storage_folder_id: int | Unset = UNSET,
    omit_child_storage_folders: bool | Unset = UNSET,
    collection_id: int | Unset = UNSET,
    omit_child_collections: bool | Unset = UNSET,
    lightbox_id: int | Unset = UNSET,
    omit_child_lightboxes: bool | Unset = UNSET,
    lightbox_folder_id: int | Unset = UNSET,
    omit_child_lightbox_folders: bool | Unset = UNSET,
    taxonomy: bool | Unset = UNSET,
    hide_taxonomy: bool | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    hide_tags: list[str] | Unset = UNSET,
    exts: list[str] | Unset = UNSET,
    has_people: SearchAssetsHasPeople | Unset = UNSET,
    has_alt_text: SearchAssetsHasAltText | Unset = UNSET,
    file_size_range: SearchAssetsFileSizeRange | Unset = UNSET,
    captured_at: list[str] | Unset = UNSET,
    missing_captured_at: bool | Unset = UNSET,
    created_at: list[str] | Unset = UNSET,
    updated_at: list[str] | Unset = UNSET,
    aspect: SearchAssetsAspect | Unset = UNSET,
    proximity_field: SearchAssetsProximityField | Unset = UNSET,
    proximity_word_1: str | Unset = UNSET,
    proximity_word_2: str | Unset = UNSET,
    proximity_max_gaps: int | Unset = UNSET,
    rating: list[int] | Unset = UNSET,
    rights: list[int] | Unset = UNSET,
    rights_code: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    creator_tag_id: list[int] | Unset = UNSET,
    contracts: bool | Unset = UNSET,
    releases: bool | Unset = UNSET,
    expired: bool | Unset = UNSET,
    submitted: bool | Unset = UNSET,
    contract_asset_id: list[int] | Unset = UNSET,
    release_ids: list[int] | Unset = UNSET,
    no_collections: bool | Unset = UNSET,
    upload_type: SearchAssetsUploadType | Unset = UNSET,
    view_all: SearchAssetsViewAll | Unset = UNSET,
    optimization_request: SearchAssetsOptimizationRequest | Unset = UNSET,
    vote: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    sync: bool | Unset = UNSET,
    aasm_state: str | Unset = UNSET,
    all_ids: bool | Unset = UNSET,
) -> Response[Error | SearchResult]:
    """Search Assets

     Searches all Assets you have access to in the Organization. POST is also supported for long lists
    e.g. Asset IDs.

    Args:
        page (int | Unset): Current page of assets Server default: 1 (not sent unless given).
        per_page (int | Unset): Assets per page Server default: 25 (not sent unless given).
        q (str | Unset):
        taxonomy_filter_mode (SearchAssetsTaxonomyFilterMode | Unset):
        gps (bool | Unset):
        bounds (str | Unset):
        include_totals (bool | Unset):
        as_filters (bool | Unset):
        include_renditions (bool | Unset):
        include_meta (bool | Unset):
        ids (list[int] | Unset):
        guids (list[str] | Unset):
        upload_id (int | Unset):
        upload_guid (str | Unset):
        storage_folder_id (int | Unset):
        omit_child_storage_folders (bool | Unset):
        collection_id (int | Unset):
        omit_child_collections (bool | Unset):
        lightbox_id (int | Unset):
        omit_child_lightboxes (bool | Unset):
        lightbox_folder_id (int | Unset):
        omit_child_lightbox_folders (bool | Unset):
        taxonomy (bool | Unset):
        hide_taxonomy (bool | Unset):
        tags (list[str] | Unset):
        hide_tags (list[str] | Unset):
        exts (list[str] | Unset):
        has_people (SearchAssetsHasPeople | Unset):
        has_alt_text (SearchAssetsHasAltText | Unset):
        file_size_range (SearchAssetsFileSizeRange | Unset):
        captured_at (list[str] | Unset):
        missing_captured_at (bool | Unset):
        created_at (list[str] | Unset):
        updated_at (list[str] | Unset):
        aspect (SearchAssetsAspect | Unset):
        proximity_field (SearchAssetsProximityField | Unset):
        proximity_word_1 (str | Unset):
        proximity_word_2 (str | Unset):
        proximity_max_gaps (int | Unset):
        rating (list[int] | Unset):
        rights (list[int] | Unset):
        rights_code (list[str] | Unset):
        user_ids (list[int] | Unset):
        creator_tag_id (list[int] | Unset):
        contracts (bool | Unset):
        releases (bool | Unset):
        expired (bool | Unset):
        submitted (bool | Unset):
        contract_asset_id (list[int] | Unset):
        release_ids (list[int] | Unset):
        no_collections (bool | Unset):
        upload_type (SearchAssetsUploadType | Unset):
        view_all (SearchAssetsViewAll | Unset):
        optimization_request (SearchAssetsOptimizationRequest | Unset):
        vote (int | Unset):
        sort (str | Unset):
        sync (bool | Unset):
        aasm_state (str | Unset):
        all_ids (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchResult]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        q=q,
        taxonomy_filter_mode=taxonomy_filter_mode,
        gps=gps,
        bounds=bounds,
        include_totals=include_totals,
        as_filters=as_filters,
        include_renditions=include_renditions,
        include_meta=include_meta,
        ids=ids,
        guids=guids,
        upload_id=upload_id,
        upload_guid=upload_guid,
        storage_folder_id=storage_folder_id,
        omit_child_storage_folders=omit_child_storage_folders,
        collection_id=collection_id,
        omit_child_collections=omit_child_collections,
        lightbox_id=lightbox_id,
        omit_child_lightboxes=omit_child_lightboxes,
        lightbox_folder_id=lightbox_folder_id,
        omit_child_lightbox_folders=omit_child_lightbox_folders,
        taxonomy=taxonomy,
        hide_taxonomy=hide_taxonomy,
        tags=tags,
        hide_tags=hide_tags,
        exts=exts,
        has_people=has_people,
        has_alt_text=has_alt_text,
        file_size_range=file_size_range,
        captured_at=captured_at,
        missing_captured_at=missing_captured_at,
        created_at=created_at,
        updated_at=updated_at,
        aspect=aspect,
        proximity_field=proximity_field,
        proximity_word_1=proximity_word_1,
        proximity_word_2=proximity_word_2,
        proximity_max_gaps=proximity_max_gaps,
        rating=rating,
        rights=rights,
        rights_code=rights_code,
        user_ids=user_ids,
        creator_tag_id=creator_tag_id,
        contracts=contracts,
        releases=releases,
        expired=expired,
        submitted=submitted,
        contract_asset_id=contract_asset_id,
        release_ids=release_ids,
        no_collections=no_collections,
        upload_type=upload_type,
        view_all=view_all,
        optimization_request=optimization_request,
        vote=vote,
        sort=sort,
        sync=sync,
        aasm_state=aasm_state,
        all_ids=all_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    q: str | Unset = UNSET,
    taxonomy_filter_mode: SearchAssetsTaxonomyFilterMode | Unset = UNSET,
    gps: bool | Unset = UNSET,
    bounds: str | Unset = UNSET,
    include_totals: bool | Unset = UNSET,
    as_filters: bool | Unset = UNSET,
    include_renditions: bool | Unset = UNSET,
    include_meta: bool | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    guids: list[str] | Unset = UNSET,
    upload_id: int | Unset = UNSET,
    upload_guid: str | Unset = UNSET,
    storage_folder_id: int | Unset = UNSET,
    omit_child_storage_folders: bool | Unset = UNSET,
    collection_id: int | Unset = UNSET,
    omit_child_collections: bool | Unset = UNSET,
    lightbox_id: int | Unset = UNSET,
    omit_child_lightboxes: bool | Unset = UNSET,
    lightbox_folder_id: int | Unset = UNSET,
    omit_child_lightbox_folders: bool | Unset = UNSET,
    taxonomy: bool | Unset = UNSET,
    hide_taxonomy: bool | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    hide_tags: list[str] | Unset = UNSET,
    exts: list[str] | Unset = UNSET,
    has_people: SearchAssetsHasPeople | Unset = UNSET,
    has_alt_text: SearchAssetsHasAltText | Unset = UNSET,
    file_size_range: SearchAssetsFileSizeRange | Unset = UNSET,
    captured_at: list[str] | Unset = UNSET,
    missing_captured_at: bool | Unset = UNSET,
    created_at: list[str] | Unset = UNSET,
    updated_at: list[str] | Unset = UNSET,
    aspect: SearchAssetsAspect | Unset = UNSET,
    proximity_field: SearchAssetsProximityField | Unset = UNSET,
    proximity_word_1: str | Unset = UNSET,
    proximity_word_2: str | Unset = UNSET,
    proximity_max_gaps: int | Unset = UNSET,
    rating: list[int] | Unset = UNSET,
    rights: list[int] | Unset = UNSET,
    rights_code: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    creator_tag_id: list[int] | Unset = UNSET,
    contracts: bool | Unset = UNSET,
    releases: bool | Unset = UNSET,
    expired: bool | Unset = UNSET,
    submitted: bool | Unset = UNSET,
    contract_asset_id: list[int] | Unset = UNSET,
    release_ids: list[int] | Unset = UNSET,
    no_collections: bool | Unset = UNSET,
    upload_type: SearchAssetsUploadType | Unset = UNSET,
    view_all: SearchAssetsViewAll | Unset = UNSET,
    optimization_request: SearchAssetsOptimizationRequest | Unset = UNSET,
    vote: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    sync: bool | Unset = UNSET,
    aasm_state: str | Unset = UNSET,
    all_ids: bool | Unset = UNSET,
) -> Error | SearchResult | None:
    """Search Assets

     Searches all Assets you have access to in the Organization. POST is also supported for long lists
    e.g. Asset IDs.

    Args:
        page (int | Unset): Current page of assets Server default: 1 (not sent unless given).
        per_page (int | Unset): Assets per page Server default: 25 (not sent unless given).
        q (str | Unset):
        taxonomy_filter_mode (SearchAssetsTaxonomyFilterMode | Unset):
        gps (bool | Unset):
        bounds (str | Unset):
        include_totals (bool | Unset):
        as_filters (bool | Unset):
        include_renditions (bool | Unset):
        include_meta (bool | Unset):
        ids (list[int] | Unset):
        guids (list[str] | Unset):
        upload_id (int | Unset):
        upload_guid (str | Unset):
        storage_folder_id (int | Unset):
        omit_child_storage_folders (bool | Unset):
        collection_id (int | Unset):
        omit_child_collections (bool | Unset):
        lightbox_id (int | Unset):
        omit_child_lightboxes (bool | Unset):
        lightbox_folder_id (int | Unset):
        omit_child_lightbox_folders (bool | Unset):
        taxonomy (bool | Unset):
        hide_taxonomy (bool | Unset):
        tags (list[str] | Unset):
        hide_tags (list[str] | Unset):
        exts (list[str] | Unset):
        has_people (SearchAssetsHasPeople | Unset):
        has_alt_text (SearchAssetsHasAltText | Unset):
        file_size_range (SearchAssetsFileSizeRange | Unset):
        captured_at (list[str] | Unset):
        missing_captured_at (bool | Unset):
        created_at (list[str] | Unset):
        updated_at (list[str] | Unset):
        aspect (SearchAssetsAspect | Unset):
        proximity_field (SearchAssetsProximityField | Unset):
        proximity_word_1 (str | Unset):
        proximity_word_2 (str | Unset):
        proximity_max_gaps (int | Unset):
        rating (list[int] | Unset):
        rights (list[int] | Unset):
        rights_code (list[str] | Unset):
        user_ids (list[int] | Unset):
        creator_tag_id (list[int] | Unset):
        contracts (bool | Unset):
        releases (bool | Unset):
        expired (bool | Unset):
        submitted (bool | Unset):
        contract_asset_id (list[int] | Unset):
        release_ids (list[int] | Unset):
        no_collections (bool | Unset):
        upload_type (SearchAssetsUploadType | Unset):
        view_all (SearchAssetsViewAll | Unset):
        optimization_request (SearchAssetsOptimizationRequest | Unset):
        vote (int | Unset):
        sort (str | Unset):
        sync (bool | Unset):
        aasm_state (str | Unset):
        all_ids (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchResult
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
        q=q,
        taxonomy_filter_mode=taxonomy_filter_mode,
        gps=gps,
        bounds=bounds,
        include_totals=include_totals,
        as_filters=as_filters,
        include_renditions=include_renditions,
        include_meta=include_meta,
        ids=ids,
        guids=guids,
        upload_id=upload_id,
        upload_guid=upload_guid,
        storage_folder_id=storage_folder_id,
        omit_child_storage_folders=omit_child_storage_folders,
        collection_id=collection_id,
        omit_child_collections=omit_child_collections,
        lightbox_id=lightbox_id,
        omit_child_lightboxes=omit_child_lightboxes,
        lightbox_folder_id=lightbox_folder_id,
        omit_child_lightbox_folders=omit_child_lightbox_folders,
        taxonomy=taxonomy,
        hide_taxonomy=hide_taxonomy,
        tags=tags,
        hide_tags=hide_tags,
        exts=exts,
        has_people=has_people,
        has_alt_text=has_alt_text,
        file_size_range=file_size_range,
        captured_at=captured_at,
        missing_captured_at=missing_captured_at,
        created_at=created_at,
        updated_at=updated_at,
        aspect=aspect,
        proximity_field=proximity_field,
        proximity_word_1=proximity_word_1,
        proximity_word_2=proximity_word_2,
        proximity_max_gaps=proximity_max_gaps,
        rating=rating,
        rights=rights,
        rights_code=rights_code,
        user_ids=user_ids,
        creator_tag_id=creator_tag_id,
        contracts=contracts,
        releases=releases,
        expired=expired,
        submitted=submitted,
        contract_asset_id=contract_asset_id,
        release_ids=release_ids,
        no_collections=no_collections,
        upload_type=upload_type,
        view_all=view_all,
        optimization_request=optimization_request,
        vote=vote,
        sort=sort,
        sync=sync,
        aasm_state=aasm_state,
        all_ids=all_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    q: str | Unset = UNSET,
    taxonomy_filter_mode: SearchAssetsTaxonomyFilterMode | Unset = UNSET,
    gps: bool | Unset = UNSET,
    bounds: str | Unset = UNSET,
    include_totals: bool | Unset = UNSET,
    as_filters: bool | Unset = UNSET,
    include_renditions: bool | Unset = UNSET,
    include_meta: bool | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    guids: list[str] | Unset = UNSET,
    upload_id: int | Unset = UNSET,
    upload_guid: str | Unset = UNSET,
    storage_folder_id: int | Unset = UNSET,
    omit_child_storage_folders: bool | Unset = UNSET,
    collection_id: int | Unset = UNSET,
    omit_child_collections: bool | Unset = UNSET,
    lightbox_id: int | Unset = UNSET,
    omit_child_lightboxes: bool | Unset = UNSET,
    lightbox_folder_id: int | Unset = UNSET,
    omit_child_lightbox_folders: bool | Unset = UNSET,
    taxonomy: bool | Unset = UNSET,
    hide_taxonomy: bool | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    hide_tags: list[str] | Unset = UNSET,
    exts: list[str] | Unset = UNSET,
    has_people: SearchAssetsHasPeople | Unset = UNSET,
    has_alt_text: SearchAssetsHasAltText | Unset = UNSET,
    file_size_range: SearchAssetsFileSizeRange | Unset = UNSET,
    captured_at: list[str] | Unset = UNSET,
    missing_captured_at: bool | Unset = UNSET,
    created_at: list[str] | Unset = UNSET,
    updated_at: list[str] | Unset = UNSET,
    aspect: SearchAssetsAspect | Unset = UNSET,
    proximity_field: SearchAssetsProximityField | Unset = UNSET,
    proximity_word_1: str | Unset = UNSET,
    proximity_word_2: str | Unset = UNSET,
    proximity_max_gaps: int | Unset = UNSET,
    rating: list[int] | Unset = UNSET,
    rights: list[int] | Unset = UNSET,
    rights_code: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    creator_tag_id: list[int] | Unset = UNSET,
    contracts: bool | Unset = UNSET,
    releases: bool | Unset = UNSET,
    expired: bool | Unset = UNSET,
    submitted: bool | Unset = UNSET,
    contract_asset_id: list[int] | Unset = UNSET,
    release_ids: list[int] | Unset = UNSET,
    no_collections: bool | Unset = UNSET,
    upload_type: SearchAssetsUploadType | Unset = UNSET,
    view_all: SearchAssetsViewAll | Unset = UNSET,
    optimization_request: SearchAssetsOptimizationRequest | Unset = UNSET,
    vote: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    sync: bool | Unset = UNSET,
    aasm_state: str | Unset = UNSET,
    all_ids: bool | Unset = UNSET,
) -> Response[Error | SearchResult]:
    """Search Assets

     Searches all Assets you have access to in the Organization. POST is also supported for long lists
    e.g. Asset IDs.

    Args:
        page (int | Unset): Current page of assets Server default: 1 (not sent unless given).
        per_page (int | Unset): Assets per page Server default: 25 (not sent unless given).
        q (str | Unset):
        taxonomy_filter_mode (SearchAssetsTaxonomyFilterMode | Unset):
        gps (bool | Unset):
        bounds (str | Unset):
        include_totals (bool | Unset):
        as_filters (bool | Unset):
        include_renditions (bool | Unset):
        include_meta (bool | Unset):
        ids (list[int] | Unset):
        guids (list[str] | Unset):
        upload_id (int | Unset):
        upload_guid (str | Unset):
        storage_folder_id (int | Unset):
        omit_child_storage_folders (bool | Unset):
        collection_id (int | Unset):
        omit_child_collections (bool | Unset):
        lightbox_id (int | Unset):
        omit_child_lightboxes (bool | Unset):
        lightbox_folder_id (int | Unset):
        omit_child_lightbox_folders (bool | Unset):
        taxonomy (bool | Unset):
        hide_taxonomy (bool | Unset):
        tags (list[str] | Unset):
        hide_tags (list[str] | Unset):
        exts (list[str] | Unset):
        has_people (SearchAssetsHasPeople | Unset):
        has_alt_text (SearchAssetsHasAltText | Unset):
        file_size_range (SearchAssetsFileSizeRange | Unset):
        captured_at (list[str] | Unset):
        missing_captured_at (bool | Unset):
        created_at (list[str] | Unset):
        updated_at (list[str] | Unset):
        aspect (SearchAssetsAspect | Unset):
        proximity_field (SearchAssetsProximityField | Unset):
        proximity_word_1 (str | Unset):
        proximity_word_2 (str | Unset):
        proximity_max_gaps (int | Unset):
        rating (list[int] | Unset):
        rights (list[int] | Unset):
        rights_code (list[str] | Unset):
        user_ids (list[int] | Unset):
        creator_tag_id (list[int] | Unset):
        contracts (bool | Unset):
        releases (bool | Unset):
        expired (bool | Unset):
        submitted (bool | Unset):
        contract_asset_id (list[int] | Unset):
        release_ids (list[int] | Unset):
        no_collections (bool | Unset):
        upload_type (SearchAssetsUploadType | Unset):
        view_all (SearchAssetsViewAll | Unset):
        optimization_request (SearchAssetsOptimizationRequest | Unset):
        vote (int | Unset):
        sort (str | Unset):
        sync (bool | Unset):
        aasm_state (str | Unset):
        all_ids (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchResult]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
        q=q,
        taxonomy_filter_mode=taxonomy_filter_mode,
        gps=gps,
        bounds=bounds,
        include_totals=include_totals,
        as_filters=as_filters,
        include_renditions=include_renditions,
        include_meta=include_meta,
        ids=ids,
        guids=guids,
        upload_id=upload_id,
        upload_guid=upload_guid,
        storage_folder_id=storage_folder_id,
        omit_child_storage_folders=omit_child_storage_folders,
        collection_id=collection_id,
        omit_child_collections=omit_child_collections,
        lightbox_id=lightbox_id,
        omit_child_lightboxes=omit_child_lightboxes,
        lightbox_folder_id=lightbox_folder_id,
        omit_child_lightbox_folders=omit_child_lightbox_folders,
        taxonomy=taxonomy,
        hide_taxonomy=hide_taxonomy,
        tags=tags,
        hide_tags=hide_tags,
        exts=exts,
        has_people=has_people,
        has_alt_text=has_alt_text,
        file_size_range=file_size_range,
        captured_at=captured_at,
        missing_captured_at=missing_captured_at,
        created_at=created_at,
        updated_at=updated_at,
        aspect=aspect,
        proximity_field=proximity_field,
        proximity_word_1=proximity_word_1,
        proximity_word_2=proximity_word_2,
        proximity_max_gaps=proximity_max_gaps,
        rating=rating,
        rights=rights,
        rights_code=rights_code,
        user_ids=user_ids,
        creator_tag_id=creator_tag_id,
        contracts=contracts,
        releases=releases,
        expired=expired,
        submitted=submitted,
        contract_asset_id=contract_asset_id,
        release_ids=release_ids,
        no_collections=no_collections,
        upload_type=upload_type,
        view_all=view_all,
        optimization_request=optimization_request,
        vote=vote,
        sort=sort,
        sync=sync,
        aasm_state=aasm_state,
        all_ids=all_ids,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        **client.auth_args(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    q: str | Unset = UNSET,
    taxonomy_filter_mode: SearchAssetsTaxonomyFilterMode | Unset = UNSET,
    gps: bool | Unset = UNSET,
    bounds: str | Unset = UNSET,
    include_totals: bool | Unset = UNSET,
    as_filters: bool | Unset = UNSET,
    include_renditions: bool | Unset = UNSET,
    include_meta: bool | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    guids: list[str] | Unset = UNSET,
    upload_id: int | Unset = UNSET,
    upload_guid: str | Unset = UNSET,
    storage_folder_id: int | Unset = UNSET,
    omit_child_storage_folders: bool | Unset = UNSET,
    collection_id: int | Unset = UNSET,
    omit_child_collections: bool | Unset = UNSET,
    lightbox_id: int | Unset = UNSET,
    omit_child_lightboxes: bool | Unset = UNSET,
    lightbox_folder_id: int | Unset = UNSET,
    omit_child_lightbox_folders: bool | Unset = UNSET,
    taxonomy: bool | Unset = UNSET,
    hide_taxonomy: bool | Unset = UNSET,
    tags: list[str] | Unset = UNSET,
    hide_tags: list[str] | Unset = UNSET,
    exts: list[str] | Unset = UNSET,
    has_people: SearchAssetsHasPeople | Unset = UNSET,
    has_alt_text: SearchAssetsHasAltText | Unset = UNSET,
    file_size_range: SearchAssetsFileSizeRange | Unset = UNSET,
    captured_at: list[str] | Unset = UNSET,
    missing_captured_at: bool | Unset = UNSET,
    created_at: list[str] | Unset = UNSET,
    updated_at: list[str] | Unset = UNSET,
    aspect: SearchAssetsAspect | Unset = UNSET,
    proximity_field: SearchAssetsProximityField | Unset = UNSET,
    proximity_word_1: str | Unset = UNSET,
    proximity_word_2: str | Unset = UNSET,
    proximity_max_gaps: int | Unset = UNSET,
    rating: list[int] | Unset = UNSET,
    rights: list[int] | Unset = UNSET,
    rights_code: list[str] | Unset = UNSET,
    user_ids: list[int] | Unset = UNSET,
    creator_tag_id: list[int] | Unset = UNSET,
    contracts: bool | Unset = UNSET,
    releases: bool | Unset = UNSET,
    expired: bool | Unset = UNSET,
    submitted: bool | Unset = UNSET,
    contract_asset_id: list[int] | Unset = UNSET,
    release_ids: list[int] | Unset = UNSET,
    no_collections: bool | Unset = UNSET,
    upload_type: SearchAssetsUploadType | Unset = UNSET,
    view_all: SearchAssetsViewAll | Unset = UNSET,
    optimization_request: SearchAssetsOptimizationRequest | Unset = UNSET,
    vote: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    sync: bool | Unset = UNSET,
    aasm_state: str | Unset = UNSET,
    all_ids: bool | Unset = UNSET,
) -> Error | SearchResult | None:
    """Search Assets

     Searches all Assets you have access to in the Organization. POST is also supported for long lists
    e.g. Asset IDs.

    Args:
        page (int | Unset): Current page of assets Server default: 1 (not sent unless given).
        per_page (int | Unset): Assets per page Server default: 25 (not sent unless given).
        q (str | Unset):
        taxonomy_filter_mode (SearchAssetsTaxonomyFilterMode | Unset):
        gps (bool | Unset):
        bounds (str | Unset):
        include_totals (bool | Unset):
        as_filters (bool | Unset):
        include_renditions (bool | Unset):
        include_meta (bool | Unset):
        ids (list[int] | Unset):
        guids (list[str] | Unset):
        upload_id (int | Unset):
        upload_guid (str | Unset):
        storage_folder_id (int | Unset):
        omit_child_storage_folders (bool | Unset):
        collection_id (int | Unset):
        omit_child_collections (bool | Unset):
        lightbox_id (int | Unset):
        omit_child_lightboxes (bool | Unset):
        lightbox_folder_id (int | Unset):
        omit_child_lightbox_folders (bool | Unset):
        taxonomy (bool | Unset):
        hide_taxonomy (bool | Unset):
        tags (list[str] | Unset):
        hide_tags (list[str] | Unset):
        exts (list[str] | Unset):
        has_people (SearchAssetsHasPeople | Unset):
        has_alt_text (SearchAssetsHasAltText | Unset):
        file_size_range (SearchAssetsFileSizeRange | Unset):
        captured_at (list[str] | Unset):
        missing_captured_at (bool | Unset):
        created_at (list[str] | Unset):
        updated_at (list[str] | Unset):
        aspect (SearchAssetsAspect | Unset):
        proximity_field (SearchAssetsProximityField | Unset):
        proximity_word_1 (str | Unset):
        proximity_word_2 (str | Unset):
        proximity_max_gaps (int | Unset):
        rating (list[int] | Unset):
        rights (list[int] | Unset):
        rights_code (list[str] | Unset):
        user_ids (list[int] | Unset):
        creator_tag_id (list[int] | Unset):
        contracts (bool | Unset):
        releases (bool | Unset):
        expired (bool | Unset):
        submitted (bool | Unset):
        contract_asset_id (list[int] | Unset):
        release_ids (list[int] | Unset):
        no_collections (bool | Unset):
        upload_type (SearchAssetsUploadType | Unset):
        view_all (SearchAssetsViewAll | Unset):
        optimization_request (SearchAssetsOptimizationRequest | Unset):
        vote (int | Unset):
        sort (str | Unset):
        sync (bool | Unset):
        aasm_state (str | Unset):
        all_ids (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SearchResult
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
            q=q,
            taxonomy_filter_mode=taxonomy_filter_mode,
            gps=gps,
            bounds=bounds,
            include_totals=include_totals,
            as_filters=as_filters,
            include_renditions=include_renditions,
            include_meta=include_meta,
            ids=ids,
            guids=guids,
            upload_id=upload_id,
            upload_guid=upload_guid,
            storage_folder_id=storage_folder_id,
            omit_child_storage_folders=omit_child_storage_folders,
            collection_id=collection_id,
            omit_child_collections=omit_child_collections,
            lightbox_id=lightbox_id,
            omit_child_lightboxes=omit_child_lightboxes,
            lightbox_folder_id=lightbox_folder_id,
            omit_child_lightbox_folders=omit_child_lightbox_folders,
            taxonomy=taxonomy,
            hide_taxonomy=hide_taxonomy,
            tags=tags,
            hide_tags=hide_tags,
            exts=exts,
            has_people=has_people,
            has_alt_text=has_alt_text,
            file_size_range=file_size_range,
            captured_at=captured_at,
            missing_captured_at=missing_captured_at,
            created_at=created_at,
            updated_at=updated_at,
            aspect=aspect,
            proximity_field=proximity_field,
            proximity_word_1=proximity_word_1,
            proximity_word_2=proximity_word_2,
            proximity_max_gaps=proximity_max_gaps,
            rating=rating,
            rights=rights,
            rights_code=rights_code,
            user_ids=user_ids,
            creator_tag_id=creator_tag_id,
            contracts=contracts,
            releases=releases,
            expired=expired,
            submitted=submitted,
            contract_asset_id=contract_asset_id,
            release_ids=release_ids,
            no_collections=no_collections,
            upload_type=upload_type,
            view_all=view_all,
            optimization_request=optimization_request,
            vote=vote,
            sort=sort,
            sync=sync,
            aasm_state=aasm_state,
            all_ids=all_ids,
        )
    ).parsed
