from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int

T = TypeVar("T", bound="ArchiveFolder")


@_attrs_define
class ArchiveFolder:
    """A folder of the user's archive with the files in it.

    Example:
        {'type': 'folder', 'id': 7, 'name': 'Retired foxes', 'files': [{'id': 1, 'name': 'my-file.jpg', 'file':
            'https://20_MINUTE_EXPIRE_URL', 'thumbnail': 'https://20_MINUTE_EXPIRE_URL', 'labels': ['apple', 'tree']},
            {'id': 2, 'name': 'jumpstory-download20200324-124921.jpg', 'file': 'https://20_MINUTE_EXPIRE_URL', 'thumbnail':
            'https://20_MINUTE_EXPIRE_URL', 'labels': ['snow', 'rabbits']}]}

    """

    type_: Literal["folder"]
    """ Always "folder". """
    id: int
    """ Folder id. """
    name: str
    """ Display name of the folder. """
    files: list[ArchiveFolderFile]
    """ The files in the folder. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "name": name,
                "files": files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["folder"], d.pop("type"))
        if type_ != "folder":
            raise ValueError(f"type must match const 'folder', got '{type_}'")

        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "ArchiveFolder.id")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"ArchiveFolder.name: expected str, got {type(name).__name__}")

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = ArchiveFolderFile.from_dict(files_item_data)

            files.append(files_item)

        archive_folder = cls(
            type_,
            id,
            name,
            files,
        )

        archive_folder.additional_properties = d
        return archive_folder

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


from ..models.archive_folder_file import ArchiveFolderFile  # noqa: E402
