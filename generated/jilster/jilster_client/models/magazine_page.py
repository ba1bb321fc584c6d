from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, as_uuid

T = TypeVar("T", bound="MagazinePage")


@_attrs_define
class MagazinePage:
    """A page of a magazine.

    Example:
        {'id': 'e4eaaaf2-d142-11e1-b3e4-080027620cdd', 'magazine_id': 'bf98c980-c7f7-4eb7-97d2-26d5baf8771d', 'number':
            1, 'type': 1, 'status': 1, 'content': '', 'chunkCount': 1, 'chunkVersion': 4, 'urlThumbnail': 'https://s3-eu-wes
            t-1.amazonaws.com/php.jilster.nl/production_pages/bf98c980-c7f7-4eb7-97d2-26d5baf8771d/png_thumbnail/e4eaaaf2-
            d142-11e1-b3e4-080027620cdd.png', 'urlFullsize': 'https://s3-eu-west-
            1.amazonaws.com/php.jilster.nl/production_pages/bf98c980-c7f7-4eb7-97d2-26d5baf8771d/png_fullsize/e4eaaaf2-d142-
            11e1-b3e4-080027620cdd.png', 'created_at': '2017-04-07 23:48:39', 'updated_at': '2017-04-07 23:48:39',
            'deleted_at': None}

    """

    id: UUID
    """ The page's id (a UUID). """
    magazine_id: UUID
    """ The magazine the page belongs to. """
    number: int
    """ The page number (1 is the cover). """
    type_: int
    """ The page type (1 in the examples; the values are not documented). """
    status: int
    """ The status of the magazinepage. """
    content: str
    """ The page content (empty in the examples). """
    chunk_count: int
    """ The number of chunks the content is stored in. """
    chunk_version: int
    """ The version of the content's chunks. """
    url_thumbnail: str
    """ URL of the page's thumbnail (PNG). """
    url_fullsize: str
    """ URL of the page's full-size image (PNG). """
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

        magazine_id = str(self.magazine_id)

        number = self.number

        type_ = self.type_

        status = self.status

        content = self.content

        chunk_count = self.chunk_count

        chunk_version = self.chunk_version

        url_thumbnail = self.url_thumbnail

        url_fullsize = self.url_fullsize

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
                "number": number,
                "type": type_,
                "status": status,
                "content": content,
                "chunkCount": chunk_count,
                "chunkVersion": chunk_version,
                "urlThumbnail": url_thumbnail,
                "urlFullsize": url_fullsize,
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

        magazine_id = as_uuid(d.pop("magazine_id"))

        number = d.pop("number")
        if not isinstance(number, int):
            number = as_int(number, "MagazinePage.number")

        type_ = d.pop("type")
        if not isinstance(type_, int):
            type_ = as_int(type_, "MagazinePage.type")

        status = d.pop("status")
        if not isinstance(status, int):
            status = as_int(status, "MagazinePage.status")

        content = d.pop("content")
        if not isinstance(content, str):
            raise TypeError(f"MagazinePage.content: expected str, got {type(content).__name__}")

        chunk_count = d.pop("chunkCount")
        if not isinstance(chunk_count, int):
            chunk_count = as_int(chunk_count, "MagazinePage.chunkCount")

        chunk_version = d.pop("chunkVersion")
        if not isinstance(chunk_version, int):
            chunk_version = as_int(chunk_version, "MagazinePage.chunkVersion")

        url_thumbnail = d.pop("urlThumbnail")
        if not isinstance(url_thumbnail, str):
            raise TypeError(f"MagazinePage.urlThumbnail: expected str, got {type(url_thumbnail).__name__}")

        url_fullsize = d.pop("urlFullsize")
        if not isinstance(url_fullsize, str):
            raise TypeError(f"MagazinePage.urlFullsize: expected str, got {type(url_fullsize).__name__}")

        created_at = d.pop("created_at")
        if not isinstance(created_at, str):
            raise TypeError(f"MagazinePage.created_at: expected str, got {type(created_at).__name__}")

        updated_at = d.pop("updated_at")
        if not isinstance(updated_at, str):
            raise TypeError(f"MagazinePage.updated_at: expected str, got {type(updated_at).__name__}")

        deleted_at: None | str = d.pop("deleted_at")

        magazine_page = cls(
            id,
            magazine_id,
            number,
            type_,
            status,
            content,
            chunk_count,
            chunk_version,
            url_thumbnail,
            url_fullsize,
            created_at,
            updated_at,
            deleted_at,
        )

        magazine_page.additional_properties = d
        return magazine_page

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
