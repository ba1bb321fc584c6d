from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, as_uuid, enum_member
from ..models.story_group_status import StoryGroupStatus
from ..models.story_group_type import StoryGroupType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryGroupCreateData")


@_attrs_define
class StoryGroupCreateData:
    """The `data` part of Create a Story Group. "Required Body Parameters: app_id, title, file." Instead of file it is
    possible to send media_url inside the data. A story group of type "audience" needs the sub user whose audience it
    uses ("In order to create a story group with type "audience", first, the audience should be created for the user
    through the audience endpoints. sub_user_id can be given to specify which sub user will see the story groups."):
    `sub_user_id` is optional, also with `type: audience`.

        Example:
            {'title': 'Test Story Group', 'app_id': 1, 'ts_start': '2020-07-09 08:15:00', 'ts_end': None, 'target_cap':
                None, 'click_target_cap': None, 'status': 1, 'segments': None, 'cta_macro': None, 'instagram_import': False}

    """

    title: str
    """ Title of the story group. """
    app_id: int
    """ Internal ID of the app the story group is created in. """
    ts_start: str | Unset = UNSET
    """ A date and time as the docs write it, `YYYY-MM-DD HH:MM:SS` (no time zone). The pattern admits only real
    months, days 01-31, hours 00-23 and minutes and seconds 00-59 (it does not know month lengths), in ASCII digits.
    """
    ts_end: None | str | Unset = UNSET
    """ A date and time (`YYYY-MM-DD HH:MM:SS`), or null for none. The pattern admits only real months, days 01-31,
    hours 00-23 and minutes and seconds 00-59 (it does not know month lengths), in ASCII digits. """
    target_cap: int | None | Unset = UNSET
    """ Target view cap. Story group will be paused when view count reaches cap. """
    click_target_cap: int | None | Unset = UNSET
    """ Clicked target view cap (`clicked_target_cap` of the entity). """
    status: StoryGroupStatus | Unset = UNSET
    """ Status of the story group. Only ACTIVE story groups will be displayed by SDK. Possible values: ACTIVE = 1,
    PASSIVE = 2, CAP_REACHED = 3, END_DATE_REACHED = 4, ARCHIVED = 9 """
    segments: list[SegmentRule] | None | Unset = UNSET
    """ Segments of a story group: every entry must hold (AND); within an entry any label (OR). Examples: include
    "label1" AND ("label2" OR "label3") is [{type: include, labels: [label1]}, {type: include, labels: [label2,
    label3]}]; null for no targeting. """
    cta_macro: None | str | Unset = UNSET
    """ Not described by the docs; every example sends null. """
    instagram_import: bool | Unset = UNSET
    """ Not described by the docs; the example sends false. """
    type_: StoryGroupType | Unset = UNSET
    """ Type of the story group. Possible values: default, audience """
    sub_user_id: UUID | Unset = UNSET
    """ Which sub user will see the story group ("sub_user_id can be given to specify which sub user will see the
    story groups"): optional. """
    media_url: str | Unset = UNSET
    """ URL of the story group icon. Required if file is empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        app_id = self.app_id

        ts_start = self.ts_start

        ts_end: None | str | Unset
        if isinstance(self.ts_end, Unset):
            ts_end = UNSET
        else:
            ts_end = self.ts_end

        target_cap: int | None | Unset
        if isinstance(self.target_cap, Unset):
            target_cap = UNSET
        else:
            target_cap = self.target_cap

        click_target_cap: int | None | Unset
        if isinstance(self.click_target_cap, Unset):
            click_target_cap = UNSET
        else:
            click_target_cap = self.click_target_cap

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        segments: list[dict[str, Any]] | None | Unset
        if isinstance(self.segments, Unset):
            segments = UNSET
        elif isinstance(self.segments, list):
            segments = []
            for componentsschemas_segment_rules_type_0_item_data in self.segments:
                componentsschemas_segment_rules_type_0_item = componentsschemas_segment_rules_type_0_item_data.to_dict()
                segments.append(componentsschemas_segment_rules_type_0_item)

        else:
            segments = self.segments

        cta_macro: None | str | Unset
        if isinstance(self.cta_macro, Unset):
            cta_macro = UNSET
        else:
            cta_macro = self.cta_macro

        instagram_import = self.instagram_import

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        sub_user_id: str | Unset = UNSET
        if not isinstance(self.sub_user_id, Unset):
            sub_user_id = str(self.sub_user_id)

        media_url = self.media_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "app_id": app_id,
            }
        )
        if ts_start is not UNSET:
            field_dict["ts_start"] = ts_start
        if ts_end is not UNSET:
            field_dict["ts_end"] = ts_end
        if target_cap is not UNSET:
            field_dict["target_cap"] = target_cap
        if click_target_cap is not UNSET:
            field_dict["click_target_cap"] = click_target_cap
        if status is not UNSET:
            field_dict["status"] = status
        if segments is not UNSET:
            field_dict["segments"] = segments
        if cta_macro is not UNSET:
            field_dict["cta_macro"] = cta_macro
        if instagram_import is not UNSET:
            field_dict["instagram_import"] = instagram_import
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sub_user_id is not UNSET:
            field_dict["sub_user_id"] = sub_user_id
        if media_url is not UNSET:
            field_dict["media_url"] = media_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"StoryGroupCreateData.title: expected str, got {type(title).__name__}")

        app_id = d.pop("app_id")
        if not isinstance(app_id, int):
            app_id = as_int(app_id, "StoryGroupCreateData.app_id")

        ts_start = d.pop("ts_start", UNSET)
        if ts_start is not UNSET and not isinstance(ts_start, str):
            raise TypeError(f"StoryGroupCreateData.ts_start: expected str, got {type(ts_start).__name__}")

        ts_end: None | str | Unset = d.pop("ts_end", UNSET)

        target_cap: int | None | Unset = d.pop("target_cap", UNSET)

        click_target_cap: int | None | Unset = d.pop("click_target_cap", UNSET)

        status: StoryGroupStatus | Unset = d.pop("status", UNSET)
        if status is not UNSET:
            status = enum_member(StoryGroupStatus, status)

        def _parse_segments(data: object) -> list[SegmentRule] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_segment_rules_type_0 = []
                _componentsschemas_segment_rules_type_0 = data
                for componentsschemas_segment_rules_type_0_item_data in _componentsschemas_segment_rules_type_0:
                    componentsschemas_segment_rules_type_0_item = SegmentRule.from_dict(
                        componentsschemas_segment_rules_type_0_item_data
                    )

                    componentsschemas_segment_rules_type_0.append(componentsschemas_segment_rules_type_0_item)

                return componentsschemas_segment_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SegmentRule] | None | Unset, data)

        segments = _parse_segments(d.pop("segments", UNSET))

        cta_macro: None | str | Unset = d.pop("cta_macro", UNSET)

        instagram_import = d.pop("instagram_import", UNSET)
        if instagram_import is not UNSET and not isinstance(instagram_import, bool):
            raise TypeError(
                f"StoryGroupCreateData.instagram_import: expected bool, got {type(instagram_import).__name__}"
            )

        type_: StoryGroupType | Unset = d.pop("type", UNSET)
        if type_ is not UNSET:
            type_ = enum_member(StoryGroupType, type_)

        sub_user_id: UUID | Unset = d.pop("sub_user_id", UNSET)
        if sub_user_id is not UNSET:
            sub_user_id = as_uuid(sub_user_id)

        media_url = d.pop("media_url", UNSET)
        if media_url is not UNSET and not isinstance(media_url, str):
            raise TypeError(f"StoryGroupCreateData.media_url: expected str, got {type(media_url).__name__}")

        story_group_create_data = cls(
            title,
            app_id,
            ts_start,
            ts_end,
            target_cap,
            click_target_cap,
            status,
            segments,
            cta_macro,
            instagram_import,
            type_,
            sub_user_id,
            media_url,
        )

        story_group_create_data.additional_properties = d
        return story_group_create_data

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


from ..models.segment_rule import SegmentRule  # noqa: E402
