from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_int, enum_member
from ..models.magazine_update_editor_preview import MagazineUpdateEditorPreview
from ..models.magazine_update_show_page_numbers import MagazineUpdateShowPageNumbers
from ..types import UNSET, Unset

T = TypeVar("T", bound="MagazineUpdate")


@_attrs_define
class MagazineUpdate:
    """What Update magazine changes (fields not sent stay).

    Example:
        {'title': 'Test Magazine', 'status': 1, 'showPageNumbers': 1, 'editorPreview': 0}

    """

    title: str | Unset = UNSET
    status: int | Unset = UNSET
    show_page_numbers: MagazineUpdateShowPageNumbers | Unset = UNSET
    """ 1 to show page numbers, 0 not to. """
    editor_preview: MagazineUpdateEditorPreview | Unset = UNSET
    """ 1 to give editors page previews, 0 not to. """

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        status = self.status

        show_page_numbers: int | Unset = UNSET
        if not isinstance(self.show_page_numbers, Unset):
            show_page_numbers = self.show_page_numbers.value

        editor_preview: int | Unset = UNSET
        if not isinstance(self.editor_preview, Unset):
            editor_preview = self.editor_preview.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if show_page_numbers is not UNSET:
            field_dict["showPageNumbers"] = show_page_numbers
        if editor_preview is not UNSET:
            field_dict["editorPreview"] = editor_preview

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)
        if title is not UNSET and not isinstance(title, str):
            raise TypeError(f"MagazineUpdate.title: expected str, got {type(title).__name__}")

        status = d.pop("status", UNSET)
        if status is not UNSET and not isinstance(status, int):
            status = as_int(status, "MagazineUpdate.status")

        show_page_numbers: MagazineUpdateShowPageNumbers | Unset = d.pop("showPageNumbers", UNSET)
        if show_page_numbers is not UNSET:
            show_page_numbers = enum_member(MagazineUpdateShowPageNumbers, show_page_numbers)

        editor_preview: MagazineUpdateEditorPreview | Unset = d.pop("editorPreview", UNSET)
        if editor_preview is not UNSET:
            editor_preview = enum_member(MagazineUpdateEditorPreview, editor_preview)

        magazine_update = cls(
            title,
            status,
            show_page_numbers,
            editor_preview,
        )

        return magazine_update
