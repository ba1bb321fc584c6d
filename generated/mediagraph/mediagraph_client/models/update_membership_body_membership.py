from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import enum_member
from ..models.update_membership_body_membership_role_level import UpdateMembershipBodyMembershipRoleLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateMembershipBodyMembership")


@_attrs_define
class UpdateMembershipBodyMembership:
    role_level: UpdateMembershipBodyMembershipRoleLevel | Unset = UNSET
    """ Membership role level """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_level: str | Unset = UNSET
        if not isinstance(self.role_level, Unset):
            role_level = self.role_level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role_level is not UNSET:
            field_dict["role_level"] = role_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role_level: UpdateMembershipBodyMembershipRoleLevel | Unset = d.pop("role_level", UNSET)
        if role_level is not UNSET:
            role_level = enum_member(UpdateMembershipBodyMembershipRoleLevel, role_level)

        update_membership_body_membership = cls(
            role_level,
        )

        update_membership_body_membership.additional_properties = d
        return update_membership_body_membership

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
