from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..types import File

T = TypeVar("T", bound="AudienceCreateForm")


@_attrs_define
class AudienceCreateForm:
    """multipart/form-data body of Create an Audience: the CSV `file` and the `data` JSON part."""

    file: File
    """ CSV file holding the audience information of the sub user. """
    data: AudienceCreateData
    """ The `data` part of Create an Audience. "Required Body Parameters: sub_user_id, name, audience_identifier
    (inside data) and file." """

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
                "data": data,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("data", (None, json.dumps(self.data.to_dict()).encode(), "application/json")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        data = AudienceCreateData.from_dict(d.pop("data"))

        audience_create_form = cls(
            file,
            data,
        )

        return audience_create_form


from ..models.audience_create_data import AudienceCreateData  # noqa: E402
