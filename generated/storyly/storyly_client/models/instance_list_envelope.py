from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import enum_member
from ..models.envelope_status import EnvelopeStatus

T = TypeVar("T", bound="InstanceListEnvelope")


@_attrs_define
class InstanceListEnvelope:
    """The envelope of List Storyly Instances."""

    status: EnvelopeStatus
    """ Always "ok" on success. """
    message: str
    """ A human-readable outcome, "success". """
    data: list[Instance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        message = self.message

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = enum_member(EnvelopeStatus, d.pop("status"))

        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError(f"InstanceListEnvelope.message: expected str, got {type(message).__name__}")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Instance.from_dict(data_item_data)

            data.append(data_item)

        instance_list_envelope = cls(
            status,
            message,
            data,
        )

        instance_list_envelope.additional_properties = d
        return instance_list_envelope

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


from ..models.instance import Instance  # noqa: E402
