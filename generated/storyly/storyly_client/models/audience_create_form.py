from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import File

if TYPE_CHECKING:
    from ..models.audience_create_data import AudienceCreateData


T = TypeVar("T", bound="AudienceCreateForm")


@_attrs_define
class AudienceCreateForm:
    """multipart/form-data body of Create an Audience: the CSV `file` and the `data` JSON part."""

    file: File
    """ CSV file holding the audience information of the sub user. """
    data: AudienceCreateData
    """ The `data` part of Create an Audience. "Required Body Parameters: sub_user_id, name, audience_identifier
    (inside data) and file." """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audience_create_data import AudienceCreateData  # noqa: PLC0415

        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        data = AudienceCreateData.from_dict(d.pop("data"))

        audience_create_form = cls(
            file=file,
            data=data,
        )

        audience_create_form.additional_properties = d
        return audience_create_form

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
