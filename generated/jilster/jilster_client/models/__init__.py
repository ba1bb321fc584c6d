"""Contains all the data models used in inputs/outputs.

`from .models import X` works as usual, but each model's module is imported on first use of
its name rather than with the package: importing every model class up front (attrs builds each
class when its module runs) was about a third of the package's own import time.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .auth_error import AuthError
    from .chief_editors_update import ChiefEditorsUpdate
    from .confirmation import Confirmation
    from .create_document_pages_request import CreateDocumentPagesRequest
    from .create_image_thumbnail_request import CreateImageThumbnailRequest
    from .create_magazine_page_images_request import CreateMagazinePageImagesRequest
    from .create_magazine_print_pdf_request import CreateMagazinePrintPdfRequest
    from .create_magazine_screen_pdf_request import CreateMagazineScreenPdfRequest
    from .credentials import Credentials
    from .document import Document
    from .document_active import DocumentActive
    from .document_envelope import DocumentEnvelope
    from .document_page import DocumentPage
    from .document_page_active import DocumentPageActive
    from .document_page_envelope import DocumentPageEnvelope
    from .document_page_list_envelope import DocumentPageListEnvelope
    from .document_upload import DocumentUpload
    from .editor_removal import EditorRemoval
    from .failure import Failure
    from .image import Image
    from .image_active import ImageActive
    from .image_directory import ImageDirectory
    from .image_directory_active import ImageDirectoryActive
    from .image_directory_create import ImageDirectoryCreate
    from .image_directory_envelope import ImageDirectoryEnvelope
    from .image_directory_list_envelope import ImageDirectoryListEnvelope
    from .image_directory_update import ImageDirectoryUpdate
    from .image_directory_update_active import ImageDirectoryUpdateActive
    from .image_envelope import ImageEnvelope
    from .image_list_envelope import ImageListEnvelope
    from .image_update import ImageUpdate
    from .image_update_active import ImageUpdateActive
    from .image_upload import ImageUpload
    from .job import Job
    from .job_dispatched import JobDispatched
    from .job_dispatched_envelope import JobDispatchedEnvelope
    from .job_envelope import JobEnvelope
    from .job_status import JobStatus
    from .list_magazine_pages_editor_preview import ListMagazinePagesEditorPreview
    from .magazine import Magazine
    from .magazine_create import MagazineCreate
    from .magazine_editor_preview import MagazineEditorPreview
    from .magazine_editors import MagazineEditors
    from .magazine_editors_envelope import MagazineEditorsEnvelope
    from .magazine_envelope import MagazineEnvelope
    from .magazine_lock import MagazineLock
    from .magazine_page import MagazinePage
    from .magazine_page_envelope import MagazinePageEnvelope
    from .magazine_page_list_envelope import MagazinePageListEnvelope
    from .magazine_page_update import MagazinePageUpdate
    from .magazine_show_page_numbers import MagazineShowPageNumbers
    from .magazine_update import MagazineUpdate
    from .magazine_update_editor_preview import MagazineUpdateEditorPreview
    from .magazine_update_show_page_numbers import MagazineUpdateShowPageNumbers
    from .magazine_with_cover import MagazineWithCover
    from .magazine_with_cover_envelope import MagazineWithCoverEnvelope
    from .page_count_add import PageCountAdd
    from .page_count_clear import PageCountClear
    from .page_count_remove import PageCountRemove
    from .page_editors_update import PageEditorsUpdate
    from .page_order import PageOrder
    from .page_restore import PageRestore
    from .page_status_update import PageStatusUpdate
    from .refresh_request import RefreshRequest
    from .shape import Shape
    from .shape_active import ShapeActive
    from .shape_directory import ShapeDirectory
    from .shape_directory_active import ShapeDirectoryActive
    from .shape_directory_create import ShapeDirectoryCreate
    from .shape_directory_envelope import ShapeDirectoryEnvelope
    from .shape_directory_list_envelope import ShapeDirectoryListEnvelope
    from .shape_directory_update import ShapeDirectoryUpdate
    from .shape_directory_update_active import ShapeDirectoryUpdateActive
    from .shape_envelope import ShapeEnvelope
    from .shape_list_envelope import ShapeListEnvelope
    from .shape_update import ShapeUpdate
    from .shape_update_active import ShapeUpdateActive
    from .shape_upload import ShapeUpload
    from .token import Token
    from .upload_refusal import UploadRefusal
    from .upload_refusal_message import UploadRefusalMessage
    from .user import User
    from .user_active import UserActive
    from .user_create import UserCreate
    from .user_envelope import UserEnvelope
    from .user_magazine import UserMagazine
    from .user_magazine_list_envelope import UserMagazineListEnvelope
    from .user_update import UserUpdate
    from .user_update_active import UserUpdateActive

_MODULE_OF = {
    "AuthError": ".auth_error",
    "ChiefEditorsUpdate": ".chief_editors_update",
    "Confirmation": ".confirmation",
    "CreateDocumentPagesRequest": ".create_document_pages_request",
    "CreateImageThumbnailRequest": ".create_image_thumbnail_request",
    "CreateMagazinePageImagesRequest": ".create_magazine_page_images_request",
    "CreateMagazinePrintPdfRequest": ".create_magazine_print_pdf_request",
    "CreateMagazineScreenPdfRequest": ".create_magazine_screen_pdf_request",
    "Credentials": ".credentials",
    "Document": ".document",
    "DocumentActive": ".document_active",
    "DocumentEnvelope": ".document_envelope",
    "DocumentPage": ".document_page",
    "DocumentPageActive": ".document_page_active",
    "DocumentPageEnvelope": ".document_page_envelope",
    "DocumentPageListEnvelope": ".document_page_list_envelope",
    "DocumentUpload": ".document_upload",
    "EditorRemoval": ".editor_removal",
    "Failure": ".failure",
    "Image": ".image",
    "ImageActive": ".image_active",
    "ImageDirectory": ".image_directory",
    "ImageDirectoryActive": ".image_directory_active",
    "ImageDirectoryCreate": ".image_directory_create",
    "ImageDirectoryEnvelope": ".image_directory_envelope",
    "ImageDirectoryListEnvelope": ".image_directory_list_envelope",
    "ImageDirectoryUpdate": ".image_directory_update",
    "ImageDirectoryUpdateActive": ".image_directory_update_active",
    "ImageEnvelope": ".image_envelope",
    "ImageListEnvelope": ".image_list_envelope",
    "ImageUpdate": ".image_update",
    "ImageUpdateActive": ".image_update_active",
    "ImageUpload": ".image_upload",
    "Job": ".job",
    "JobDispatched": ".job_dispatched",
    "JobDispatchedEnvelope": ".job_dispatched_envelope",
    "JobEnvelope": ".job_envelope",
    "JobStatus": ".job_status",
    "ListMagazinePagesEditorPreview": ".list_magazine_pages_editor_preview",
    "Magazine": ".magazine",
    "MagazineCreate": ".magazine_create",
    "MagazineEditorPreview": ".magazine_editor_preview",
    "MagazineEditors": ".magazine_editors",
    "MagazineEditorsEnvelope": ".magazine_editors_envelope",
    "MagazineEnvelope": ".magazine_envelope",
    "MagazineLock": ".magazine_lock",
    "MagazinePage": ".magazine_page",
    "MagazinePageEnvelope": ".magazine_page_envelope",
    "MagazinePageListEnvelope": ".magazine_page_list_envelope",
    "MagazinePageUpdate": ".magazine_page_update",
    "MagazineShowPageNumbers": ".magazine_show_page_numbers",
    "MagazineUpdate": ".magazine_update",
    "MagazineUpdateEditorPreview": ".magazine_update_editor_preview",
    "MagazineUpdateShowPageNumbers": ".magazine_update_show_page_numbers",
    "MagazineWithCover": ".magazine_with_cover",
    "MagazineWithCoverEnvelope": ".magazine_with_cover_envelope",
    "PageCountAdd": ".page_count_add",
    "PageCountClear": ".page_count_clear",
    "PageCountRemove": ".page_count_remove",
    "PageEditorsUpdate": ".page_editors_update",
    "PageOrder": ".page_order",
    "PageRestore": ".page_restore",
    "PageStatusUpdate": ".page_status_update",
    "RefreshRequest": ".refresh_request",
    "Shape": ".shape",
    "ShapeActive": ".shape_active",
    "ShapeDirectory": ".shape_directory",
    "ShapeDirectoryActive": ".shape_directory_active",
    "ShapeDirectoryCreate": ".shape_directory_create",
    "ShapeDirectoryEnvelope": ".shape_directory_envelope",
    "ShapeDirectoryListEnvelope": ".shape_directory_list_envelope",
    "ShapeDirectoryUpdate": ".shape_directory_update",
    "ShapeDirectoryUpdateActive": ".shape_directory_update_active",
    "ShapeEnvelope": ".shape_envelope",
    "ShapeListEnvelope": ".shape_list_envelope",
    "ShapeUpdate": ".shape_update",
    "ShapeUpdateActive": ".shape_update_active",
    "ShapeUpload": ".shape_upload",
    "Token": ".token",
    "UploadRefusal": ".upload_refusal",
    "UploadRefusalMessage": ".upload_refusal_message",
    "User": ".user",
    "UserActive": ".user_active",
    "UserCreate": ".user_create",
    "UserEnvelope": ".user_envelope",
    "UserMagazine": ".user_magazine",
    "UserMagazineListEnvelope": ".user_magazine_list_envelope",
    "UserUpdate": ".user_update",
    "UserUpdateActive": ".user_update_active",
}

__all__ = (
    "AuthError",
    "ChiefEditorsUpdate",
    "Confirmation",
    "CreateDocumentPagesRequest",
    "CreateImageThumbnailRequest",
    "CreateMagazinePageImagesRequest",
    "CreateMagazinePrintPdfRequest",
    "CreateMagazineScreenPdfRequest",
    "Credentials",
    "Document",
    "DocumentActive",
    "DocumentEnvelope",
    "DocumentPage",
    "DocumentPageActive",
    "DocumentPageEnvelope",
    "DocumentPageListEnvelope",
    "DocumentUpload",
    "EditorRemoval",
    "Failure",
    "Image",
    "ImageActive",
    "ImageDirectory",
    "ImageDirectoryActive",
    "ImageDirectoryCreate",
    "ImageDirectoryEnvelope",
    "ImageDirectoryListEnvelope",
    "ImageDirectoryUpdate",
    "ImageDirectoryUpdateActive",
    "ImageEnvelope",
    "ImageListEnvelope",
    "ImageUpdate",
    "ImageUpdateActive",
    "ImageUpload",
    "Job",
    "JobDispatched",
    "JobDispatchedEnvelope",
    "JobEnvelope",
    "JobStatus",
    "ListMagazinePagesEditorPreview",
    "Magazine",
    "MagazineCreate",
    "MagazineEditorPreview",
    "MagazineEditors",
    "MagazineEditorsEnvelope",
    "MagazineEnvelope",
    "MagazineLock",
    "MagazinePage",
    "MagazinePageEnvelope",
    "MagazinePageListEnvelope",
    "MagazinePageUpdate",
    "MagazineShowPageNumbers",
    "MagazineUpdate",
    "MagazineUpdateEditorPreview",
    "MagazineUpdateShowPageNumbers",
    "MagazineWithCover",
    "MagazineWithCoverEnvelope",
    "PageCountAdd",
    "PageCountClear",
    "PageCountRemove",
    "PageEditorsUpdate",
    "PageOrder",
    "PageRestore",
    "PageStatusUpdate",
    "RefreshRequest",
    "Shape",
    "ShapeActive",
    "ShapeDirectory",
    "ShapeDirectoryActive",
    "ShapeDirectoryCreate",
    "ShapeDirectoryEnvelope",
    "ShapeDirectoryListEnvelope",
    "ShapeDirectoryUpdate",
    "ShapeDirectoryUpdateActive",
    "ShapeEnvelope",
    "ShapeListEnvelope",
    "ShapeUpdate",
    "ShapeUpdateActive",
    "ShapeUpload",
    "Token",
    "UploadRefusal",
    "UploadRefusalMessage",
    "User",
    "UserActive",
    "UserCreate",
    "UserEnvelope",
    "UserMagazine",
    "UserMagazineListEnvelope",
    "UserUpdate",
    "UserUpdateActive",
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
