"""Contains all the data models used in inputs/outputs.

`from .models import X` works as usual, but each model's module is imported on first use of
its name rather than with the package: importing every model class up front (attrs builds each
class when its module runs) was about a third of the package's own import time.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .archive_file import ArchiveFile
    from .archive_folder import ArchiveFolder
    from .archive_folder_file import ArchiveFolderFile
    from .asset_type import AssetType
    from .collection import Collection
    from .collection_resources import CollectionResources
    from .color import Color
    from .create_archive_folder_body import CreateArchiveFolderBody
    from .create_collection_body import CreateCollectionBody
    from .create_user_body import CreateUserBody
    from .create_user_body_metadata import CreateUserBodyMetadata
    from .delete_status import DeleteStatus
    from .download_link import DownloadLink
    from .download_media_body import DownloadMediaBody
    from .download_media_body_type import DownloadMediaBodyType
    from .duration_filter import DurationFilter
    from .duration_filter_compare import DurationFilterCompare
    from .error import Error
    from .error_errors import ErrorErrors
    from .id_search_result import IdSearchResult
    from .image_result import ImageResult
    from .keyword_search_result import KeywordSearchResult
    from .list_collections_show import ListCollectionsShow
    from .media_search_result import MediaSearchResult
    from .optimize_image_body import OptimizeImageBody
    from .order_by import OrderBy
    from .orientation import Orientation
    from .people import People
    from .region import Region
    from .resize_archive_file_body import ResizeArchiveFileBody
    from .safe_search import SafeSearch
    from .search_archive_body import SearchArchiveBody
    from .search_by_id_body import SearchByIdBody
    from .search_by_keyword_body import SearchByKeywordBody
    from .search_by_text_match_body import SearchByTextMatchBody
    from .search_collection_body import SearchCollectionBody
    from .search_collection_body_order_by import SearchCollectionBodyOrderBy
    from .search_totals import SearchTotals
    from .update_archive_file_body import UpdateArchiveFileBody
    from .update_archive_folder_body import UpdateArchiveFolderBody
    from .update_collection_body import UpdateCollectionBody
    from .update_user_body import UpdateUserBody
    from .update_user_body_metadata import UpdateUserBodyMetadata
    from .upload_archive_file_body import UploadArchiveFileBody
    from .user import User
    from .user_deleted import UserDeleted
    from .user_metadata import UserMetadata
    from .user_token import UserToken
    from .video_result import VideoResult
    from .width_filter import WidthFilter
    from .width_filter_compare import WidthFilterCompare

_MODULE_OF = {
    "ArchiveFile": ".archive_file",
    "ArchiveFolder": ".archive_folder",
    "ArchiveFolderFile": ".archive_folder_file",
    "AssetType": ".asset_type",
    "Collection": ".collection",
    "CollectionResources": ".collection_resources",
    "Color": ".color",
    "CreateArchiveFolderBody": ".create_archive_folder_body",
    "CreateCollectionBody": ".create_collection_body",
    "CreateUserBody": ".create_user_body",
    "CreateUserBodyMetadata": ".create_user_body_metadata",
    "DeleteStatus": ".delete_status",
    "DownloadLink": ".download_link",
    "DownloadMediaBody": ".download_media_body",
    "DownloadMediaBodyType": ".download_media_body_type",
    "DurationFilter": ".duration_filter",
    "DurationFilterCompare": ".duration_filter_compare",
    "Error": ".error",
    "ErrorErrors": ".error_errors",
    "IdSearchResult": ".id_search_result",
    "ImageResult": ".image_result",
    "KeywordSearchResult": ".keyword_search_result",
    "ListCollectionsShow": ".list_collections_show",
    "MediaSearchResult": ".media_search_result",
    "OptimizeImageBody": ".optimize_image_body",
    "OrderBy": ".order_by",
    "Orientation": ".orientation",
    "People": ".people",
    "Region": ".region",
    "ResizeArchiveFileBody": ".resize_archive_file_body",
    "SafeSearch": ".safe_search",
    "SearchArchiveBody": ".search_archive_body",
    "SearchByIdBody": ".search_by_id_body",
    "SearchByKeywordBody": ".search_by_keyword_body",
    "SearchByTextMatchBody": ".search_by_text_match_body",
    "SearchCollectionBody": ".search_collection_body",
    "SearchCollectionBodyOrderBy": ".search_collection_body_order_by",
    "SearchTotals": ".search_totals",
    "UpdateArchiveFileBody": ".update_archive_file_body",
    "UpdateArchiveFolderBody": ".update_archive_folder_body",
    "UpdateCollectionBody": ".update_collection_body",
    "UpdateUserBody": ".update_user_body",
    "UpdateUserBodyMetadata": ".update_user_body_metadata",
    "UploadArchiveFileBody": ".upload_archive_file_body",
    "User": ".user",
    "UserDeleted": ".user_deleted",
    "UserMetadata": ".user_metadata",
    "UserToken": ".user_token",
    "VideoResult": ".video_result",
    "WidthFilter": ".width_filter",
    "WidthFilterCompare": ".width_filter_compare",
}

__all__ = (
    "ArchiveFile",
    "ArchiveFolder",
    "ArchiveFolderFile",
    "AssetType",
    "Collection",
    "CollectionResources",
    "Color",
    "CreateArchiveFolderBody",
    "CreateCollectionBody",
    "CreateUserBody",
    "CreateUserBodyMetadata",
    "DeleteStatus",
    "DownloadLink",
    "DownloadMediaBody",
    "DownloadMediaBodyType",
    "DurationFilter",
    "DurationFilterCompare",
    "Error",
    "ErrorErrors",
    "IdSearchResult",
    "ImageResult",
    "KeywordSearchResult",
    "ListCollectionsShow",
    "MediaSearchResult",
    "OptimizeImageBody",
    "OrderBy",
    "Orientation",
    "People",
    "Region",
    "ResizeArchiveFileBody",
    "SafeSearch",
    "SearchArchiveBody",
    "SearchByIdBody",
    "SearchByKeywordBody",
    "SearchByTextMatchBody",
    "SearchCollectionBody",
    "SearchCollectionBodyOrderBy",
    "SearchTotals",
    "UpdateArchiveFileBody",
    "UpdateArchiveFolderBody",
    "UpdateCollectionBody",
    "UpdateUserBody",
    "UpdateUserBodyMetadata",
    "UploadArchiveFileBody",
    "User",
    "UserDeleted",
    "UserMetadata",
    "UserToken",
    "VideoResult",
    "WidthFilter",
    "WidthFilterCompare",
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
