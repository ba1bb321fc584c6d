from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="AudienceUpdateForm")


@_attrs_define
class AudienceUpdateForm:
    """multipart/form-data body of Update an Audience: an optional new CSV `file` and the `data` JSON part."""

    data: AudienceUpdateData
    """ The `data` part of Update an Audience. "Required Body Parameters: sub_user_id. The audience can be updated
    with name, audience_identifier (inside data) and file." """
    file: File | Unset = UNSET
    """ A new CSV file for the audience (optional). """

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
        data = AudienceUpdateData.from_dict(d.pop("data"))

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        audience_update_form = cls(
            data,
            file,
        )

        return audience_update_form


from ..models.audience_update_data import AudienceUpdateData  # noqa: E402
