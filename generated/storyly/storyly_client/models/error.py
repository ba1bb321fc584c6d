from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """An error answer: what went wrong (`message`), and for invalid requests the messages per field (`errors`).

    Example:
        {'status': 'error', 'message': 'invalid token'}

    """

    message: str
    """ What went wrong. """
    status: str | Unset = UNSET
    """ Outcome of the request, when given (never "ok" on an error). """
    errors: ErrorErrors | Unset = UNSET
    """ Messages per request field (only for invalid requests). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        status = self.status

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError(f"Error.message: expected str, got {type(message).__name__}")

        status = d.pop("status", UNSET)
        if status is not UNSET and not isinstance(status, str):
            raise TypeError(f"Error.status: expected str, got {type(status).__name__}")

        _errors = d.pop("errors", UNSET)
        errors: ErrorErrors | Unset = UNSET if _errors is UNSET else ErrorErrors.from_dict(_errors)

        error = cls(
            message,
            status,
            errors,
        )

        error.additional_properties = d
        return error

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


from ..models.error_errors import ErrorErrors  # noqa: E402
