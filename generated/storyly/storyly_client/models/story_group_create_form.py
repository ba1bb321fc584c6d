from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="StoryGroupCreateForm")


@_attrs_define
class StoryGroupCreateForm:
    """multipart/form-data body of Create a Story Group: the icon `file` and the `data` JSON part."""

    data: StoryGroupCreateData
    """ The `data` part of Create a Story Group. "Required Body Parameters: app_id, title, file." Instead of file it
    is possible to send media_url inside the data. A story group of type "audience" needs the sub user whose
    audience it uses ("In order to create a story group with type "audience", first, the audience should be created
    for the user through the audience endpoints. sub_user_id can be given to specify which sub user will see the
    story groups."): `sub_user_id` is optional, also with `type: audience`. """
    file: File | Unset = UNSET
    """ The story group icon. Optional when `data.media_url` is given. """

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
        data = StoryGroupCreateData.from_dict(d.pop("data"))

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        story_group_create_form = cls(
            data,
            file,
        )

        return story_group_create_form


from ..models.story_group_create_data import StoryGroupCreateData  # noqa: E402
