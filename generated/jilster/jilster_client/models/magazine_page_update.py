from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MagazinePageUpdate")


@_attrs_define
class MagazinePageUpdate:
    """What Update magazinepage changes; each change of the content is kept as a version that Restore can bring back.

    Example:
        {'status': 1, 'content': '', 'chunkCount': 1, 'chunkVersion': 4}

    """

    status: int | Unset = UNSET
    content: str | Unset = UNSET
    chunk_count: int | Unset = UNSET
    chunk_version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        content = self.content

        chunk_count = self.chunk_count

        chunk_version = self.chunk_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if content is not UNSET:
            field_dict["content"] = content
        if chunk_count is not UNSET:
            field_dict["chunkCount"] = chunk_count
        if chunk_version is not UNSET:
            field_dict["chunkVersion"] = chunk_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        content = d.pop("content", UNSET)

        chunk_count = d.pop("chunkCount", UNSET)

        chunk_version = d.pop("chunkVersion", UNSET)

        magazine_page_update = cls(
            status=status,
            content=content,
            chunk_count=chunk_count,
            chunk_version=chunk_version,
        )

        magazine_page_update.additional_properties = d
        return magazine_page_update

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
