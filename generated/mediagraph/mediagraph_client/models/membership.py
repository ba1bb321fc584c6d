from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.membership_aasm_state import MembershipAasmState
from ..models.membership_role_level import MembershipRoleLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="Membership")


@_attrs_define
class Membership:
    id: int
    organization_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    aasm_state: MembershipAasmState | Unset = UNSET
    role_level: MembershipRoleLevel | Unset = UNSET
    role_level_name: str | Unset = UNSET
    username: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    initials: None | str | Unset = UNSET
    is_owner: bool | Unset = UNSET
    last_login_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user_group_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        user_id = self.user_id

        aasm_state: str | Unset = UNSET
        if not isinstance(self.aasm_state, Unset):
            aasm_state = self.aasm_state.value

        role_level: str | Unset = UNSET
        if not isinstance(self.role_level, Unset):
            role_level = self.role_level.value

        role_level_name = self.role_level_name

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        initials: None | str | Unset
        if isinstance(self.initials, Unset):
            initials = UNSET
        else:
            initials = self.initials

        is_owner = self.is_owner

        last_login_at: None | str | Unset
        if isinstance(self.last_login_at, Unset):
            last_login_at = UNSET
        elif isinstance(self.last_login_at, datetime.datetime):
            last_login_at = self.last_login_at.isoformat()
        else:
            last_login_at = self.last_login_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        user_group_ids: list[int] | Unset = UNSET
        if not isinstance(self.user_group_ids, Unset):
            user_group_ids = self.user_group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if aasm_state is not UNSET:
            field_dict["aasm_state"] = aasm_state
        if role_level is not UNSET:
            field_dict["role_level"] = role_level
        if role_level_name is not UNSET:
            field_dict["role_level_name"] = role_level_name
        if username is not UNSET:
            field_dict["username"] = username
        if title is not UNSET:
            field_dict["title"] = title
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if initials is not UNSET:
            field_dict["initials"] = initials
        if is_owner is not UNSET:
            field_dict["is_owner"] = is_owner
        if last_login_at is not UNSET:
            field_dict["last_login_at"] = last_login_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_group_ids is not UNSET:
            field_dict["user_group_ids"] = user_group_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "Membership.id")

        organization_id = d.pop("organization_id", UNSET)
        if organization_id is not UNSET and not isinstance(organization_id, int):
            organization_id = as_int(organization_id, "Membership.organization_id")

        user_id = d.pop("user_id", UNSET)
        if user_id is not UNSET and not isinstance(user_id, int):
            user_id = as_int(user_id, "Membership.user_id")

        aasm_state: MembershipAasmState | Unset = d.pop("aasm_state", UNSET)
        if aasm_state is not UNSET:
            aasm_state = enum_member(MembershipAasmState, aasm_state)

        role_level: MembershipRoleLevel | Unset = d.pop("role_level", UNSET)
        if role_level is not UNSET:
            role_level = enum_member(MembershipRoleLevel, role_level)

        role_level_name = d.pop("role_level_name", UNSET)
        if role_level_name is not UNSET and not isinstance(role_level_name, str):
            raise TypeError(f"Membership.role_level_name: expected str, got {type(role_level_name).__name__}")

        username: None | str | Unset = d.pop("username", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        initials: None | str | Unset = d.pop("initials", UNSET)

        is_owner = d.pop("is_owner", UNSET)
        if is_owner is not UNSET and not isinstance(is_owner, bool):
            raise TypeError(f"Membership.is_owner: expected bool, got {type(is_owner).__name__}")

        last_login_at: datetime.datetime | None | Unset = d.pop("last_login_at", UNSET)
        if last_login_at is not UNSET and isinstance(last_login_at, str):
            try:
                last_login_at_type_0 = datetime.datetime.fromisoformat(last_login_at)

                last_login_at = last_login_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = (
            UNSET if _created_at is UNSET else datetime.datetime.fromisoformat(_created_at)
        )

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = (
            UNSET if _updated_at is UNSET else datetime.datetime.fromisoformat(_updated_at)
        )

        user_group_ids: list[int] | Unset = d.pop("user_group_ids", UNSET)
        if user_group_ids is not UNSET:
            if not isinstance(user_group_ids, list):
                raise TypeError("Membership.user_group_ids: expected a list of int")
            for user_group_ids_item in user_group_ids:
                if not (
                    isinstance(user_group_ids_item, int)
                    or (isinstance(user_group_ids_item, float) and user_group_ids_item.is_integer())
                ):
                    raise TypeError("Membership.user_group_ids: expected a list of int")

        membership = cls(
            id,
            organization_id,
            user_id,
            aasm_state,
            role_level,
            role_level_name,
            username,
            title,
            name,
            email,
            initials,
            is_owner,
            last_login_at,
            created_at,
            updated_at,
            user_group_ids,
        )

        membership.additional_properties = d
        return membership

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
