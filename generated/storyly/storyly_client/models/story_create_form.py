from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="StoryCreateForm")


@_attrs_define
class StoryCreateForm:
    """multipart/form-data body of Create a Story: the media `file` and the `data` JSON part."""

    data: StoryCreateData
    """ The `data` part of Create a Story. "Required Body Parameters: story_group_id, title, file." media_url can
    replace the file ("URL of the story image. Required if file is empty"). """
    file: File | Unset = UNSET
    """ The story media (image, GIF or video). Optional when `data.media_url` is given. """

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
        data = StoryCreateData.from_dict(d.pop("data"))

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        story_create_form = cls(
            data,
            file,
        )

        return story_create_form


from ..models.story_create_data import StoryCreateData  # noqa: E402
