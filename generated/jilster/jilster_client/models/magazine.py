from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, as_uuid, enum_member
from ..models.magazine_editor_preview import MagazineEditorPreview
from ..models.magazine_show_page_numbers import MagazineShowPageNumbers

T = TypeVar("T", bound="Magazine")


@_attrs_define
class Magazine:
    """A magazine.

    Example:
        {'id': 'bf98c980-c7f7-4eb7-97d2-26d5baf8771d', 'title': 'Test Magazine', 'status': 1, 'showPageNumbers': 1,
            'editorPreview': 0, 'pageCount': 8, 'lastContentChange': '2016-10-12 12:01:30', 'created_at': '2016-06-12
            12:35:43', 'updated_at': '2016-06-17 21:45:03', 'deleted_at': None}

    """

    id: UUID
    """ The magazine's id (a UUID). """
    title: str
    """ The magazine title. """
    status: int
    """ The magazine's status (1 in the examples; the values are not documented). """
    show_page_numbers: MagazineShowPageNumbers
    """ Whether page numbers are shown: 1 or 0. """
    editor_preview: MagazineEditorPreview
    """ Whether editors get page previews: 1 or 0 ('The editorPreview attribute of the Magazine should be set to 1
    for the preview to work'). """
    page_count: int
    """ The number of pages: 'A magazine must always have a number of pages divisible by 4 for printing purposes',
    at least 4 ('Minimum number of pages is 4') and at most 120 ('Maximum number of pages is 120'). """
    last_content_change: None | str
    """ A date and time (Y-m-d H:i:s), or none: the docs write none as null ("deleted_at": null) and as an empty
    string ("deleted_at": "", "lastContentChange": ""). """
    created_at: str
    """ A date and time as the docs write it: 'Formatted as Y-m-d H:i:s' (lock), e.g. "2016-10-12 12:01:30" (no time
    zone). """
    updated_at: str
    """ A date and time as the docs write it: 'Formatted as Y-m-d H:i:s' (lock), e.g. "2016-10-12 12:01:30" (no time
    zone). """
    deleted_at: None | str
    """ A date and time (Y-m-d H:i:s), or none: the docs write none as null ("deleted_at": null) and as an empty
    string ("deleted_at": "", "lastContentChange": ""). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        title = self.title

        status = self.status

        show_page_numbers = self.show_page_numbers.value

        editor_preview = self.editor_preview.value

        page_count = self.page_count

        last_content_change: None | str
        last_content_change = self.last_content_change

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at: None | str
        deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "status": status,
                "showPageNumbers": show_page_numbers,
                "editorPreview": editor_preview,
                "pageCount": page_count,
                "lastContentChange": last_content_change,
                "created_at": created_at,
                "updated_at": updated_at,
                "deleted_at": deleted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = as_uuid(d.pop("id"))

        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"Magazine.title: expected str, got {type(title).__name__}")

        status = d.pop("status")
        if not isinstance(status, int):
            status = as_int(status, "Magazine.status")

        show_page_numbers = enum_member(MagazineShowPageNumbers, d.pop("showPageNumbers"))

        editor_preview = enum_member(MagazineEditorPreview, d.pop("editorPreview"))

        page_count = d.pop("pageCount")
        if not isinstance(page_count, int):
            page_count = as_int(page_count, "Magazine.pageCount")

        last_content_change: None | str = d.pop("lastContentChange")

        created_at = d.pop("created_at")
        if not isinstance(created_at, str):
            raise TypeError(f"Magazine.created_at: expected str, got {type(created_at).__name__}")

        updated_at = d.pop("updated_at")
        if not isinstance(updated_at, str):
            raise TypeError(f"Magazine.updated_at: expected str, got {type(updated_at).__name__}")

        deleted_at: None | str = d.pop("deleted_at")

        magazine = cls(
            id,
            title,
            status,
            show_page_numbers,
            editor_preview,
            page_count,
            last_content_change,
            created_at,
            updated_at,
            deleted_at,
        )

        magazine.additional_properties = d
        return magazine

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
