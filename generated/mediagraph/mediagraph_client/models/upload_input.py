from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadInput")


@_attrs_define
class UploadInput:
    name: str | Unset = UNSET
    """ Upload name """
    note: str | Unset = UNSET
    """ Upload note """
    default_rights_package_id: int | Unset = UNSET
    """ Upload default rights package """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        note = self.note

        default_rights_package_id = self.default_rights_package_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if note is not UNSET:
            field_dict["note"] = note
        if default_rights_package_id is not UNSET:
            field_dict["default_rights_package_id"] = default_rights_package_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is not UNSET and not isinstance(name, str):
            raise TypeError(f"UploadInput.name: expected str, got {type(name).__name__}")

        note = d.pop("note", UNSET)
        if note is not UNSET and not isinstance(note, str):
            raise TypeError(f"UploadInput.note: expected str, got {type(note).__name__}")

        default_rights_package_id = d.pop("default_rights_package_id", UNSET)
        if default_rights_package_id is not UNSET and not isinstance(default_rights_package_id, int):
            default_rights_package_id = as_int(default_rights_package_id, "UploadInput.default_rights_package_id")

        upload_input = cls(
            name,
            note,
            default_rights_package_id,
        )

        upload_input.additional_properties = d
        return upload_input

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
