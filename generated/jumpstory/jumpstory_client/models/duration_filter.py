from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import enum_member
from ..models.duration_filter_compare import DurationFilterCompare
from ..types import UNSET, Unset

T = TypeVar("T", bound="DurationFilter")


@_attrs_define
class DurationFilter:
    """Filter on the duration of videos (`duration.value`, `duration.compare`).

    Example:
        {'value': '10-20', 'compare': 'between'}

    """

    value: str | Unset = UNSET
    """ The desired duration to compare against (a range such as "10-20" with `between`). """
    compare: DurationFilterCompare | Unset = UNSET
    """ It can be the following: eq, gt, gte, lt, lte, between. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        compare: str | Unset = UNSET
        if not isinstance(self.compare, Unset):
            compare = self.compare.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if compare is not UNSET:
            field_dict["compare"] = compare

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value", UNSET)
        if value is not UNSET and not isinstance(value, str):
            raise TypeError(f"DurationFilter.value: expected str, got {type(value).__name__}")

        compare: DurationFilterCompare | Unset = d.pop("compare", UNSET)
        if compare is not UNSET:
            compare = enum_member(DurationFilterCompare, compare)

        duration_filter = cls(
            value,
            compare,
        )

        duration_filter.additional_properties = d
        return duration_filter

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
