from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import types
from .._runtime.modelcheck import as_int
from ..types import File

T = TypeVar("T", bound="ImageUpload")


@_attrs_define
class ImageUpload:
    """What Upload image takes: the image in `file` and its directory."""

    file: File
    """ The file ('Content-Disposition: form-data; name="file"; filename="<filename>"'). """
    imagedirectory_id: int
    """ The image directory to put the image in. """

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        imagedirectory_id = self.imagedirectory_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
                "imagedirectory_id": imagedirectory_id,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("imagedirectory_id", (None, str(self.imagedirectory_id).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        imagedirectory_id = d.pop("imagedirectory_id")
        if not isinstance(imagedirectory_id, int):
            imagedirectory_id = as_int(imagedirectory_id, "ImageUpload.imagedirectory_id")

        image_upload = cls(
            file,
            imagedirectory_id,
        )

        return image_upload
