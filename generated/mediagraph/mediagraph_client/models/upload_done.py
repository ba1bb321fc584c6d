from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadDone")


@_attrs_define
class UploadDone:
    id: int
    assets_count: int
    done: bool
    unsubmitted_assets_count: int | Unset = UNSET
    all_requirements_met: bool | Unset = UNSET
    done_at: datetime.datetime | None | Unset = UNSET
    tag_suggesters_met: bool | Unset = UNSET
    unmet_tag_suggester_ids: list[int] | Unset = UNSET
    rights_packages_met: bool | Unset = UNSET
    creator_tags_met: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        assets_count = self.assets_count

        done = self.done

        unsubmitted_assets_count = self.unsubmitted_assets_count

        all_requirements_met = self.all_requirements_met

        done_at: None | str | Unset
        if isinstance(self.done_at, Unset):
            done_at = UNSET
        elif isinstance(self.done_at, datetime.datetime):
            done_at = self.done_at.isoformat()
        else:
            done_at = self.done_at

        tag_suggesters_met = self.tag_suggesters_met

        unmet_tag_suggester_ids: list[int] | Unset = UNSET
        if not isinstance(self.unmet_tag_suggester_ids, Unset):
            unmet_tag_suggester_ids = self.unmet_tag_suggester_ids

        rights_packages_met = self.rights_packages_met

        creator_tags_met = self.creator_tags_met

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "assets_count": assets_count,
                "done": done,
            }
        )
        if unsubmitted_assets_count is not UNSET:
            field_dict["unsubmitted_assets_count"] = unsubmitted_assets_count
        if all_requirements_met is not UNSET:
            field_dict["all_requirements_met"] = all_requirements_met
        if done_at is not UNSET:
            field_dict["done_at"] = done_at
        if tag_suggesters_met is not UNSET:
            field_dict["tag_suggesters_met"] = tag_suggesters_met
        if unmet_tag_suggester_ids is not UNSET:
            field_dict["unmet_tag_suggester_ids"] = unmet_tag_suggester_ids
        if rights_packages_met is not UNSET:
            field_dict["rights_packages_met"] = rights_packages_met
        if creator_tags_met is not UNSET:
            field_dict["creator_tags_met"] = creator_tags_met

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "UploadDone.id")

        assets_count = d.pop("assets_count")
        if not isinstance(assets_count, int):
            assets_count = as_int(assets_count, "UploadDone.assets_count")

        done = d.pop("done")
        if not isinstance(done, bool):
            raise TypeError(f"UploadDone.done: expected bool, got {type(done).__name__}")

        unsubmitted_assets_count = d.pop("unsubmitted_assets_count", UNSET)
        if unsubmitted_assets_count is not UNSET and not isinstance(unsubmitted_assets_count, int):
            unsubmitted_assets_count = as_int(unsubmitted_assets_count, "UploadDone.unsubmitted_assets_count")

        all_requirements_met = d.pop("all_requirements_met", UNSET)
        if all_requirements_met is not UNSET and not isinstance(all_requirements_met, bool):
            raise TypeError(
                f"UploadDone.all_requirements_met: expected bool, got {type(all_requirements_met).__name__}"
            )

        done_at: datetime.datetime | None | Unset = d.pop("done_at", UNSET)
        if done_at is not UNSET and isinstance(done_at, str):
            try:
                done_at_type_0 = datetime.datetime.fromisoformat(done_at)

                done_at = done_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        tag_suggesters_met = d.pop("tag_suggesters_met", UNSET)
        if tag_suggesters_met is not UNSET and not isinstance(tag_suggesters_met, bool):
            raise TypeError(f"UploadDone.tag_suggesters_met: expected bool, got {type(tag_suggesters_met).__name__}")

        unmet_tag_suggester_ids: list[int] | Unset = d.pop("unmet_tag_suggester_ids", UNSET)
        if unmet_tag_suggester_ids is not UNSET:
            if not isinstance(unmet_tag_suggester_ids, list):
                raise TypeError("UploadDone.unmet_tag_suggester_ids: expected a list of int")
            for unmet_tag_suggester_ids_item in unmet_tag_suggester_ids:
                if not (
                    isinstance(unmet_tag_suggester_ids_item, int)
                    or (isinstance(unmet_tag_suggester_ids_item, float) and unmet_tag_suggester_ids_item.is_integer())
                ):
                    raise TypeError("UploadDone.unmet_tag_suggester_ids: expected a list of int")

        rights_packages_met = d.pop("rights_packages_met", UNSET)
        if rights_packages_met is not UNSET and not isinstance(rights_packages_met, bool):
            raise TypeError(f"UploadDone.rights_packages_met: expected bool, got {type(rights_packages_met).__name__}")

        creator_tags_met = d.pop("creator_tags_met", UNSET)
        if creator_tags_met is not UNSET and not isinstance(creator_tags_met, bool):
            raise TypeError(f"UploadDone.creator_tags_met: expected bool, got {type(creator_tags_met).__name__}")

        upload_done = cls(
            id,
            assets_count,
            done,
            unsubmitted_assets_count,
            all_requirements_met,
            done_at,
            tag_suggesters_met,
            unmet_tag_suggester_ids,
            rights_packages_met,
            creator_tags_met,
        )

        upload_done.additional_properties = d
        return upload_done

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
