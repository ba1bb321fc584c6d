from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user of the partnership.

    Example:
        {'id': 1, 'metadata': {}, 'created_at': '2020-02-27 21:01:14'}

    """

    id: int
    """ JumpStory's id of the user (not the partner's `user_id`). """
    metadata: UserMetadata
    """ Misc. data/information related to the user. """
    created_at: str
    """ A date and time in the format `Y-m-d H:i:s` (no time zone). The pattern admits only real months, days 01-31,
    hours 00-23 and minutes and seconds 00-59 (it does not know month lengths), in ASCII digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        metadata = self.metadata.to_dict()

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "metadata": metadata,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "User.id")

        metadata = UserMetadata.from_dict(d.pop("metadata"))

        created_at = d.pop("created_at")
        if not isinstance(created_at, str):
            raise TypeError(f"User.created_at: expected str, got {type(created_at).__name__}")

        user = cls(
            id,
            metadata,
            created_at,
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


from ..models.user_metadata import UserMetadata  # noqa: E402
