from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.story_group_status import StoryGroupStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryGroupUpdateData")


@_attrs_define
class StoryGroupUpdateData:
    """The `data` part of Update a Specific Story Group; every field is optional.

    Example:
        {'title': 'Test Story Group', 'app_id': 1, 'ts_start': '2020-07-09 08:15:00', 'ts_end': None, 'target_cap':
            None, 'click_target_cap': None, 'status': 1, 'sort_order': 1, 'segments': None, 'cta_macro': None}

    """

    title: str | Unset = UNSET
    """ Title of the story group. """
    app_id: int | Unset = UNSET
    """ Internal ID of the app the story group is attached to. """
    ts_start: str | Unset = UNSET
    """ A date and time as the docs write it, `YYYY-MM-DD HH:MM:SS` (no time zone). The pattern admits only real
    months, days 01-31, hours 00-23 and minutes and seconds 00-59 (it does not know month lengths), in ASCII digits.
    """
    ts_end: None | str | Unset = UNSET
    """ A date and time (`YYYY-MM-DD HH:MM:SS`), or null for none. The pattern admits only real months, days 01-31,
    hours 00-23 and minutes and seconds 00-59 (it does not know month lengths), in ASCII digits. """
    target_cap: int | None | Unset = UNSET
    """ Target view cap. """
    click_target_cap: int | None | Unset = UNSET
    """ Clicked target view cap (`clicked_target_cap` of the entity). """
    status: StoryGroupStatus | Unset = UNSET
    """ Status of the story group. Only ACTIVE story groups will be displayed by SDK. Possible values: ACTIVE = 1,
    PASSIVE = 2, CAP_REACHED = 3, END_DATE_REACHED = 4, ARCHIVED = 9 """
    sort_order: int | Unset = UNSET
    """ Order of the story group. """
    segments: list[SegmentRule] | None | Unset = UNSET
    """ Segments of a story group: every entry must hold (AND); within an entry any label (OR). Examples: include
    "label1" AND ("label2" OR "label3") is [{type: include, labels: [label1]}, {type: include, labels: [label2,
    label3]}]; null for no targeting. """
    cta_macro: None | str | Unset = UNSET
    """ Not described by the docs; every example sends null. """
    media_url: str | Unset = UNSET
    """ URL of a new story group icon, instead of a file. """
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

        sort_order = self.sort_order

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

        media_url = self.media_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
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
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if segments is not UNSET:
            field_dict["segments"] = segments
        if cta_macro is not UNSET:
            field_dict["cta_macro"] = cta_macro
        if media_url is not UNSET:
            field_dict["media_url"] = media_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)
        if title is not UNSET and not isinstance(title, str):
            raise TypeError(f"StoryGroupUpdateData.title: expected str, got {type(title).__name__}")

        app_id = d.pop("app_id", UNSET)
        if app_id is not UNSET and not isinstance(app_id, int):
            app_id = as_int(app_id, "StoryGroupUpdateData.app_id")

        ts_start = d.pop("ts_start", UNSET)
        if ts_start is not UNSET and not isinstance(ts_start, str):
            raise TypeError(f"StoryGroupUpdateData.ts_start: expected str, got {type(ts_start).__name__}")

        ts_end: None | str | Unset = d.pop("ts_end", UNSET)

        target_cap: int | None | Unset = d.pop("target_cap", UNSET)

        click_target_cap: int | None | Unset = d.pop("click_target_cap", UNSET)

        status: StoryGroupStatus | Unset = d.pop("status", UNSET)
        if status is not UNSET:
            status = enum_member(StoryGroupStatus, status)

        sort_order = d.pop("sort_order", UNSET)
        if sort_order is not UNSET and not isinstance(sort_order, int):
            sort_order = as_int(sort_order, "StoryGroupUpdateData.sort_order")

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

        media_url = d.pop("media_url", UNSET)
        if media_url is not UNSET and not isinstance(media_url, str):
            raise TypeError(f"StoryGroupUpdateData.media_url: expected str, got {type(media_url).__name__}")

        story_group_update_data = cls(
            title,
            app_id,
            ts_start,
            ts_end,
            target_cap,
            click_target_cap,
            status,
            sort_order,
            segments,
            cta_macro,
            media_url,
        )

        story_group_update_data.additional_properties = d
        return story_group_update_data

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
