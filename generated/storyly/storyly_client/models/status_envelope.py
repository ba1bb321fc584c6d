from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import enum_member
from ..models.envelope_status import EnvelopeStatus

T = TypeVar("T", bound="StatusEnvelope")


@_attrs_define
class StatusEnvelope:
    """The envelope without data: {"status": "ok", "message": "success"}.

    Example:
        {'status': 'ok', 'message': 'success'}

    """

    status: EnvelopeStatus
    """ Always "ok" on success. """
    message: str
    """ A human-readable outcome, "success". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = enum_member(EnvelopeStatus, d.pop("status"))

        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError(f"StatusEnvelope.message: expected str, got {type(message).__name__}")

        status_envelope = cls(
            status,
            message,
        )

        status_envelope.additional_properties = d
        return status_envelope

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
