from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.storage_folder_input_publish_type import StorageFolderInputPublishType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageFolderInput")


@_attrs_define
class StorageFolderInput:
    name: str
    """ Storage folder name """
    description: str | Unset = UNSET
    """ Storage folder description """
    parent_id: int | Unset = UNSET
    """ Another Storage Folder ID, blank if top-level. """
    organizer: bool | Unset = UNSET
    """ Set true if the Storage Folder will only hold other Folders, not Assets. """
    publish_type: StorageFolderInputPublishType | Unset = UNSET
    """ For Publish Connections """
    publish_user_name: str | Unset = UNSET
    """ The email of the User to be the manager of the Publish Connection """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        parent_id = self.parent_id

        organizer = self.organizer

        publish_type: str | Unset = UNSET
        if not isinstance(self.publish_type, Unset):
            publish_type = self.publish_type.value

        publish_user_name = self.publish_user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if organizer is not UNSET:
            field_dict["organizer"] = organizer
        if publish_type is not UNSET:
            field_dict["publish_type"] = publish_type
        if publish_user_name is not UNSET:
            field_dict["publish_user_name"] = publish_user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"StorageFolderInput.name: expected str, got {type(name).__name__}")

        description = d.pop("description", UNSET)
        if description is not UNSET and not isinstance(description, str):
            raise TypeError(f"StorageFolderInput.description: expected str, got {type(description).__name__}")

        parent_id = d.pop("parent_id", UNSET)
        if parent_id is not UNSET and not isinstance(parent_id, int):
            parent_id = as_int(parent_id, "StorageFolderInput.parent_id")

        organizer = d.pop("organizer", UNSET)
        if organizer is not UNSET and not isinstance(organizer, bool):
            raise TypeError(f"StorageFolderInput.organizer: expected bool, got {type(organizer).__name__}")

        publish_type: StorageFolderInputPublishType | Unset = d.pop("publish_type", UNSET)
        if publish_type is not UNSET:
            publish_type = enum_member(StorageFolderInputPublishType, publish_type)

        publish_user_name = d.pop("publish_user_name", UNSET)
        if publish_user_name is not UNSET and not isinstance(publish_user_name, str):
            raise TypeError(
                f"StorageFolderInput.publish_user_name: expected str, got {type(publish_user_name).__name__}"
            )

        storage_folder_input = cls(
            name,
            description,
            parent_id,
            organizer,
            publish_type,
            publish_user_name,
        )

        storage_folder_input.additional_properties = d
        return storage_folder_input

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
