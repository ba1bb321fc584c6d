from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.modelcheck import enum_member
from ..models.update_membership_status_body_status import UpdateMembershipStatusBodyStatus

T = TypeVar("T", bound="UpdateMembershipStatusBody")


@_attrs_define
class UpdateMembershipStatusBody:
    status: UpdateMembershipStatusBodyStatus
    """ Status """

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = enum_member(UpdateMembershipStatusBodyStatus, d.pop("status"))

        update_membership_status_body = cls(
            status,
        )

        return update_membership_status_body
