from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from .._runtime.modelcheck import as_int
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="ShapeUpload")


@_attrs_define
class ShapeUpload:
    """What Upload shape takes: the SVG in `file` and its directory."""

    file: File
    """ The file ('Content-Disposition: form-data; name="file"; filename="<filename>"'). """
    shapedirectory_id: int
    """ The shape directory to put the shape in. """
    type_: str | Unset = UNSET
    """ The shape type ("polygon"). """

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        shapedirectory_id = self.shapedirectory_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
                "shapedirectory_id": shapedirectory_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("shapedirectory_id", (None, str(self.shapedirectory_id).encode(), "text/plain")))

        if not isinstance(self.type_, Unset):
            files.append(("type", (None, str(self.type_).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        shapedirectory_id = d.pop("shapedirectory_id")
        if not isinstance(shapedirectory_id, int):
            shapedirectory_id = as_int(shapedirectory_id, "ShapeUpload.shapedirectory_id")

        type_ = d.pop("type", UNSET)
        if type_ is not UNSET and not isinstance(type_, str):
            raise TypeError(f"ShapeUpload.type: expected str, got {type(type_).__name__}")

        shape_upload = cls(
            file,
            shapedirectory_id,
            type_,
        )

        return shape_upload
