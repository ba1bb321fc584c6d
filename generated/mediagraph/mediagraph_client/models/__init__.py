"""Contains all the data models used in inputs/outputs.

`from .models import X` works as usual, but each model's module is imported on first use of
its name rather than with the package: importing every model class up front (attrs builds each
class when its module runs) was about a third of the package's own import time.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .ability import Ability
    from .ability_conditions import AbilityConditions
    from .add_asset_to_collection_body import AddAssetToCollectionBody
    from .add_asset_version_body import AddAssetVersionBody
    from .add_assets_to_group_body import AddAssetsToGroupBody
    from .add_assets_to_group_response_200 import AddAssetsToGroupResponse200
    from .asset import Asset
    from .asset_aasm_state import AssetAasmState
    from .asset_data_version import AssetDataVersion
    from .asset_data_version_renditions_item import AssetDataVersionRenditionsItem
    from .asset_file_declaration import AssetFileDeclaration
    from .asset_group_membership import AssetGroupMembership
    from .asset_update import AssetUpdate
    from .asset_update_block_level import AssetUpdateBlockLevel
    from .asset_update_custom_meta import AssetUpdateCustomMeta
    from .asset_upload_declaration import AssetUploadDeclaration
    from .can_upload_response_200 import CanUploadResponse200
    from .collection import Collection
    from .collection_input import CollectionInput
    from .create_collection_body import CreateCollectionBody
    from .create_contribution_upload_body import CreateContributionUploadBody
    from .create_storage_folder_body import CreateStorageFolderBody
    from .create_tag_body import CreateTagBody
    from .create_taxonomy_body import CreateTaxonomyBody
    from .create_taxonomy_tag_body import CreateTaxonomyTagBody
    from .create_upload_body import CreateUploadBody
    from .delete_asset_response_200 import DeleteAssetResponse200
    from .delete_storage_folder_response_200 import DeleteStorageFolderResponse200
    from .delete_tag_response_200 import DeleteTagResponse200
    from .delete_taxonomy_response_200 import DeleteTaxonomyResponse200
    from .delete_taxonomy_tag_body import DeleteTaxonomyTagBody
    from .delete_taxonomy_tag_response_200 import DeleteTaxonomyTagResponse200
    from .download_asset_size import DownloadAssetSize
    from .error import Error
    from .error_errors import ErrorErrors
    from .find_organization_response_200 import FindOrganizationResponse200
    from .get_lightbox_sub_type import GetLightboxSubType
    from .group_fields import GroupFields
    from .lightbox import Lightbox
    from .lightboxes_tree_sub_type import LightboxesTreeSubType
    from .list_storage_folders_publish_type import ListStorageFoldersPublishType
    from .membership import Membership
    from .membership_aasm_state import MembershipAasmState
    from .membership_role_level import MembershipRoleLevel
    from .organization import Organization
    from .prepare_asset_upload_body import PrepareAssetUploadBody
    from .prepare_download_body import PrepareDownloadBody
    from .prepare_download_body_download import PrepareDownloadBodyDownload
    from .prepare_download_body_download_size import PrepareDownloadBodyDownloadSize
    from .prepare_download_response_200 import PrepareDownloadResponse200
    from .prepared_asset import PreparedAsset
    from .revert_asset_body import RevertAssetBody
    from .search_assets_aspect import SearchAssetsAspect
    from .search_assets_by_post_body import SearchAssetsByPostBody
    from .search_assets_by_post_body_custom_meta import SearchAssetsByPostBodyCustomMeta
    from .search_assets_file_size_range import SearchAssetsFileSizeRange
    from .search_assets_has_alt_text import SearchAssetsHasAltText
    from .search_assets_has_people import SearchAssetsHasPeople
    from .search_assets_optimization_request import SearchAssetsOptimizationRequest
    from .search_assets_proximity_field import SearchAssetsProximityField
    from .search_assets_taxonomy_filter_mode import SearchAssetsTaxonomyFilterMode
    from .search_assets_upload_type import SearchAssetsUploadType
    from .search_assets_view_all import SearchAssetsViewAll
    from .search_result import SearchResult
    from .search_result_all_asset_counts import SearchResultAllAssetCounts
    from .search_result_filters import SearchResultFilters
    from .storage_folder import StorageFolder
    from .storage_folder_changes import StorageFolderChanges
    from .storage_folder_input import StorageFolderInput
    from .storage_folder_input_publish_type import StorageFolderInputPublishType
    from .tag import Tag
    from .tag_changes import TagChanges
    from .tag_changes_sub_type import TagChangesSubType
    from .tag_input import TagInput
    from .tag_sub_type import TagSubType
    from .taxonomy import Taxonomy
    from .taxonomy_changes import TaxonomyChanges
    from .taxonomy_input import TaxonomyInput
    from .taxonomy_tag import TaxonomyTag
    from .taxonomy_tag_changes import TaxonomyTagChanges
    from .taxonomy_tag_changes_sub_type import TaxonomyTagChangesSubType
    from .taxonomy_tag_input import TaxonomyTagInput
    from .taxonomy_tag_sub_type import TaxonomyTagSubType
    from .update_asset_body import UpdateAssetBody
    from .update_collective_work_body import UpdateCollectiveWorkBody
    from .update_membership_body import UpdateMembershipBody
    from .update_membership_body_membership import UpdateMembershipBodyMembership
    from .update_membership_body_membership_role_level import UpdateMembershipBodyMembershipRoleLevel
    from .update_membership_status_body import UpdateMembershipStatusBody
    from .update_membership_status_body_status import UpdateMembershipStatusBodyStatus
    from .update_storage_folder_body import UpdateStorageFolderBody
    from .update_tag_body import UpdateTagBody
    from .update_taxonomy_body import UpdateTaxonomyBody
    from .update_taxonomy_tag_body import UpdateTaxonomyTagBody
    from .upload import Upload
    from .upload_assets_from_urls_body import UploadAssetsFromUrlsBody
    from .upload_assets_from_urls_body_asset import UploadAssetsFromUrlsBodyAsset
    from .upload_done import UploadDone
    from .upload_input import UploadInput
    from .user import User
    from .user_membership_type_1 import UserMembershipType1
    from .user_oauth_token_type_1 import UserOauthTokenType1
    from .user_organization_type_1 import UserOrganizationType1
    from .user_summary import UserSummary

_MODULE_OF = {
    "Ability": ".ability",
    "AbilityConditions": ".ability_conditions",
    "AddAssetToCollectionBody": ".add_asset_to_collection_body",
    "AddAssetVersionBody": ".add_asset_version_body",
    "AddAssetsToGroupBody": ".add_assets_to_group_body",
    "AddAssetsToGroupResponse200": ".add_assets_to_group_response_200",
    "Asset": ".asset",
    "AssetAasmState": ".asset_aasm_state",
    "AssetDataVersion": ".asset_data_version",
    "AssetDataVersionRenditionsItem": ".asset_data_version_renditions_item",
    "AssetFileDeclaration": ".asset_file_declaration",
    "AssetGroupMembership": ".asset_group_membership",
    "AssetUpdate": ".asset_update",
    "AssetUpdateBlockLevel": ".asset_update_block_level",
    "AssetUpdateCustomMeta": ".asset_update_custom_meta",
    "AssetUploadDeclaration": ".asset_upload_declaration",
    "CanUploadResponse200": ".can_upload_response_200",
    "Collection": ".collection",
    "CollectionInput": ".collection_input",
    "CreateCollectionBody": ".create_collection_body",
    "CreateContributionUploadBody": ".create_contribution_upload_body",
    "CreateStorageFolderBody": ".create_storage_folder_body",
    "CreateTagBody": ".create_tag_body",
    "CreateTaxonomyBody": ".create_taxonomy_body",
    "CreateTaxonomyTagBody": ".create_taxonomy_tag_body",
    "CreateUploadBody": ".create_upload_body",
    "DeleteAssetResponse200": ".delete_asset_response_200",
    "DeleteStorageFolderResponse200": ".delete_storage_folder_response_200",
    "DeleteTagResponse200": ".delete_tag_response_200",
    "DeleteTaxonomyResponse200": ".delete_taxonomy_response_200",
    "DeleteTaxonomyTagBody": ".delete_taxonomy_tag_body",
    "DeleteTaxonomyTagResponse200": ".delete_taxonomy_tag_response_200",
    "DownloadAssetSize": ".download_asset_size",
    "Error": ".error",
    "ErrorErrors": ".error_errors",
    "FindOrganizationResponse200": ".find_organization_response_200",
    "GetLightboxSubType": ".get_lightbox_sub_type",
    "GroupFields": ".group_fields",
    "Lightbox": ".lightbox",
    "LightboxesTreeSubType": ".lightboxes_tree_sub_type",
    "ListStorageFoldersPublishType": ".list_storage_folders_publish_type",
    "Membership": ".membership",
    "MembershipAasmState": ".membership_aasm_state",
    "MembershipRoleLevel": ".membership_role_level",
    "Organization": ".organization",
    "PrepareAssetUploadBody": ".prepare_asset_upload_body",
    "PrepareDownloadBody": ".prepare_download_body",
    "PrepareDownloadBodyDownload": ".prepare_download_body_download",
    "PrepareDownloadBodyDownloadSize": ".prepare_download_body_download_size",
    "PrepareDownloadResponse200": ".prepare_download_response_200",
    "PreparedAsset": ".prepared_asset",
    "RevertAssetBody": ".revert_asset_body",
    "SearchAssetsAspect": ".search_assets_aspect",
    "SearchAssetsByPostBody": ".search_assets_by_post_body",
    "SearchAssetsByPostBodyCustomMeta": ".search_assets_by_post_body_custom_meta",
    "SearchAssetsFileSizeRange": ".search_assets_file_size_range",
    "SearchAssetsHasAltText": ".search_assets_has_alt_text",
    "SearchAssetsHasPeople": ".search_assets_has_people",
    "SearchAssetsOptimizationRequest": ".search_assets_optimization_request",
    "SearchAssetsProximityField": ".search_assets_proximity_field",
    "SearchAssetsTaxonomyFilterMode": ".search_assets_taxonomy_filter_mode",
    "SearchAssetsUploadType": ".search_assets_upload_type",
    "SearchAssetsViewAll": ".search_assets_view_all",
    "SearchResult": ".search_result",
    "SearchResultAllAssetCounts": ".search_result_all_asset_counts",
    "SearchResultFilters": ".search_result_filters",
    "StorageFolder": ".storage_folder",
    "StorageFolderChanges": ".storage_folder_changes",
    "StorageFolderInput": ".storage_folder_input",
    "StorageFolderInputPublishType": ".storage_folder_input_publish_type",
    "Tag": ".tag",
    "TagChanges": ".tag_changes",
    "TagChangesSubType": ".tag_changes_sub_type",
    "TagInput": ".tag_input",
    "TagSubType": ".tag_sub_type",
    "Taxonomy": ".taxonomy",
    "TaxonomyChanges": ".taxonomy_changes",
    "TaxonomyInput": ".taxonomy_input",
    "TaxonomyTag": ".taxonomy_tag",
    "TaxonomyTagChanges": ".taxonomy_tag_changes",
    "TaxonomyTagChangesSubType": ".taxonomy_tag_changes_sub_type",
    "TaxonomyTagInput": ".taxonomy_tag_input",
    "TaxonomyTagSubType": ".taxonomy_tag_sub_type",
    "UpdateAssetBody": ".update_asset_body",
    "UpdateCollectiveWorkBody": ".update_collective_work_body",
    "UpdateMembershipBody": ".update_membership_body",
    "UpdateMembershipBodyMembership": ".update_membership_body_membership",
    "UpdateMembershipBodyMembershipRoleLevel": ".update_membership_body_membership_role_level",
    "UpdateMembershipStatusBody": ".update_membership_status_body",
    "UpdateMembershipStatusBodyStatus": ".update_membership_status_body_status",
    "UpdateStorageFolderBody": ".update_storage_folder_body",
    "UpdateTagBody": ".update_tag_body",
    "UpdateTaxonomyBody": ".update_taxonomy_body",
    "UpdateTaxonomyTagBody": ".update_taxonomy_tag_body",
    "Upload": ".upload",
    "UploadAssetsFromUrlsBody": ".upload_assets_from_urls_body",
    "UploadAssetsFromUrlsBodyAsset": ".upload_assets_from_urls_body_asset",
    "UploadDone": ".upload_done",
    "UploadInput": ".upload_input",
    "User": ".user",
    "UserMembershipType1": ".user_membership_type_1",
    "UserOauthTokenType1": ".user_oauth_token_type_1",
    "UserOrganizationType1": ".user_organization_type_1",
    "UserSummary": ".user_summary",
}

__all__ = (
    "Ability",
    "AbilityConditions",
    "AddAssetsToGroupBody",
    "AddAssetsToGroupResponse200",
    "AddAssetToCollectionBody",
    "AddAssetVersionBody",
    "Asset",
    "AssetAasmState",
    "AssetDataVersion",
    "AssetDataVersionRenditionsItem",
    "AssetFileDeclaration",
    "AssetGroupMembership",
    "AssetUpdate",
    "AssetUpdateBlockLevel",
    "AssetUpdateCustomMeta",
    "AssetUploadDeclaration",
    "CanUploadResponse200",
    "Collection",
    "CollectionInput",
    "CreateCollectionBody",
    "CreateContributionUploadBody",
    "CreateStorageFolderBody",
    "CreateTagBody",
    "CreateTaxonomyBody",
    "CreateTaxonomyTagBody",
    "CreateUploadBody",
    "DeleteAssetResponse200",
    "DeleteStorageFolderResponse200",
    "DeleteTagResponse200",
    "DeleteTaxonomyResponse200",
    "DeleteTaxonomyTagBody",
    "DeleteTaxonomyTagResponse200",
    "DownloadAssetSize",
    "Error",
    "ErrorErrors",
    "FindOrganizationResponse200",
    "GetLightboxSubType",
    "GroupFields",
    "Lightbox",
    "LightboxesTreeSubType",
    "ListStorageFoldersPublishType",
    "Membership",
    "MembershipAasmState",
    "MembershipRoleLevel",
    "Organization",
    "PrepareAssetUploadBody",
    "PreparedAsset",
    "PrepareDownloadBody",
    "PrepareDownloadBodyDownload",
    "PrepareDownloadBodyDownloadSize",
    "PrepareDownloadResponse200",
    "RevertAssetBody",
    "SearchAssetsAspect",
    "SearchAssetsByPostBody",
    "SearchAssetsByPostBodyCustomMeta",
    "SearchAssetsFileSizeRange",
    "SearchAssetsHasAltText",
    "SearchAssetsHasPeople",
    "SearchAssetsOptimizationRequest",
    "SearchAssetsProximityField",
    "SearchAssetsTaxonomyFilterMode",
    "SearchAssetsUploadType",
    "SearchAssetsViewAll",
    "SearchResult",
    "SearchResultAllAssetCounts",
    "SearchResultFilters",
    "StorageFolder",
    "StorageFolderChanges",
    "StorageFolderInput",
    "StorageFolderInputPublishType",
    "Tag",
    "TagChanges",
    "TagChangesSubType",
    "TagInput",
    "TagSubType",
    "Taxonomy",
    "TaxonomyChanges",
    "TaxonomyInput",
    "TaxonomyTag",
    "TaxonomyTagChanges",
    "TaxonomyTagChangesSubType",
    "TaxonomyTagInput",
    "TaxonomyTagSubType",
    "UpdateAssetBody",
    "UpdateCollectiveWorkBody",
    "UpdateMembershipBody",
    "UpdateMembershipBodyMembership",
    "UpdateMembershipBodyMembershipRoleLevel",
    "UpdateMembershipStatusBody",
    "UpdateMembershipStatusBodyStatus",
    "UpdateStorageFolderBody",
    "UpdateTagBody",
    "UpdateTaxonomyBody",
    "UpdateTaxonomyTagBody",
    "Upload",
    "UploadAssetsFromUrlsBody",
    "UploadAssetsFromUrlsBodyAsset",
    "UploadDone",
    "UploadInput",
    "User",
    "UserMembershipType1",
    "UserOauthTokenType1",
    "UserOrganizationType1",
    "UserSummary",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
