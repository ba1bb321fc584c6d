from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.story_status import StoryStatus
from ..models.story_type import StoryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Story")


@_attrs_define
class Story:
    """A story ("Story Entity")."""

    id: int
    """ Internal ID of the story. """
    story_group_id: int
    """ Internal ID of the story group this story is attached. """
    type_: StoryType
    """ Media type of the story. Possible values: IMAGE = 1 VIDEO = 2 TEMPLATE = 3. Will be filled by system, do not
    post this field when creating / updating a story. """
    title: str
    """ Title of the story. """
    sort_order: int
    """ Order of the story. """
    media: str
    """ URL of the optimized media. """
    media_raw: str
    """ URL of the original media. """
    mime_type: str
    """ Mime Type of the media, e.g. image/jpeg, video/mp4. Will be filled by system, do not post this field when
    creating / updating a story. """
    target_cap: int | None
    """ Target view cap. Story will be paused when view count reaches cap. """
    button_text: None | str
    """ CTA Button text. """
    outlink: None | str
    """ CTA Button link. """
    deep_link: None | str
    """ Deep link of the story. Will be filled by system, do not post this field when creating / updating a story.
    """
    settings: StorySettings
    """ Additonal story settings (a template and its mapping). """
    status: StoryStatus
    """ Status of the story. Only ACTIVE stories will be displayed by SDK. Possible values: ACTIVE = 1 PASSIVE = 2
    PASSIVE_BY_STORY_GROUP = 3 END_DATE_REACHED = 4 CAP_REACHED = 5 WAITING_MEDIA_IMPORT = 6 FAILED_MEDIA_IMPORT = 7
    ARCHIVED = 9 """
    views: int
    """ View count of the story. Will be filled by system as story recieves impressions, do not post this field when
    creating / updating a story. """
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
    account_id: int | Unset = UNSET
    """ Internal ID of the account (absent from the List Stories example). """
    studio: None | StoryStudioType0 | Unset = UNSET
    """ Studio parameter of the story. """
    studio_image: None | str | Unset = UNSET
    """ The image of the studio. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        story_group_id = self.story_group_id

        type_ = self.type_.value

        title = self.title

        sort_order = self.sort_order

        media = self.media

        media_raw = self.media_raw

        mime_type = self.mime_type

        target_cap: int | None
        target_cap = self.target_cap

        button_text: None | str
        button_text = self.button_text

        outlink: None | str
        outlink = self.outlink

        deep_link: None | str
        deep_link = self.deep_link

        settings = self.settings.to_dict()

        status = self.status.value

        views = self.views

        ts_start: None | str
        ts_start = self.ts_start

        ts_end: None | str
        ts_end = self.ts_end

        ts_created = self.ts_created

        ts_updated = self.ts_updated

        account_id = self.account_id

        studio: dict[str, Any] | None | Unset
        if isinstance(self.studio, Unset):
            studio = UNSET
        elif isinstance(self.studio, StoryStudioType0):
            studio = self.studio.to_dict()
        else:
            studio = self.studio

        studio_image: None | str | Unset
        if isinstance(self.studio_image, Unset):
            studio_image = UNSET
        else:
            studio_image = self.studio_image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "story_group_id": story_group_id,
                "type": type_,
                "title": title,
                "sort_order": sort_order,
                "media": media,
                "media_raw": media_raw,
                "mime_type": mime_type,
                "target_cap": target_cap,
                "button_text": button_text,
                "outlink": outlink,
                "deep_link": deep_link,
                "settings": settings,
                "status": status,
                "views": views,
                "ts_start": ts_start,
                "ts_end": ts_end,
                "ts_created": ts_created,
                "ts_updated": ts_updated,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if studio is not UNSET:
            field_dict["studio"] = studio
        if studio_image is not UNSET:
            field_dict["studio_image"] = studio_image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "Story.id")

        story_group_id = d.pop("story_group_id")
        if not isinstance(story_group_id, int):
            story_group_id = as_int(story_group_id, "Story.story_group_id")

        type_ = enum_member(StoryType, d.pop("type"))

        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"Story.title: expected str, got {type(title).__name__}")

        sort_order = d.pop("sort_order")
        if not isinstance(sort_order, int):
            sort_order = as_int(sort_order, "Story.sort_order")

        media = d.pop("media")
        if not isinstance(media, str):
            raise TypeError(f"Story.media: expected str, got {type(media).__name__}")

        media_raw = d.pop("media_raw")
        if not isinstance(media_raw, str):
            raise TypeError(f"Story.media_raw: expected str, got {type(media_raw).__name__}")

        mime_type = d.pop("mime_type")
        if not isinstance(mime_type, str):
            raise TypeError(f"Story.mime_type: expected str, got {type(mime_type).__name__}")

        target_cap: int | None = d.pop("target_cap")

        button_text: None | str = d.pop("button_text")

        outlink: None | str = d.pop("outlink")

        deep_link: None | str = d.pop("deep_link")

        settings = StorySettings.from_dict(d.pop("settings"))

        status = enum_member(StoryStatus, d.pop("status"))

        views = d.pop("views")
        if not isinstance(views, int):
            views = as_int(views, "Story.views")

        ts_start: None | str = d.pop("ts_start")

        ts_end: None | str = d.pop("ts_end")

        ts_created = d.pop("ts_created")
        if not isinstance(ts_created, str):
            raise TypeError(f"Story.ts_created: expected str, got {type(ts_created).__name__}")

        ts_updated = d.pop("ts_updated")
        if not isinstance(ts_updated, str):
            raise TypeError(f"Story.ts_updated: expected str, got {type(ts_updated).__name__}")

        account_id = d.pop("account_id", UNSET)
        if account_id is not UNSET and not isinstance(account_id, int):
            account_id = as_int(account_id, "Story.account_id")

        studio: None | StoryStudioType0 | Unset = d.pop("studio", UNSET)
        if studio is not UNSET and isinstance(studio, dict):
            try:
                studio_type_0 = StoryStudioType0.from_dict(studio)

                studio = studio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        studio_image: None | str | Unset = d.pop("studio_image", UNSET)

        story = cls(
            id,
            story_group_id,
            type_,
            title,
            sort_order,
            media,
            media_raw,
            mime_type,
            target_cap,
            button_text,
            outlink,
            deep_link,
            settings,
            status,
            views,
            ts_start,
            ts_end,
            ts_created,
            ts_updated,
            account_id,
            studio,
            studio_image,
        )

        story.additional_properties = d
        return story

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
from ..models.story_studio_type_0 import StoryStudioType0  # noqa: E402
