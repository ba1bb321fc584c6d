from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from .._runtime.redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Photo")


@_attrs_define
class Photo:
    """Photo imported by the user.

    Example:
        {'id': 87392083, 'userid': 1324895, 'kbyte': 1024, 'source': 'instagram', 'full_url': 'https://hema-user.s3-eu-
            west-1.amazonaws.com/1324895/uploads/87392083_ajz6fpm9JmZ7SsvvCo5k/full.jpg', 'full_width': 2322, 'full_height':
            3239, 'url': 'https://hema-user.s3-eu-
            west-1.amazonaws.com/1324895/uploads/87392083_ajz6fpm9JmZ7SsvvCo5k/web.jpg', 'width': 889, 'height': 1240,
            'thumb_url': 'https://hema-user.s3-eu-
            west-1.amazonaws.com/1324895/uploads/87392083_ajz6fpm9JmZ7SsvvCo5k/thumb.jpg', 'thumb_width': 100,
            'thumb_height': 140, 'fcx': 356, 'fcy': 245, 'fcw': 1045, 'fch': 509, 'title': 'Chilling at the beach',
            'externalId': '49202093822394', 'token': 'ajz6fpm9JmZ7SsvvCo5k', 'photodate': '2020-05-26 12:58:52'}

    """

    id: int | Unset = UNSET
    """ Unique identifier for the photo. """
    userid: int | Unset = UNSET
    """ UserId reference to the owner of the photo. """
    kbyte: int | Unset = UNSET
    """ Kilobyte size of the full sized photo. """
    source: str | Unset = UNSET
    """ Source this photo was selected from (e.g. upload, facebook, instagram). """
    full_url: str | Unset = UNSET
    """ URL of the full-sized photo. """
    full_width: int | Unset = UNSET
    """ Width in pixels of the full-sized photo. """
    full_height: int | Unset = UNSET
    """ Height in pixels of the full-sized photo. """
    url: str | Unset = UNSET
    """ URL of the medium-sized photo. """
    width: int | Unset = UNSET
    """ Width in pixels of the medium-sized photo. """
    height: int | Unset = UNSET
    """ Height in pixels of the medium-sized photo. """
    thumb_url: str | Unset = UNSET
    """ URL of the thumbnail-sized photo. """
    thumb_width: int | Unset = UNSET
    """ Width in pixels of the thumbnail-sized photo. """
    thumb_height: int | Unset = UNSET
    """ Height in pixels of the thumbnail-sized photo. """
    fcx: int | None | Unset = UNSET
    """ Pixel column number where the facebox starts in the full-sized photo. """
    fcy: int | None | Unset = UNSET
    """ Pixel row number where the facebox starts in the full-sized photo. """
    fcw: int | None | Unset = UNSET
    """ Width of facebox in pixels in the full-sized photo. """
    fch: int | None | Unset = UNSET
    """ Height of facebox in pixels in the full-sized photo. """
    title: None | str | Unset = UNSET
    """ Photo caption (auto imported from sources as Facebook). """
    external_id: None | str | Unset = UNSET
    """ Unique identifier for the photo at the source of the photo (see source field). """
    token: str | Unset = UNSET
    """ 20-character long string needed for access to the photo. """
    photodate: None | str | Unset = UNSET
    """ Date and time the photo was taken (`YYYY-MM-DD HH:MM:SS`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        userid = self.userid

        kbyte = self.kbyte

        source = self.source

        full_url = self.full_url

        full_width = self.full_width

        full_height = self.full_height

        url = self.url

        width = self.width

        height = self.height

        thumb_url = self.thumb_url

        thumb_width = self.thumb_width

        thumb_height = self.thumb_height

        fcx: int | None | Unset
        if isinstance(self.fcx, Unset):
            fcx = UNSET
        else:
            fcx = self.fcx

        fcy: int | None | Unset
        if isinstance(self.fcy, Unset):
            fcy = UNSET
        else:
            fcy = self.fcy

        fcw: int | None | Unset
        if isinstance(self.fcw, Unset):
            fcw = UNSET
        else:
            fcw = self.fcw

        fch: int | None | Unset
        if isinstance(self.fch, Unset):
            fch = UNSET
        else:
            fch = self.fch

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        token = self.token

        photodate: None | str | Unset
        if isinstance(self.photodate, Unset):
            photodate = UNSET
        else:
            photodate = self.photodate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if userid is not UNSET:
            field_dict["userid"] = userid
        if kbyte is not UNSET:
            field_dict["kbyte"] = kbyte
        if source is not UNSET:
            field_dict["source"] = source
        if full_url is not UNSET:
            field_dict["full_url"] = full_url
        if full_width is not UNSET:
            field_dict["full_width"] = full_width
        if full_height is not UNSET:
            field_dict["full_height"] = full_height
        if url is not UNSET:
            field_dict["url"] = url
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if thumb_url is not UNSET:
            field_dict["thumb_url"] = thumb_url
        if thumb_width is not UNSET:
            field_dict["thumb_width"] = thumb_width
        if thumb_height is not UNSET:
            field_dict["thumb_height"] = thumb_height
        if fcx is not UNSET:
            field_dict["fcx"] = fcx
        if fcy is not UNSET:
            field_dict["fcy"] = fcy
        if fcw is not UNSET:
            field_dict["fcw"] = fcw
        if fch is not UNSET:
            field_dict["fch"] = fch
        if title is not UNSET:
            field_dict["title"] = title
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if token is not UNSET:
            field_dict["token"] = token
        if photodate is not UNSET:
            field_dict["photodate"] = photodate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is not UNSET and not isinstance(id, int):
            id = as_int(id, "Photo.id")

        userid = d.pop("userid", UNSET)
        if userid is not UNSET and not isinstance(userid, int):
            userid = as_int(userid, "Photo.userid")

        kbyte = d.pop("kbyte", UNSET)
        if kbyte is not UNSET and not isinstance(kbyte, int):
            kbyte = as_int(kbyte, "Photo.kbyte")

        source = d.pop("source", UNSET)
        if source is not UNSET and not isinstance(source, str):
            raise TypeError(f"Photo.source: expected str, got {type(source).__name__}")

        full_url = d.pop("full_url", UNSET)
        if full_url is not UNSET and not isinstance(full_url, str):
            raise TypeError(f"Photo.full_url: expected str, got {type(full_url).__name__}")

        full_width = d.pop("full_width", UNSET)
        if full_width is not UNSET and not isinstance(full_width, int):
            full_width = as_int(full_width, "Photo.full_width")

        full_height = d.pop("full_height", UNSET)
        if full_height is not UNSET and not isinstance(full_height, int):
            full_height = as_int(full_height, "Photo.full_height")

        url = d.pop("url", UNSET)
        if url is not UNSET and not isinstance(url, str):
            raise TypeError(f"Photo.url: expected str, got {type(url).__name__}")

        width = d.pop("width", UNSET)
        if width is not UNSET and not isinstance(width, int):
            width = as_int(width, "Photo.width")

        height = d.pop("height", UNSET)
        if height is not UNSET and not isinstance(height, int):
            height = as_int(height, "Photo.height")

        thumb_url = d.pop("thumb_url", UNSET)
        if thumb_url is not UNSET and not isinstance(thumb_url, str):
            raise TypeError(f"Photo.thumb_url: expected str, got {type(thumb_url).__name__}")

        thumb_width = d.pop("thumb_width", UNSET)
        if thumb_width is not UNSET and not isinstance(thumb_width, int):
            thumb_width = as_int(thumb_width, "Photo.thumb_width")

        thumb_height = d.pop("thumb_height", UNSET)
        if thumb_height is not UNSET and not isinstance(thumb_height, int):
            thumb_height = as_int(thumb_height, "Photo.thumb_height")

        fcx: int | None | Unset = d.pop("fcx", UNSET)

        fcy: int | None | Unset = d.pop("fcy", UNSET)

        fcw: int | None | Unset = d.pop("fcw", UNSET)

        fch: int | None | Unset = d.pop("fch", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        external_id: None | str | Unset = d.pop("externalId", UNSET)

        token = d.pop("token", UNSET)
        if token is not UNSET and not isinstance(token, str):
            raise TypeError(f"Photo.token: expected str, got {type(token).__name__}")

        photodate: None | str | Unset = d.pop("photodate", UNSET)

        photo = cls(
            id,
            userid,
            kbyte,
            source,
            full_url,
            full_width,
            full_height,
            url,
            width,
            height,
            thumb_url,
            thumb_width,
            thumb_height,
            fcx,
            fcy,
            fcw,
            fch,
            title,
            external_id,
            token,
            photodate,
        )

        photo.additional_properties = d
        return photo

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
