from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ShapeListEnvelope")


@_attrs_define
class ShapeListEnvelope:
    """The envelope of every answer: `success`, the list of Shapes in `data`, and a `message`."""

    success: Literal[True]
    """ true: the call succeeded. """
    data: list[Shape]
    message: str
    """ What was done, e.g. "Magazine retrieved successfully". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Shape.from_dict(data_item_data)

            data.append(data_item)

        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError(f"ShapeListEnvelope.message: expected str, got {type(message).__name__}")

        shape_list_envelope = cls(
            success,
            data,
            message,
        )

        shape_list_envelope.additional_properties = d
        return shape_list_envelope

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


from ..models.shape import Shape  # noqa: E402
