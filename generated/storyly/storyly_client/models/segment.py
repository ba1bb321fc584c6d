from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int

T = TypeVar("T", bound="Segment")


@_attrs_define
class Segment:
    """A segment, a label used to target story groups ("Segment Entity").

    Example:
        {'account_id': 1, 'label': 'label_example', 'is_used': False}

    """

    account_id: int
    """ Account ID the label belongs to. """
    label: str
    """ Label. """
    is_used: bool
    """ Label's usage status (whether a story group's segments use it). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        label = self.label

        is_used = self.is_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "label": label,
                "is_used": is_used,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")
        if not isinstance(account_id, int):
            account_id = as_int(account_id, "Segment.account_id")

        label = d.pop("label")
        if not isinstance(label, str):
            raise TypeError(f"Segment.label: expected str, got {type(label).__name__}")

        is_used = d.pop("is_used")
        if not isinstance(is_used, bool):
            raise TypeError(f"Segment.is_used: expected bool, got {type(is_used).__name__}")

        segment = cls(
            account_id,
            label,
            is_used,
        )

        segment.additional_properties = d
        return segment

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
