from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from .._runtime.redaction import redacted_repr

T = TypeVar("T", bound="App")


@_attrs_define
class App:
    """An app that hosts Storyly ("Storyly App Entity")."""

    id: int
    """ Internal ID of the app. """
    account_id: int
    """ Internal ID of the account the app belongs to. """
    token: str
    """ Token of the app (what the Storyly SDK is set up with; not the API token). """
    title: str
    """ Title of the app. """
    store_id: str
    """ Apple or Android Store ID or Web URL of the app. """
    store_type: str
    """ Apple, Android or Web Store Type of the app (the example is "ios"). """
    category: str
    """ Category of the app. """
    detailed_info: AppDetailedInfo
    """ Detailed info about the app (its store listing). """
    settings: AppSettingsType0 | None
    """ Settings of the app. """
    ts_created: str
    """ A date and time as the docs write it, `YYYY-MM-DD HH:MM:SS` (no time zone). The pattern admits only real
    months, days 01-31, hours 00-23 and minutes and seconds 00-59 (it does not know month lengths), in ASCII digits.
    """
    ts_updated: str
    """ A date and time as the docs write it, `YYYY-MM-DD HH:MM:SS` (no time zone). The pattern admits only real
    months, days 01-31, hours 00-23 and minutes and seconds 00-59 (it does not know month lengths), in ASCII digits.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        token = self.token

        title = self.title

        store_id = self.store_id

        store_type = self.store_type

        category = self.category

        detailed_info = self.detailed_info.to_dict()

        settings: dict[str, Any] | None
        if isinstance(self.settings, AppSettingsType0):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        ts_created = self.ts_created

        ts_updated = self.ts_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "account_id": account_id,
                "token": token,
                "title": title,
                "store_id": store_id,
                "store_type": store_type,
                "category": category,
                "detailed_info": detailed_info,
                "settings": settings,
                "ts_created": ts_created,
                "ts_updated": ts_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "App.id")

        account_id = d.pop("account_id")
        if not isinstance(account_id, int):
            account_id = as_int(account_id, "App.account_id")

        token = d.pop("token")
        if not isinstance(token, str):
            raise TypeError(f"App.token: expected str, got {type(token).__name__}")

        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"App.title: expected str, got {type(title).__name__}")

        store_id = d.pop("store_id")
        if not isinstance(store_id, str):
            raise TypeError(f"App.store_id: expected str, got {type(store_id).__name__}")

        store_type = d.pop("store_type")
        if not isinstance(store_type, str):
            raise TypeError(f"App.store_type: expected str, got {type(store_type).__name__}")

        category = d.pop("category")
        if not isinstance(category, str):
            raise TypeError(f"App.category: expected str, got {type(category).__name__}")

        detailed_info = AppDetailedInfo.from_dict(d.pop("detailed_info"))

        settings: AppSettingsType0 | None = d.pop("settings")
        if isinstance(settings, dict):
            try:
                settings_type_0 = AppSettingsType0.from_dict(settings)

                settings = settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        ts_created = d.pop("ts_created")
        if not isinstance(ts_created, str):
            raise TypeError(f"App.ts_created: expected str, got {type(ts_created).__name__}")

        ts_updated = d.pop("ts_updated")
        if not isinstance(ts_updated, str):
            raise TypeError(f"App.ts_updated: expected str, got {type(ts_updated).__name__}")

        app = cls(
            id,
            account_id,
            token,
            title,
            store_id,
            store_type,
            category,
            detailed_info,
            settings,
            ts_created,
            ts_updated,
        )

        app.additional_properties = d
        return app

    def __repr__(self) -> str:
        """Masks the fields the spec marks `x-sdk-secret`: a token printed or logged stays secret."""
        return redacted_repr(self, ("token",))

    __str__ = __repr__

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


from ..models.app_detailed_info import AppDetailedInfo  # noqa: E402
from ..models.app_settings_type_0 import AppSettingsType0  # noqa: E402
