from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, as_uuid, enum_member
from ..models.document_active import DocumentActive

T = TypeVar("T", bound="Document")


@_attrs_define
class Document:
    """A PDF document uploaded into a magazine.

    Example:
        {'id': 63, 'magazine_id': '03542544-8332-11e7-9332-080027c30a85', 'active': 1, 'type': 1, 'fileName':
            '5ba087a2-8d63-11e7-8166-080027c30a85.pdf', 'urlThumbnail': 'https://s3-eu-west-
            1.amazonaws.com/php.jilster.nl/production_pdfdocuments/03542544-8332-11e7-9332-080027c30a85/thumbnails/5bfa494a-
            8d63-11e7-93ed-080027c30a85.png', 'urlFullsize': 'https://s3-eu-west-
            1.amazonaws.com/php.jilster.nl/production_pdfdocuments/03542544-8332-11e7-9332-080027c30a85/fullsize/5bfa494a-
            8d63-11e7-93ed-080027c30a85.png', 'urlHighres': 'https://s3-eu-west-
            1.amazonaws.com/php.jilster.nl/production_pdfdocuments/03542544-8332-11e7-9332-080027c30a85/pages/5bfa494a-8d63-
            11e7-93ed-080027c30a85.png', 'created_at': '2017-08-30 11:12:34', 'updated_at': '2017-08-30 11:12:34',
            'deleted_at': ''}

    """

    id: int
    magazine_id: UUID
    """ The magazine the document belongs to. """
    active: DocumentActive
    """ 1 when active, 0 when not (inferred from the examples, which show 1). """
    type_: int
    """ The document type (1 in the example). """
    file_name: str
    """ The stored file's name. """
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

        magazine_id = str(self.magazine_id)

        active = self.active.value

        type_ = self.type_

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
                "magazine_id": magazine_id,
                "active": active,
                "type": type_,
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
            id = as_int(id, "Document.id")

        magazine_id = as_uuid(d.pop("magazine_id"))

        active = enum_member(DocumentActive, d.pop("active"))

        type_ = d.pop("type")
        if not isinstance(type_, int):
            type_ = as_int(type_, "Document.type")

        file_name = d.pop("fileName")
        if not isinstance(file_name, str):
            raise TypeError(f"Document.fileName: expected str, got {type(file_name).__name__}")

        url_thumbnail = d.pop("urlThumbnail")
        if not isinstance(url_thumbnail, str):
            raise TypeError(f"Document.urlThumbnail: expected str, got {type(url_thumbnail).__name__}")

        url_fullsize = d.pop("urlFullsize")
        if not isinstance(url_fullsize, str):
            raise TypeError(f"Document.urlFullsize: expected str, got {type(url_fullsize).__name__}")

        url_highres = d.pop("urlHighres")
        if not isinstance(url_highres, str):
            raise TypeError(f"Document.urlHighres: expected str, got {type(url_highres).__name__}")

        created_at = d.pop("created_at")
        if not isinstance(created_at, str):
            raise TypeError(f"Document.created_at: expected str, got {type(created_at).__name__}")

        updated_at = d.pop("updated_at")
        if not isinstance(updated_at, str):
            raise TypeError(f"Document.updated_at: expected str, got {type(updated_at).__name__}")

        deleted_at: None | str = d.pop("deleted_at")

        document = cls(
            id,
            magazine_id,
            active,
            type_,
            file_name,
            url_thumbnail,
            url_fullsize,
            url_highres,
            created_at,
            updated_at,
            deleted_at,
        )

        document.additional_properties = d
        return document

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
