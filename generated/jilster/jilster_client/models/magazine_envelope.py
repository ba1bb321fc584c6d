from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MagazineEnvelope")


@_attrs_define
class MagazineEnvelope:
    """The envelope of every answer: `success`, the Magazine in `data`, and a `message`."""

    success: Literal[True]
    """ true: the call succeeded. """
    data: Magazine
    """ A magazine. """
    message: str
    """ What was done, e.g. "Magazine retrieved successfully". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
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

        data = Magazine.from_dict(d.pop("data"))

        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError(f"MagazineEnvelope.message: expected str, got {type(message).__name__}")

        magazine_envelope = cls(
            success,
            data,
            message,
        )

        magazine_envelope.additional_properties = d
        return magazine_envelope

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


from ..models.magazine import Magazine  # noqa: E402
