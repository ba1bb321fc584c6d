from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from .._runtime.redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    """Record of user generated product.

    Example:
        {'id': 254784, 'userid': 25689, 'group': 101, 'typeid': 1001, 'themeid': 13, 'created_time': '2020-05-26
            12:58:52', 'read_token': 'n7Pe5LmUzFbT3W7IQAtD', 'thumbnail': 'https://demo-staging-snapshots.s3-eu-
            west-1.amazonaws.com/productimage/72/1330_AG3IowImxQhNk1bAgG3D/cover.jpg', 'core': 1}

    """

    id: int | Unset = UNSET
    """ Unique identifier for the project. """
    userid: int | Unset = UNSET
    """ Userid reference to the owner of the project. """
    group: int | Unset = UNSET
    """ Used for defining the type of offering this project is. """
    typeid: int | Unset = UNSET
    """ Used for defining the type of offering this project is. """
    themeid: int | Unset = UNSET
    """ Id of theme that the user selected for this product. """
    created_time: str | Unset = UNSET
    """ A date and time as the docs write them, `YYYY-MM-DD HH:MM:SS` (no time zone). The pattern admits only real
    months, days 01-31, hours 00-23 and minutes and seconds 00-59 (it does not know month lengths), in ASCII digits.
    """
    read_token: str | Unset = UNSET
    """ Token used for sharing the project with others. """
    thumbnail: str | Unset = UNSET
    """ URL of the product thumbnail image. """
    core: int | Unset = UNSET
    """ Core project definition this was built on. Used when making incompatible changes to the project json scheme.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        userid = self.userid

        group = self.group

        typeid = self.typeid

        themeid = self.themeid

        created_time = self.created_time

        read_token = self.read_token

        thumbnail = self.thumbnail

        core = self.core

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if userid is not UNSET:
            field_dict["userid"] = userid
        if group is not UNSET:
            field_dict["group"] = group
        if typeid is not UNSET:
            field_dict["typeid"] = typeid
        if themeid is not UNSET:
            field_dict["themeid"] = themeid
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if read_token is not UNSET:
            field_dict["read_token"] = read_token
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if core is not UNSET:
            field_dict["core"] = core

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, int):
            id = as_int(id, "Product.id")

        userid = d.pop("userid", UNSET)
        if userid is not UNSET and not isinstance(userid, int):
            userid = as_int(userid, "Product.userid")

        group = d.pop("group", UNSET)
        if group is not UNSET and not isinstance(group, int):
            group = as_int(group, "Product.group")

        typeid = d.pop("typeid", UNSET)
        if typeid is not UNSET and not isinstance(typeid, int):
            typeid = as_int(typeid, "Product.typeid")

        themeid = d.pop("themeid", UNSET)
        if themeid is not UNSET and not isinstance(themeid, int):
            themeid = as_int(themeid, "Product.themeid")

        created_time = d.pop("created_time", UNSET)
        if created_time is not UNSET and not isinstance(created_time, str):
            raise TypeError(f"Product.created_time: expected str, got {type(created_time).__name__}")

        read_token = d.pop("read_token", UNSET)
        if read_token is not UNSET and not isinstance(read_token, str):
            raise TypeError(f"Product.read_token: expected str, got {type(read_token).__name__}")

        thumbnail = d.pop("thumbnail", UNSET)
        if thumbnail is not UNSET and not isinstance(thumbnail, str):
            raise TypeError(f"Product.thumbnail: expected str, got {type(thumbnail).__name__}")

        core = d.pop("core", UNSET)
        if core is not UNSET and not isinstance(core, int):
            core = as_int(core, "Product.core")

        product = cls(
            id,
            userid,
            group,
            typeid,
            themeid,
            created_time,
            read_token,
            thumbnail,
            core,
        )

        product.additional_properties = d
        return product

    def __repr__(self) -> str:
        """Masks the fields the spec marks `x-sdk-secret`: a token printed or logged stays secret."""
        return redacted_repr(self, ("read_token",))

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
