from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from .. import types
from .._runtime.modelcheck import as_int, as_uuid
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="DocumentUpload")


@_attrs_define
class DocumentUpload:
    """What Upload document takes: the PDF in `file` and the magazine it is for."""

    file: File
    """ The file ('Content-Disposition: form-data; name="file"; filename="<filename>"'). """
    magazine_id: UUID
    """ The magazine the document is for. """
    type_: int | Unset = UNSET
    """ The document type (1 in the example). """

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        magazine_id = str(self.magazine_id)

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "file": file,
                "magazine_id": magazine_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("magazine_id", (None, str(self.magazine_id), "text/plain")))

        if not isinstance(self.type_, Unset):
            files.append(("type", (None, str(self.type_).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        magazine_id = as_uuid(d.pop("magazine_id"))

        type_ = d.pop("type", UNSET)
        if type_ is not UNSET and not isinstance(type_, int):
            type_ = as_int(type_, "DocumentUpload.type")

        document_upload = cls(
            file,
            magazine_id,
            type_,
        )

        return document_upload
