from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="StoryUpdateForm")


@_attrs_define
class StoryUpdateForm:
    """multipart/form-data body of Update a Specific Story: optional new media `file` and the `data` JSON part."""

    data: StoryUpdateData
    """ The `data` part of Update a Specific Story. "Required Body Parameters: story_id, story_group_id". """
    file: File | Unset = UNSET
    """ New story media (optional). """

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("data", (None, json.dumps(self.data.to_dict()).encode(), "application/json")))

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = StoryUpdateData.from_dict(d.pop("data"))

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        story_update_form = cls(
            data,
            file,
        )

        return story_update_form


from ..models.story_update_data import StoryUpdateData  # noqa: E402
