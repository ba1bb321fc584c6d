from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppDetailedInfo")


@_attrs_define
class AppDetailedInfo:
    """Detailed info about the app (its store listing).

    Example:
        {'title': 'My iOS App', 'category': '', 'icon': 'https://prod-storyly-media.s3-eu-west-1.amazonaws.com/html-
            templates/appIcon.png', 'developer': '', 'market_url': '', 'store': 'ios'}

    """

    title: str | Unset = UNSET
    """ Title of the app in its store. """
    category: str | Unset = UNSET
    """ Category of the app. """
    icon: str | Unset = UNSET
    """ URL of the app icon. """
    developer: str | Unset = UNSET
    """ Developer of the app. """
    market_url: str | Unset = UNSET
    """ URL of the app in its store (may be empty). """
    store: str | Unset = UNSET
    """ Store of the app, e.g. "ios". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        category = self.category

        icon = self.icon

        developer = self.developer

        market_url = self.market_url

        store = self.store

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if category is not UNSET:
            field_dict["category"] = category
        if icon is not UNSET:
            field_dict["icon"] = icon
        if developer is not UNSET:
            field_dict["developer"] = developer
        if market_url is not UNSET:
            field_dict["market_url"] = market_url
        if store is not UNSET:
            field_dict["store"] = store

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)
        if title is not UNSET and not isinstance(title, str):
            raise TypeError(f"AppDetailedInfo.title: expected str, got {type(title).__name__}")

        category = d.pop("category", UNSET)
        if category is not UNSET and not isinstance(category, str):
            raise TypeError(f"AppDetailedInfo.category: expected str, got {type(category).__name__}")

        icon = d.pop("icon", UNSET)
        if icon is not UNSET and not isinstance(icon, str):
            raise TypeError(f"AppDetailedInfo.icon: expected str, got {type(icon).__name__}")

        developer = d.pop("developer", UNSET)
        if developer is not UNSET and not isinstance(developer, str):
            raise TypeError(f"AppDetailedInfo.developer: expected str, got {type(developer).__name__}")

        market_url = d.pop("market_url", UNSET)
        if market_url is not UNSET and not isinstance(market_url, str):
            raise TypeError(f"AppDetailedInfo.market_url: expected str, got {type(market_url).__name__}")

        store = d.pop("store", UNSET)
        if store is not UNSET and not isinstance(store, str):
            raise TypeError(f"AppDetailedInfo.store: expected str, got {type(store).__name__}")

        app_detailed_info = cls(
            title,
            category,
            icon,
            developer,
            market_url,
            store,
        )

        app_detailed_info.additional_properties = d
        return app_detailed_info

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
