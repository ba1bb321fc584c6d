from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.document_page_active import DocumentPageActive

T = TypeVar("T", bound="DocumentPage")


@_attrs_define
class DocumentPage:
    """A page of a document, as an image.

    Example:
        {'id': 188, 'document_id': 64, 'active': 1, 'type': 1, 'pageNumber': 1, 'fileName':
            'd34579be-8d6a-11e7-b4b1-080027c30a85.png', 'urlThumbnail': 'https://s3-eu-west-
            1.amazonaws.com/php.jilster.nl/production_pdfdocuments/03542544-8332-11e7-9332-080027c30a85/thumbnails/d34579be-
            8d6a-11e7-b4b1-080027c30a85.png', 'urlFullsize': 'https://s3-eu-west-
            1.amazonaws.com/php.jilster.nl/production_pdfdocuments/03542544-8332-11e7-9332-080027c30a85/fullsize/d34579be-
            8d6a-11e7-b4b1-080027c30a85.png', 'urlHighres': 'https://s3-eu-west-
            1.amazonaws.com/php.jilster.nl/production_pdfdocuments/03542544-8332-11e7-9332-080027c30a85/pages/d34579be-8d6a-
            11e7-b4b1-080027c30a85.png', 'created_at': '2017-08-30 12:06:04', 'updated_at': '2017-08-30 12:06:04',
            'deleted_at': ''}

    """

    id: int
    document_id: int
    active: DocumentPageActive
    """ 1 when active, 0 when not (inferred from the examples, which show 1). """
    type_: int
    page_number: int
    """ The page's number in the document. """
    file_name: str
    url_thumbnail: str
    url_fullsize: str
    url_highres: str
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
        id = self.id

        document_id = self.document_id

        active = self.active.value

        type_ = self.type_

        page_number = self.page_number

        file_name = self.file_name

        url_thumbnail = self.url_thumbnail

        url_fullsize = self.url_fullsize

        url_highres = self.url_highres

        created_at = self.created_at

        updated_at = self.updated_at

        deleted_at: None | str
        deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "document_id": document_id,
                "active": active,
                "type": type_,
                "pageNumber": page_number,
                "fileName": file_name,
                "urlThumbnail": url_thumbnail,
                "urlFullsize": url_fullsize,
                "urlHighres": url_highres,
                "created_at": created_at,
                "updated_at": updated_at,
                "deleted_at": deleted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "DocumentPage.id")

        document_id = d.pop("document_id")
        if not isinstance(document_id, int):
            document_id = as_int(document_id, "DocumentPage.document_id")

        active = enum_member(DocumentPageActive, d.pop("active"))

        type_ = d.pop("type")
        if not isinstance(type_, int):
            type_ = as_int(type_, "DocumentPage.type")

        page_number = d.pop("pageNumber")
        if not isinstance(page_number, int):
            page_number = as_int(page_number, "DocumentPage.pageNumber")

        file_name = d.pop("fileName")
        if not isinstance(file_name, str):
            raise TypeError(f"DocumentPage.fileName: expected str, got {type(file_name).__name__}")

        url_thumbnail = d.pop("urlThumbnail")
        if not isinstance(url_thumbnail, str):
            raise TypeError(f"DocumentPage.urlThumbnail: expected str, got {type(url_thumbnail).__name__}")

        url_fullsize = d.pop("urlFullsize")
        if not isinstance(url_fullsize, str):
            raise TypeError(f"DocumentPage.urlFullsize: expected str, got {type(url_fullsize).__name__}")

        url_highres = d.pop("urlHighres")
        if not isinstance(url_highres, str):
            raise TypeError(f"DocumentPage.urlHighres: expected str, got {type(url_highres).__name__}")

        created_at = d.pop("created_at")
        if not isinstance(created_at, str):
            raise TypeError(f"DocumentPage.created_at: expected str, got {type(created_at).__name__}")

        updated_at = d.pop("updated_at")
        if not isinstance(updated_at, str):
            raise TypeError(f"DocumentPage.updated_at: expected str, got {type(updated_at).__name__}")

        deleted_at: None | str = d.pop("deleted_at")

        document_page = cls(
            id,
            document_id,
            active,
            type_,
            page_number,
            file_name,
            url_thumbnail,
            url_fullsize,
            url_highres,
            created_at,
            updated_at,
            deleted_at,
        )

        document_page.additional_properties = d
        return document_page

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
