from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int

T = TypeVar("T", bound="ArchiveFile")


@_attrs_define
class ArchiveFile:
    """A file of the user's archive.

    Example:
        {'type': 'file', 'id': 1, 'name': 'my-file.jpg', 'file': 'https://20_MINUTE_EXPIRE_URL', 'thumbnail':
            'https://20_MINUTE_EXPIRE_URL', 'labels': ['apple', 'tree']}

    """

    type_: Literal["file"]
    """ Always "file". """
    id: int
    """ File id. """
    name: str
    """ Display name of the file. """
    file: str
    """ URL of the file; it expires after 20 minutes. """
    thumbnail: str
    """ URL of a thumbnail of the file; it expires after 20 minutes. """
    labels: list[str]
    """ Labels of the file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        file = self.file

        thumbnail = self.thumbnail

        labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "name": name,
                "file": file,
                "thumbnail": thumbnail,
                "labels": labels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["file"], d.pop("type"))
        if type_ != "file":
            raise ValueError(f"type must match const 'file', got '{type_}'")

        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "ArchiveFile.id")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"ArchiveFile.name: expected str, got {type(name).__name__}")

        file = d.pop("file")
        if not isinstance(file, str):
            raise TypeError(f"ArchiveFile.file: expected str, got {type(file).__name__}")

        thumbnail = d.pop("thumbnail")
        if not isinstance(thumbnail, str):
            raise TypeError(f"ArchiveFile.thumbnail: expected str, got {type(thumbnail).__name__}")

        labels: list[str] = d.pop("labels")
        if not isinstance(labels, list):
            raise TypeError("ArchiveFile.labels: expected a list of str")
        for labels_item in labels:
            if not (isinstance(labels_item, str)):
                raise TypeError("ArchiveFile.labels: expected a list of str")

        archive_file = cls(
            type_,
            id,
            name,
            file,
            thumbnail,
            labels,
        )

        archive_file.additional_properties = d
        return archive_file

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
