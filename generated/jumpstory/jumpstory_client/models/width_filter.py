from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.width_filter_compare import WidthFilterCompare
from ..types import UNSET, Unset

T = TypeVar("T", bound="WidthFilter")


@_attrs_define
class WidthFilter:
    """Filter on the width of the assets (`width.value`, `width.compare`).

    Example:
        {'value': 1920, 'compare': 'eq'}

    """

    value: int | Unset = UNSET
    """ The desired width to compare against. """
    compare: WidthFilterCompare | Unset = UNSET
    """ It can be the following: eq, gt, gte, lt, lte. """
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
        if value is not UNSET and not isinstance(value, int):
            value = as_int(value, "WidthFilter.value")

        compare: WidthFilterCompare | Unset = d.pop("compare", UNSET)
        if compare is not UNSET:
            compare = enum_member(WidthFilterCompare, compare)

        width_filter = cls(
            value,
            compare,
        )

        width_filter.additional_properties = d
        return width_filter

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
