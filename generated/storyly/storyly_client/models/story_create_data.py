from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.story_status import StoryStatus
from ..models.story_type import StoryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StoryCreateData")


@_attrs_define
class StoryCreateData:
    """The `data` part of Create a Story. "Required Body Parameters: story_group_id, title, file." media_url can replace
    the file ("URL of the story image. Required if file is empty").

        Example:
            {'title': 'Test Story Group', 'story_group_id': 1, 'type': 1, 'sort_order': 1, 'target_cap': None, 'status': 1,
                'deeplink': None, 'outlink': ''}

    """

    title: str
    """ Title of the story. """
    story_group_id: int
    """ The story group the story is created in. """
    type_: StoryType | Unset = UNSET
    """ Media type of the story. Possible values: IMAGE = 1 VIDEO = 2 TEMPLATE = 3. Will be filled by system, do not
    post this field when creating / updating a story. """
    sort_order: int | Unset = UNSET
    """ Order of the story. """
    target_cap: int | None | Unset = UNSET
    """ Target view cap. Story will be paused when view count reaches cap. """
    status: StoryStatus | Unset = UNSET
    """ Status of the story. Only ACTIVE stories will be displayed by SDK. Possible values: ACTIVE = 1 PASSIVE = 2
    PASSIVE_BY_STORY_GROUP = 3 END_DATE_REACHED = 4 CAP_REACHED = 5 WAITING_MEDIA_IMPORT = 6 FAILED_MEDIA_IMPORT = 7
    ARCHIVED = 9 """
    deeplink: None | str | Unset = UNSET
    """ Deep link of the story (`deep_link` of the entity). """
    outlink: None | str | Unset = UNSET
    """ CTA Button link. """
    button_text: None | str | Unset = UNSET
    """ CTA Button text. """
    ts_start: str | Unset = UNSET
    """ A date and time as the docs write it, `YYYY-MM-DD HH:MM:SS` (no time zone). The pattern admits only real
    months, days 01-31, hours 00-23 and minutes and seconds 00-59 (it does not know month lengths), in ASCII digits.
    """
    ts_end: None | str | Unset = UNSET
    """ A date and time (`YYYY-MM-DD HH:MM:SS`), or null for none. The pattern admits only real months, days 01-31,
    hours 00-23 and minutes and seconds 00-59 (it does not know month lengths), in ASCII digits. """
    settings: StorySettings | Unset = UNSET
    """ Additonal story settings (a template and its mapping). """
    media_url: str | Unset = UNSET
    """ URL of the story image. Required if file is empty """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        story_group_id = self.story_group_id

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        sort_order = self.sort_order

        target_cap: int | None | Unset
        if isinstance(self.target_cap, Unset):
            target_cap = UNSET
        else:
            target_cap = self.target_cap

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        deeplink: None | str | Unset
        if isinstance(self.deeplink, Unset):
            deeplink = UNSET
        else:
            deeplink = self.deeplink

        outlink: None | str | Unset
        if isinstance(self.outlink, Unset):
            outlink = UNSET
        else:
            outlink = self.outlink

        button_text: None | str | Unset
        if isinstance(self.button_text, Unset):
            button_text = UNSET
        else:
            button_text = self.button_text

        ts_start = self.ts_start

        ts_end: None | str | Unset
        if isinstance(self.ts_end, Unset):
            ts_end = UNSET
        else:
            ts_end = self.ts_end

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        media_url = self.media_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "story_group_id": story_group_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if target_cap is not UNSET:
            field_dict["target_cap"] = target_cap
        if status is not UNSET:
            field_dict["status"] = status
        if deeplink is not UNSET:
            field_dict["deeplink"] = deeplink
        if outlink is not UNSET:
            field_dict["outlink"] = outlink
        if button_text is not UNSET:
            field_dict["button_text"] = button_text
        if ts_start is not UNSET:
            field_dict["ts_start"] = ts_start
        if ts_end is not UNSET:
            field_dict["ts_end"] = ts_end
        if settings is not UNSET:
            field_dict["settings"] = settings
        if media_url is not UNSET:
            field_dict["media_url"] = media_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"StoryCreateData.title: expected str, got {type(title).__name__}")

        story_group_id = d.pop("story_group_id")
        if not isinstance(story_group_id, int):
            story_group_id = as_int(story_group_id, "StoryCreateData.story_group_id")

        type_: StoryType | Unset = d.pop("type", UNSET)
        if type_ is not UNSET:
            type_ = enum_member(StoryType, type_)

        sort_order = d.pop("sort_order", UNSET)
        if sort_order is not UNSET and not isinstance(sort_order, int):
            sort_order = as_int(sort_order, "StoryCreateData.sort_order")

        target_cap: int | None | Unset = d.pop("target_cap", UNSET)

        status: StoryStatus | Unset = d.pop("status", UNSET)
        if status is not UNSET:
            status = enum_member(StoryStatus, status)

        deeplink: None | str | Unset = d.pop("deeplink", UNSET)

        outlink: None | str | Unset = d.pop("outlink", UNSET)

        button_text: None | str | Unset = d.pop("button_text", UNSET)

        ts_start = d.pop("ts_start", UNSET)
        if ts_start is not UNSET and not isinstance(ts_start, str):
            raise TypeError(f"StoryCreateData.ts_start: expected str, got {type(ts_start).__name__}")

        ts_end: None | str | Unset = d.pop("ts_end", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: StorySettings | Unset = UNSET if _settings is UNSET else StorySettings.from_dict(_settings)

        media_url = d.pop("media_url", UNSET)
        if media_url is not UNSET and not isinstance(media_url, str):
            raise TypeError(f"StoryCreateData.media_url: expected str, got {type(media_url).__name__}")

        story_create_data = cls(
            title,
            story_group_id,
            type_,
            sort_order,
            target_cap,
            status,
            deeplink,
            outlink,
            button_text,
            ts_start,
            ts_end,
            settings,
            media_url,
        )

        story_create_data.additional_properties = d
        return story_create_data

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


from ..models.story_settings import StorySettings  # noqa: E402
