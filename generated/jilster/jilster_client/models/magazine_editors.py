from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MagazineEditors")


@_attrs_define
class MagazineEditors:
    """Who edits a magazine: its chief editor, co-chief editors and editors.

    Example:
        {'chiefeditor': {'id': 1, 'active': 1, 'email': 'frank.amsterdam@jilster.nl', 'firstName': 'Frank', 'lastName':
            'Amsterdam', 'nickName': 'Frank', 'created_at': '2015-01-01 00:30:00', 'updated_at': '2017-08-30 11:46:24',
            'deleted_at': '2017-08-30 11:46:24'}, 'cochiefeditors': [{'id': 1, 'active': 1, 'email':
            'frank.amsterdam@jilster.nl', 'firstName': 'Frank', 'lastName': 'Amsterdam', 'nickName': 'Frank', 'created_at':
            '2015-01-01 00:30:00', 'updated_at': '2017-08-30 11:46:24', 'deleted_at': '2017-08-30 11:46:24'}], 'editors':
            [{'id': 1, 'active': 1, 'email': 'frank.amsterdam@jilster.nl', 'firstName': 'Frank', 'lastName': 'Amsterdam',
            'nickName': 'Frank', 'created_at': '2015-01-01 00:30:00', 'updated_at': '2017-08-30 11:46:24', 'deleted_at':
            '2017-08-30 11:46:24'}]}

    """

    chiefeditor: None | User
    """ The chief editor (null when none is set, inferred). """
    cochiefeditors: list[User]
    editors: list[User]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chiefeditor: dict[str, Any] | None
        if isinstance(self.chiefeditor, User):
            chiefeditor = self.chiefeditor.to_dict()
        else:
            chiefeditor = self.chiefeditor

        cochiefeditors = []
        for cochiefeditors_item_data in self.cochiefeditors:
            cochiefeditors_item = cochiefeditors_item_data.to_dict()
            cochiefeditors.append(cochiefeditors_item)

        editors = []
        for editors_item_data in self.editors:
            editors_item = editors_item_data.to_dict()
            editors.append(editors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chiefeditor": chiefeditor,
                "cochiefeditors": cochiefeditors,
                "editors": editors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chiefeditor: None | User = d.pop("chiefeditor")
        if isinstance(chiefeditor, dict):
            try:
                chiefeditor_type_0 = User.from_dict(chiefeditor)

                chiefeditor = chiefeditor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        cochiefeditors = []
        _cochiefeditors = d.pop("cochiefeditors")
        for cochiefeditors_item_data in _cochiefeditors:
            cochiefeditors_item = User.from_dict(cochiefeditors_item_data)

            cochiefeditors.append(cochiefeditors_item)

        editors = []
        _editors = d.pop("editors")
        for editors_item_data in _editors:
            editors_item = User.from_dict(editors_item_data)

            editors.append(editors_item)

        magazine_editors = cls(
            chiefeditor,
            cochiefeditors,
            editors,
        )

        magazine_editors.additional_properties = d
        return magazine_editors

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


from ..models.user import User  # noqa: E402
