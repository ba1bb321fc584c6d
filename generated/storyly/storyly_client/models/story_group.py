from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.story_group_pinned import StoryGroupPinned
from ..models.story_group_status import StoryGroupStatus
from ..models.story_group_type import StoryGroupType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryGroup")


@_attrs_define
class StoryGroup:
    """A story group ("Story Group Entity"); it contains up to 100 stories."""

    id: int
    """ Internal ID of the story group. """
    app_id: int
    """ Internal ID of the app this story group attached. """
    instance_id: int
    """ Internal ID of the instance this story group attached. """
    account_id: int
    """ Internal ID of the account the story group belongs to. """
    user_id: int
    """ Internal ID of the user this story group was created by. """
    title: str
    """ Title of the story group. """
    icon: str
    """ URL of the story group icon. """
    target_cap: int | None
    """ Target view cap. Story group will be paused when view count reaches cap. """
    clicked_target_cap: int | None
    """ Clicked target view cap. Story group will be paused when view count reaches cap. """
    pinned: StoryGroupPinned
    """ Pin status of the story group (1 pinned, 0 not; documented as boolean). """
    sort_order: int
    """ Order of the story group. """
    segments: list[SegmentRule] | None
    """ Segments of a story group: every entry must hold (AND); within an entry any label (OR). Examples: include
    "label1" AND ("label2" OR "label3") is [{type: include, labels: [label1]}, {type: include, labels: [label2,
    label3]}]; null for no targeting. """
    settings: None | StoryGroupSettings
    """ Settings of the story group. """
    status: StoryGroupStatus
    """ Status of the story group. Only ACTIVE story groups will be displayed by SDK. Possible values: ACTIVE = 1,
    PASSIVE = 2, CAP_REACHED = 3, END_DATE_REACHED = 4, ARCHIVED = 9 """
    type_: StoryGroupType
    """ Type of the story group. Possible values: default, audience """
    views: int
    """ View count of the story group. Will be filled by system, do not post this field when creating / updating a
    story. """
    clicks: int
    """ Click count of the story group. Will be filled by system, do not post this field when creating / updating a
    story. """
    ts_start: None | str
    """ A date and time (`YYYY-MM-DD HH:MM:SS`), or null for none. The pattern admits only real months, days 01-31,
    hours 00-23 and minutes and seconds 00-59 (it does not know month lengths), in ASCII digits. """
    ts_end: None | str
    """ A date and time (`YYYY-MM-DD HH:MM:SS`), or null for none. The pattern admits only real months, days 01-31,
    hours 00-23 and minutes and seconds 00-59 (it does not know month lengths), in ASCII digits. """
    ts_created: str
    """ A date and time as the docs write it, `YYYY-MM-DD HH:MM:SS` (no time zone). The pattern admits only real
    months, days 01-31, hours 00-23 and minutes and seconds 00-59 (it does not know month lengths), in ASCII digits.
    """
    ts_updated: str
    """ A date and time as the docs write it, `YYYY-MM-DD HH:MM:SS` (no time zone). The pattern admits only real
    months, days 01-31, hours 00-23 and minutes and seconds 00-59 (it does not know month lengths), in ASCII digits.
    """
    available_icons: AvailableIcons | Unset = UNSET
    """ JPEG and WEBP versions of the story group icon """
    template: StoryGroupTemplate | Unset = UNSET
    """ Template information of the "audience" story group. Will be filled by system, do not post this field when
    creating / updating a story. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        app_id = self.app_id

        instance_id = self.instance_id

        account_id = self.account_id

        user_id = self.user_id

        title = self.title

        icon = self.icon

        target_cap: int | None
        target_cap = self.target_cap

        clicked_target_cap: int | None
        clicked_target_cap = self.clicked_target_cap

        pinned = self.pinned.value

        sort_order = self.sort_order

        segments: list[dict[str, Any]] | None
        if isinstance(self.segments, list):
            segments = []
            for componentsschemas_segment_rules_type_0_item_data in self.segments:
                componentsschemas_segment_rules_type_0_item = componentsschemas_segment_rules_type_0_item_data.to_dict()
                segments.append(componentsschemas_segment_rules_type_0_item)

        else:
            segments = self.segments

        settings: dict[str, Any] | None
        if isinstance(self.settings, StoryGroupSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        status = self.status.value

        type_ = self.type_.value

        views = self.views

        clicks = self.clicks

        ts_start: None | str
        ts_start = self.ts_start

        ts_end: None | str
        ts_end = self.ts_end

        ts_created = self.ts_created

        ts_updated = self.ts_updated

        available_icons: dict[str, Any] | Unset = UNSET
        if not isinstance(self.available_icons, Unset):
            available_icons = self.available_icons.to_dict()

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "app_id": app_id,
                "instance_id": instance_id,
                "account_id": account_id,
                "user_id": user_id,
                "title": title,
                "icon": icon,
                "target_cap": target_cap,
                "clicked_target_cap": clicked_target_cap,
                "pinned": pinned,
                "sort_order": sort_order,
                "segments": segments,
                "settings": settings,
                "status": status,
                "type": type_,
                "views": views,
                "clicks": clicks,
                "ts_start": ts_start,
                "ts_end": ts_end,
                "ts_created": ts_created,
                "ts_updated": ts_updated,
            }
        )
        if available_icons is not UNSET:
            field_dict["available_icons"] = available_icons
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "StoryGroup.id")

        app_id = d.pop("app_id")
        if not isinstance(app_id, int):
            app_id = as_int(app_id, "StoryGroup.app_id")

        instance_id = d.pop("instance_id")
        if not isinstance(instance_id, int):
            instance_id = as_int(instance_id, "StoryGroup.instance_id")

        account_id = d.pop("account_id")
        if not isinstance(account_id, int):
            account_id = as_int(account_id, "StoryGroup.account_id")

        user_id = d.pop("user_id")
        if not isinstance(user_id, int):
            user_id = as_int(user_id, "StoryGroup.user_id")

        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"StoryGroup.title: expected str, got {type(title).__name__}")

        icon = d.pop("icon")
        if not isinstance(icon, str):
            raise TypeError(f"StoryGroup.icon: expected str, got {type(icon).__name__}")

        target_cap: int | None = d.pop("target_cap")

        clicked_target_cap: int | None = d.pop("clicked_target_cap")

        pinned = enum_member(StoryGroupPinned, d.pop("pinned"))

        sort_order = d.pop("sort_order")
        if not isinstance(sort_order, int):
            sort_order = as_int(sort_order, "StoryGroup.sort_order")

        def _parse_segments(data: object) -> list[SegmentRule] | None:
            if data is None:
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
            return cast(list[SegmentRule] | None, data)

        segments = _parse_segments(d.pop("segments"))

        settings: None | StoryGroupSettings = d.pop("settings")
        if isinstance(settings, dict):
            try:
                settings_type_0 = StoryGroupSettings.from_dict(settings)

                settings = settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        status = enum_member(StoryGroupStatus, d.pop("status"))

        type_ = enum_member(StoryGroupType, d.pop("type"))

        views = d.pop("views")
        if not isinstance(views, int):
            views = as_int(views, "StoryGroup.views")

        clicks = d.pop("clicks")
        if not isinstance(clicks, int):
            clicks = as_int(clicks, "StoryGroup.clicks")

        ts_start: None | str = d.pop("ts_start")

        ts_end: None | str = d.pop("ts_end")

        ts_created = d.pop("ts_created")
        if not isinstance(ts_created, str):
            raise TypeError(f"StoryGroup.ts_created: expected str, got {type(ts_created).__name__}")

        ts_updated = d.pop("ts_updated")
        if not isinstance(ts_updated, str):
            raise TypeError(f"StoryGroup.ts_updated: expected str, got {type(ts_updated).__name__}")

        _available_icons = d.pop("available_icons", UNSET)
        available_icons: AvailableIcons | Unset = (
            UNSET if _available_icons is UNSET else AvailableIcons.from_dict(_available_icons)
        )

        _template = d.pop("template", UNSET)
        template: StoryGroupTemplate | Unset = UNSET if _template is UNSET else StoryGroupTemplate.from_dict(_template)

        story_group = cls(
            id,
            app_id,
            instance_id,
            account_id,
            user_id,
            title,
            icon,
            target_cap,
            clicked_target_cap,
            pinned,
            sort_order,
            segments,
            settings,
            status,
            type_,
            views,
            clicks,
            ts_start,
            ts_end,
            ts_created,
            ts_updated,
            available_icons,
            template,
        )

        story_group.additional_properties = d
        return story_group

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


from ..models.available_icons import AvailableIcons  # noqa: E402
from ..models.segment_rule import SegmentRule  # noqa: E402
from ..models.story_group_settings import StoryGroupSettings  # noqa: E402
from ..models.story_group_template import StoryGroupTemplate  # noqa: E402
