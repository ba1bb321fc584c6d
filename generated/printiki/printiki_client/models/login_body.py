from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginBody")


@_attrs_define
class LoginBody:
    username: str
    """ Username of the account (its e-mail address). """
    password: str
    """ Password of the account. """
    locale: str | Unset = UNSET
    """ Two letter ISO code for selected country. """
    countryid: str | Unset = UNSET
    """ Unique number of country in database. """
    currency: str | Unset = UNSET
    """ Three letter ISO code for selected currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        locale = self.locale

        countryid = self.countryid

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "password": password,
            }
        )
        if locale is not UNSET:
            field_dict["locale"] = locale
        if countryid is not UNSET:
            field_dict["countryid"] = countryid
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")
        if not isinstance(username, str):
            raise TypeError(f"LoginBody.username: expected str, got {type(username).__name__}")

        password = d.pop("password")
        if not isinstance(password, str):
            raise TypeError(f"LoginBody.password: expected str, got {type(password).__name__}")

        locale = d.pop("locale", UNSET)
        if locale is not UNSET and not isinstance(locale, str):
            raise TypeError(f"LoginBody.locale: expected str, got {type(locale).__name__}")

        countryid = d.pop("countryid", UNSET)
        if countryid is not UNSET and not isinstance(countryid, str):
            raise TypeError(f"LoginBody.countryid: expected str, got {type(countryid).__name__}")

        currency = d.pop("currency", UNSET)
        if currency is not UNSET and not isinstance(currency, str):
            raise TypeError(f"LoginBody.currency: expected str, got {type(currency).__name__}")

        login_body = cls(
            username,
            password,
            locale,
            countryid,
            currency,
        )

        login_body.additional_properties = d
        return login_body

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
