from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import enum_member
from ..models.segment_rule_type import SegmentRuleType

T = TypeVar("T", bound="SegmentRule")


@_attrs_define
class SegmentRule:
    """One entry of a story group's segments: users with (include) or without (exclude) any of the labels. Entries combine
    with AND, the labels of one entry with OR ("Story Group Segments payload has AND & OR logic").

        Example:
            {'type': 'include', 'labels': ['label1', 'label2']}

    """

    type_: SegmentRuleType
    """ Whether the labels are included or excluded. """
    labels: list[str]
    """ Labels, any of which matches ("should always be string (in quotes)"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "labels": labels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = enum_member(SegmentRuleType, d.pop("type"))

        labels: list[str] = d.pop("labels")
        if not isinstance(labels, list):
            raise TypeError("SegmentRule.labels: expected a list of str")
        for labels_item in labels:
            if not (isinstance(labels_item, str)):
                raise TypeError("SegmentRule.labels: expected a list of str")

        segment_rule = cls(
            type_,
            labels,
        )

        segment_rule.additional_properties = d
        return segment_rule

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
