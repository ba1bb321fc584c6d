from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_int
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

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        content = self.content

        chunk_count = self.chunk_count

        chunk_version = self.chunk_version

        field_dict: dict[str, Any] = {}

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
        if status is not UNSET and not isinstance(status, int):
            status = as_int(status, "MagazinePageUpdate.status")

        content = d.pop("content", UNSET)
        if content is not UNSET and not isinstance(content, str):
            raise TypeError(f"MagazinePageUpdate.content: expected str, got {type(content).__name__}")

        chunk_count = d.pop("chunkCount", UNSET)
        if chunk_count is not UNSET and not isinstance(chunk_count, int):
            chunk_count = as_int(chunk_count, "MagazinePageUpdate.chunkCount")

        chunk_version = d.pop("chunkVersion", UNSET)
        if chunk_version is not UNSET and not isinstance(chunk_version, int):
            chunk_version = as_int(chunk_version, "MagazinePageUpdate.chunkVersion")

        magazine_page_update = cls(
            status,
            content,
            chunk_count,
            chunk_version,
        )

        return magazine_page_update
