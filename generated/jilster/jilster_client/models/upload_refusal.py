from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from .._runtime.modelcheck import enum_member
from ..models.upload_refusal_message import UploadRefusalMessage

T = TypeVar("T", bound="UploadRefusal")


@_attrs_define
class UploadRefusal:
    """An upload the API refused, answered as a success: {"success": true, "message": "Invalid filetype"} or "Invalid
    filesize" (sic: the docs' examples say `true`).

        Example:
            {'success': True, 'message': 'Invalid filetype'}

    """

    success: Literal[True]
    """ true, although the upload was refused. """
    message: UploadRefusalMessage
    """ Why the file was refused. """

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = cast(Literal[True], d.pop("success"))
        if success != True:
            raise ValueError(f"success must match const True, got '{success}'")

        message = enum_member(UploadRefusalMessage, d.pop("message"))

        upload_refusal = cls(
            success,
            message,
        )

        return upload_refusal
