from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateArchiveFileBody")


@_attrs_define
class UpdateArchiveFileBody:
    original_name: str | Unset = UNSET
    """ Display name of the file. """
    folder_id: int | Unset = UNSET
    """ Id of the destination folder. """
    labels: list[str] | Unset = UNSET
    """ Array of labels. If labels are provided, the previous stored labels will be deleted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_name = self.original_name

        folder_id = self.folder_id

        labels: list[str] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_name is not UNSET:
            field_dict["original_name"] = original_name
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        original_name = d.pop("original_name", UNSET)
        if original_name is not UNSET and not isinstance(original_name, str):
            raise TypeError(f"UpdateArchiveFileBody.original_name: expected str, got {type(original_name).__name__}")

        folder_id = d.pop("folder_id", UNSET)
        if folder_id is not UNSET and not isinstance(folder_id, int):
            folder_id = as_int(folder_id, "UpdateArchiveFileBody.folder_id")

        labels: list[str] | Unset = d.pop("labels", UNSET)
        if labels is not UNSET:
            if not isinstance(labels, list):
                raise TypeError("UpdateArchiveFileBody.labels: expected a list of str")
            for labels_item in labels:
                if not (isinstance(labels_item, str)):
                    raise TypeError("UpdateArchiveFileBody.labels: expected a list of str")

        update_archive_file_body = cls(
            original_name,
            folder_id,
            labels,
        )

        update_archive_file_body.additional_properties = d
        return update_archive_file_body

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
