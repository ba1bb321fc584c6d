from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """Record of app user.

    Example:
        {'id': 1, 'affiliateid': 1, 'currency': 'USD', 'countryid': 25, 'first_name': 'John', 'last_name': 'Doe',
            'language': 'en_US', 'timestamp': '2015-01-01 23:24:02', 'email': 'johndoe@gmail.com', 'session_nr': 5,
            'session_time': '', 'temporary': 1}

    """

    id: int | Unset = UNSET
    """ Unique identifier. """
    affiliateid: int | Unset = UNSET
    """ Id of tracker that user was coming from when creating account. (server default, not sent unless set: 0) """
    currency: str | Unset = UNSET
    """ Id of available currency that user is using. """
    countryid: int | Unset = UNSET
    """ Id of the user's country (defaults to IP detection). """
    first_name: str | Unset = UNSET
    """ First name of user. """
    last_name: str | Unset = UNSET
    """ Last name of user. """
    language: str | Unset = UNSET
    """ Locale of user (ISO code). """
    timestamp: str | Unset = UNSET
    """ A date and time as the docs write them, `YYYY-MM-DD HH:MM:SS` (no time zone). The pattern admits only real
    months, days 01-31, hours 00-23 and minutes and seconds 00-59 (it does not know month lengths), in ASCII digits.
    """
    email: str | Unset = UNSET
    """ Email address of user. """
    session_nr: int | Unset = UNSET
    """ Number of times the user logged in. """
    session_time: str | Unset = UNSET
    """ Last time the user logged in. """
    temporary: int | Unset = UNSET
    """ If this is a guest account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        affiliateid = self.affiliateid

        currency = self.currency

        countryid = self.countryid

        first_name = self.first_name

        last_name = self.last_name

        language = self.language

        timestamp = self.timestamp

        email = self.email

        session_nr = self.session_nr

        session_time = self.session_time

        temporary = self.temporary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if affiliateid is not UNSET:
            field_dict["affiliateid"] = affiliateid
        if currency is not UNSET:
            field_dict["currency"] = currency
        if countryid is not UNSET:
            field_dict["countryid"] = countryid
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if language is not UNSET:
            field_dict["language"] = language
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if email is not UNSET:
            field_dict["email"] = email
        if session_nr is not UNSET:
            field_dict["session_nr"] = session_nr
        if session_time is not UNSET:
            field_dict["session_time"] = session_time
        if temporary is not UNSET:
            field_dict["temporary"] = temporary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, int):
            id = as_int(id, "User.id")

        affiliateid = d.pop("affiliateid", UNSET)
        if affiliateid is not UNSET and not isinstance(affiliateid, int):
            affiliateid = as_int(affiliateid, "User.affiliateid")

        currency = d.pop("currency", UNSET)
        if currency is not UNSET and not isinstance(currency, str):
            raise TypeError(f"User.currency: expected str, got {type(currency).__name__}")

        countryid = d.pop("countryid", UNSET)
        if countryid is not UNSET and not isinstance(countryid, int):
            countryid = as_int(countryid, "User.countryid")

        first_name = d.pop("first_name", UNSET)
        if first_name is not UNSET and not isinstance(first_name, str):
            raise TypeError(f"User.first_name: expected str, got {type(first_name).__name__}")

        last_name = d.pop("last_name", UNSET)
        if last_name is not UNSET and not isinstance(last_name, str):
            raise TypeError(f"User.last_name: expected str, got {type(last_name).__name__}")

        language = d.pop("language", UNSET)
        if language is not UNSET and not isinstance(language, str):
            raise TypeError(f"User.language: expected str, got {type(language).__name__}")

        timestamp = d.pop("timestamp", UNSET)
        if timestamp is not UNSET and not isinstance(timestamp, str):
            raise TypeError(f"User.timestamp: expected str, got {type(timestamp).__name__}")

        email = d.pop("email", UNSET)
        if email is not UNSET and not isinstance(email, str):
            raise TypeError(f"User.email: expected str, got {type(email).__name__}")

        session_nr = d.pop("session_nr", UNSET)
        if session_nr is not UNSET and not isinstance(session_nr, int):
            session_nr = as_int(session_nr, "User.session_nr")

        session_time = d.pop("session_time", UNSET)
        if session_time is not UNSET and not isinstance(session_time, str):
            raise TypeError(f"User.session_time: expected str, got {type(session_time).__name__}")

        temporary = d.pop("temporary", UNSET)
        if temporary is not UNSET and not isinstance(temporary, int):
            temporary = as_int(temporary, "User.temporary")

        user = cls(
            id,
            affiliateid,
            currency,
            countryid,
            first_name,
            last_name,
            language,
            timestamp,
            email,
            session_nr,
            session_time,
            temporary,
        )

        user.additional_properties = d
        return user

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
