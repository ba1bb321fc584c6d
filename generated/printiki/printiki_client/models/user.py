from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    affiliateid: int | Unset = 0
    """ Id of tracker that user was coming from when creating account. """
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

        affiliateid = d.pop("affiliateid", UNSET)

        currency = d.pop("currency", UNSET)

        countryid = d.pop("countryid", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        language = d.pop("language", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        email = d.pop("email", UNSET)

        session_nr = d.pop("session_nr", UNSET)

        session_time = d.pop("session_time", UNSET)

        temporary = d.pop("temporary", UNSET)

        user = cls(
            id=id,
            affiliateid=affiliateid,
            currency=currency,
            countryid=countryid,
            first_name=first_name,
            last_name=last_name,
            language=language,
            timestamp=timestamp,
            email=email,
            session_nr=session_nr,
            session_time=session_time,
            temporary=temporary,
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
