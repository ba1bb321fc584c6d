from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetGroupMembership")


@_attrs_define
class AssetGroupMembership:
    id: int
    asset_group_id: int
    asset_id: int
    user_id: int | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    approval_id: int | None | Unset = UNSET
    position: int | None | Unset = UNSET
    last_lightroom_sync_at: None | str | Unset = UNSET
    workflow_step_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        asset_group_id = self.asset_group_id

        asset_id = self.asset_id

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        approval_id: int | None | Unset
        if isinstance(self.approval_id, Unset):
            approval_id = UNSET
        else:
            approval_id = self.approval_id

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        last_lightroom_sync_at: None | str | Unset
        if isinstance(self.last_lightroom_sync_at, Unset):
            last_lightroom_sync_at = UNSET
        else:
            last_lightroom_sync_at = self.last_lightroom_sync_at

        workflow_step_id: int | None | Unset
        if isinstance(self.workflow_step_id, Unset):
            workflow_step_id = UNSET
        else:
            workflow_step_id = self.workflow_step_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "asset_group_id": asset_group_id,
                "asset_id": asset_id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if approval_id is not UNSET:
            field_dict["approval_id"] = approval_id
        if position is not UNSET:
            field_dict["position"] = position
        if last_lightroom_sync_at is not UNSET:
            field_dict["last_lightroom_sync_at"] = last_lightroom_sync_at
        if workflow_step_id is not UNSET:
            field_dict["workflow_step_id"] = workflow_step_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "AssetGroupMembership.id")

        asset_group_id = d.pop("asset_group_id")
        if not isinstance(asset_group_id, int):
            asset_group_id = as_int(asset_group_id, "AssetGroupMembership.asset_group_id")

        asset_id = d.pop("asset_id")
        if not isinstance(asset_id, int):
            asset_id = as_int(asset_id, "AssetGroupMembership.asset_id")

        user_id: int | None | Unset = d.pop("user_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = (
            UNSET if _created_at is UNSET else datetime.datetime.fromisoformat(_created_at)
        )

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = (
            UNSET if _updated_at is UNSET else datetime.datetime.fromisoformat(_updated_at)
        )

        approval_id: int | None | Unset = d.pop("approval_id", UNSET)

        position: int | None | Unset = d.pop("position", UNSET)

        last_lightroom_sync_at: None | str | Unset = d.pop("last_lightroom_sync_at", UNSET)

        workflow_step_id: int | None | Unset = d.pop("workflow_step_id", UNSET)

        asset_group_membership = cls(
            id,
            asset_group_id,
            asset_id,
            user_id,
            created_at,
            updated_at,
            approval_id,
            position,
            last_lightroom_sync_at,
            workflow_step_id,
        )

        asset_group_membership.additional_properties = d
        return asset_group_membership

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
