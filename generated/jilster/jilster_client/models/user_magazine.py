from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserMagazine")


@_attrs_define
class UserMagazine:
    """A magazine of a user with its cover (List magazines for a user).

    Example:
        {'magazine': {'id': 'bf98c980-c7f7-4eb7-97d2-26d5baf8771d', 'title': 'Test Magazine', 'status': 1,
            'showPageNumbers': 1, 'editorPreview': 0, 'pageCount': 8, 'lastContentChange': '2016-10-12 12:01:30',
            'created_at': '2016-06-12 12:35:43', 'updated_at': '2016-06-17 21:45:03', 'deleted_at': None}, 'magazineCover':
            {'id': 'e4eaaaf2-d142-11e1-b3e4-080027620cdd', 'magazine_id': 'bf98c980-c7f7-4eb7-97d2-26d5baf8771d', 'number':
            1, 'type': 1, 'status': 1, 'content': '', 'chunkCount': 1, 'chunkVersion': 4, 'urlThumbnail': 'https://s3-eu-wes
            t-1.amazonaws.com/php.jilster.nl/production_pages/bf98c980-c7f7-4eb7-97d2-26d5baf8771d/png_thumbnail/e4eaaaf2-
            d142-11e1-b3e4-080027620cdd.png', 'urlFullsize': 'https://s3-eu-west-
            1.amazonaws.com/php.jilster.nl/production_pages/bf98c980-c7f7-4eb7-97d2-26d5baf8771d/png_fullsize/e4eaaaf2-d142-
            11e1-b3e4-080027620cdd.png', 'created_at': '2017-04-07 23:48:39', 'updated_at': '2017-04-07 23:48:39',
            'deleted_at': None}}

    """

    magazine: Magazine
    """ A magazine. """
    magazine_cover: MagazinePage | None
    """ The cover page; null when there is none (inferred). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        magazine = self.magazine.to_dict()

        magazine_cover: dict[str, Any] | None
        if isinstance(self.magazine_cover, MagazinePage):
            magazine_cover = self.magazine_cover.to_dict()
        else:
            magazine_cover = self.magazine_cover

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "magazine": magazine,
                "magazineCover": magazine_cover,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        magazine = Magazine.from_dict(d.pop("magazine"))

        magazine_cover: MagazinePage | None = d.pop("magazineCover")
        if isinstance(magazine_cover, dict):
            try:
                magazine_cover_type_0 = MagazinePage.from_dict(magazine_cover)

                magazine_cover = magazine_cover_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        user_magazine = cls(
            magazine,
            magazine_cover,
        )

        user_magazine.additional_properties = d
        return user_magazine

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


from ..models.magazine import Magazine  # noqa: E402
from ..models.magazine_page import MagazinePage  # noqa: E402
