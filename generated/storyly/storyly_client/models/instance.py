from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from .._runtime.redaction import redacted_repr

T = TypeVar("T", bound="Instance")


@_attrs_define
class Instance:
    """An app instance that hosts story groups ("Storyly Instance Entity").

    Example:
        {'id': 1, 'account_id': 1, 'app_id': 1, 'token': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwI
            iwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ', 'title': 'New Instance', 'status': 1, 'ts_created':
            '2020-07-09 08:15:00', 'ts_updated': '2020-07-09 08:15:00', 'is_sharable': True}

    """

    id: int
    """ Internal ID of the instance. """
    account_id: int
    """ Internal ID of the account the instance belongs to. """
    app_id: int
    """ Internal ID of the app the instance belongs to. """
    token: str
    """ Token of the instance. """
    title: str
    """ Title of the instance. """
    status: int
    """ Status of the instance (values not documented; the example is 1). """
    is_sharable: bool
    """ Sharable status of the instance. """
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

        app_id = self.app_id

        token = self.token

        title = self.title

        status = self.status

        is_sharable = self.is_sharable

        ts_created = self.ts_created

        ts_updated = self.ts_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "account_id": account_id,
                "app_id": app_id,
                "token": token,
                "title": title,
                "status": status,
                "is_sharable": is_sharable,
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
            id = as_int(id, "Instance.id")

        account_id = d.pop("account_id")
        if not isinstance(account_id, int):
            account_id = as_int(account_id, "Instance.account_id")

        app_id = d.pop("app_id")
        if not isinstance(app_id, int):
            app_id = as_int(app_id, "Instance.app_id")

        token = d.pop("token")
        if not isinstance(token, str):
            raise TypeError(f"Instance.token: expected str, got {type(token).__name__}")

        title = d.pop("title")
        if not isinstance(title, str):
            raise TypeError(f"Instance.title: expected str, got {type(title).__name__}")

        status = d.pop("status")
        if not isinstance(status, int):
            status = as_int(status, "Instance.status")

        is_sharable = d.pop("is_sharable")
        if not isinstance(is_sharable, bool):
            raise TypeError(f"Instance.is_sharable: expected bool, got {type(is_sharable).__name__}")

        ts_created = d.pop("ts_created")
        if not isinstance(ts_created, str):
            raise TypeError(f"Instance.ts_created: expected str, got {type(ts_created).__name__}")

        ts_updated = d.pop("ts_updated")
        if not isinstance(ts_updated, str):
            raise TypeError(f"Instance.ts_updated: expected str, got {type(ts_updated).__name__}")

        instance = cls(
            id,
            account_id,
            app_id,
            token,
            title,
            status,
            is_sharable,
            ts_created,
            ts_updated,
        )

        instance.additional_properties = d
        return instance

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
