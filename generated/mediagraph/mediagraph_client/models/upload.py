from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="Upload")


@_attrs_define
class Upload:
    id: int
    guid: str
    """ The Upload GUID to be used when preparing assets. """
    user_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    aasm_state: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    assets_count: int | Unset = UNSET
    tag_names: list[str] | Unset = UNSET
    default_rights_package_id: int | None | Unset = UNSET
    done: bool | Unset = UNSET
    done_at: datetime.datetime | None | Unset = UNSET
    standalone: bool | Unset = UNSET
    contribution_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        guid = self.guid

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        aasm_state: None | str | Unset
        if isinstance(self.aasm_state, Unset):
            aasm_state = UNSET
        else:
            aasm_state = self.aasm_state

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        assets_count = self.assets_count

        tag_names: list[str] | Unset = UNSET
        if not isinstance(self.tag_names, Unset):
            tag_names = self.tag_names

        default_rights_package_id: int | None | Unset
        if isinstance(self.default_rights_package_id, Unset):
            default_rights_package_id = UNSET
        else:
            default_rights_package_id = self.default_rights_package_id

        done = self.done

        done_at: None | str | Unset
        if isinstance(self.done_at, Unset):
            done_at = UNSET
        elif isinstance(self.done_at, datetime.datetime):
            done_at = self.done_at.isoformat()
        else:
            done_at = self.done_at

        standalone = self.standalone

        contribution_id: int | None | Unset
        if isinstance(self.contribution_id, Unset):
            contribution_id = UNSET
        else:
            contribution_id = self.contribution_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "guid": guid,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if name is not UNSET:
            field_dict["name"] = name
        if note is not UNSET:
            field_dict["note"] = note
        if aasm_state is not UNSET:
            field_dict["aasm_state"] = aasm_state
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if assets_count is not UNSET:
            field_dict["assets_count"] = assets_count
        if tag_names is not UNSET:
            field_dict["tag_names"] = tag_names
        if default_rights_package_id is not UNSET:
            field_dict["default_rights_package_id"] = default_rights_package_id
        if done is not UNSET:
            field_dict["done"] = done
        if done_at is not UNSET:
            field_dict["done_at"] = done_at
        if standalone is not UNSET:
            field_dict["standalone"] = standalone
        if contribution_id is not UNSET:
            field_dict["contribution_id"] = contribution_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "Upload.id")

        guid = d.pop("guid")
        if not isinstance(guid, str):
            raise TypeError(f"Upload.guid: expected str, got {type(guid).__name__}")

        user_id: int | None | Unset = d.pop("user_id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        note: None | str | Unset = d.pop("note", UNSET)

        aasm_state: None | str | Unset = d.pop("aasm_state", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = (
            UNSET if _created_at is UNSET else datetime.datetime.fromisoformat(_created_at)
        )

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = (
            UNSET if _updated_at is UNSET else datetime.datetime.fromisoformat(_updated_at)
        )

        assets_count = d.pop("assets_count", UNSET)
        if assets_count is not UNSET and not isinstance(assets_count, int):
            assets_count = as_int(assets_count, "Upload.assets_count")

        tag_names: list[str] | Unset = d.pop("tag_names", UNSET)
        if tag_names is not UNSET:
            if not isinstance(tag_names, list):
                raise TypeError("Upload.tag_names: expected a list of str")
            for tag_names_item in tag_names:
                if not (isinstance(tag_names_item, str)):
                    raise TypeError("Upload.tag_names: expected a list of str")

        default_rights_package_id: int | None | Unset = d.pop("default_rights_package_id", UNSET)

        done = d.pop("done", UNSET)
        if done is not UNSET and not isinstance(done, bool):
            raise TypeError(f"Upload.done: expected bool, got {type(done).__name__}")

        done_at: datetime.datetime | None | Unset = d.pop("done_at", UNSET)
        if done_at is not UNSET and isinstance(done_at, str):
            try:
                done_at_type_0 = datetime.datetime.fromisoformat(done_at)

                done_at = done_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        standalone = d.pop("standalone", UNSET)
        if standalone is not UNSET and not isinstance(standalone, bool):
            raise TypeError(f"Upload.standalone: expected bool, got {type(standalone).__name__}")

        contribution_id: int | None | Unset = d.pop("contribution_id", UNSET)

        upload = cls(
            id,
            guid,
            user_id,
            name,
            note,
            aasm_state,
            created_at,
            updated_at,
            assets_count,
            tag_names,
            default_rights_package_id,
            done,
            done_at,
            standalone,
            contribution_id,
        )

        upload.additional_properties = d
        return upload

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
