from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageFolderChanges")


@_attrs_define
class StorageFolderChanges:
    """The fields of Create Storage Folder, none required."""

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    parent_id: int | Unset = UNSET
    organizer: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        parent_id = self.parent_id

        organizer = self.organizer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if organizer is not UNSET:
            field_dict["organizer"] = organizer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is not UNSET and not isinstance(name, str):
            raise TypeError(f"StorageFolderChanges.name: expected str, got {type(name).__name__}")

        description = d.pop("description", UNSET)
        if description is not UNSET and not isinstance(description, str):
            raise TypeError(f"StorageFolderChanges.description: expected str, got {type(description).__name__}")

        parent_id = d.pop("parent_id", UNSET)
        if parent_id is not UNSET and not isinstance(parent_id, int):
            parent_id = as_int(parent_id, "StorageFolderChanges.parent_id")

        organizer = d.pop("organizer", UNSET)
        if organizer is not UNSET and not isinstance(organizer, bool):
            raise TypeError(f"StorageFolderChanges.organizer: expected bool, got {type(organizer).__name__}")

        storage_folder_changes = cls(
            name,
            description,
            parent_id,
            organizer,
        )

        storage_folder_changes.additional_properties = d
        return storage_folder_changes

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
