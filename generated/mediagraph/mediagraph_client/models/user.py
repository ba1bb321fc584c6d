from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from .._runtime.redaction import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    id: int
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    default_username: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    confirmed_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    otp_required_for_login: bool | None | Unset = UNSET
    can_create_orgs: bool | Unset = UNSET
    timezone: None | str | Unset = UNSET
    guest: bool | None | Unset = UNSET
    lang: None | str | Unset = UNSET
    enable_lightroom: bool | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    initials: None | str | Unset = UNSET
    user_group_ids: list[int] | Unset = UNSET
    username: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    user_id: int | Unset = UNSET
    oauth_token: None | Unset | UserOauthTokenType1 = UNSET
    membership: None | Unset | UserMembershipType1 = UNSET
    organization: None | Unset | UserOrganizationType1 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        default_username: None | str | Unset
        if isinstance(self.default_username, Unset):
            default_username = UNSET
        else:
            default_username = self.default_username

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        confirmed_at: None | str | Unset
        if isinstance(self.confirmed_at, Unset):
            confirmed_at = UNSET
        elif isinstance(self.confirmed_at, datetime.datetime):
            confirmed_at = self.confirmed_at.isoformat()
        else:
            confirmed_at = self.confirmed_at

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        otp_required_for_login: bool | None | Unset
        if isinstance(self.otp_required_for_login, Unset):
            otp_required_for_login = UNSET
        else:
            otp_required_for_login = self.otp_required_for_login

        can_create_orgs = self.can_create_orgs

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        guest: bool | None | Unset
        if isinstance(self.guest, Unset):
            guest = UNSET
        else:
            guest = self.guest

        lang: None | str | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        else:
            lang = self.lang

        enable_lightroom = self.enable_lightroom

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        initials: None | str | Unset
        if isinstance(self.initials, Unset):
            initials = UNSET
        else:
            initials = self.initials

        user_group_ids: list[int] | Unset = UNSET
        if not isinstance(self.user_group_ids, Unset):
            user_group_ids = self.user_group_ids

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        user_id = self.user_id

        oauth_token: dict[str, Any] | None | Unset
        if isinstance(self.oauth_token, Unset):
            oauth_token = UNSET
        elif isinstance(self.oauth_token, UserOauthTokenType1):
            oauth_token = self.oauth_token.to_dict()
        else:
            oauth_token = self.oauth_token

        membership: dict[str, Any] | None | Unset
        if isinstance(self.membership, Unset):
            membership = UNSET
        elif isinstance(self.membership, UserMembershipType1):
            membership = self.membership.to_dict()
        else:
            membership = self.membership

        organization: dict[str, Any] | None | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        elif isinstance(self.organization, UserOrganizationType1):
            organization = self.organization.to_dict()
        else:
            organization = self.organization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if default_username is not UNSET:
            field_dict["default_username"] = default_username
        if email is not UNSET:
            field_dict["email"] = email
        if confirmed_at is not UNSET:
            field_dict["confirmed_at"] = confirmed_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if otp_required_for_login is not UNSET:
            field_dict["otp_required_for_login"] = otp_required_for_login
        if can_create_orgs is not UNSET:
            field_dict["can_create_orgs"] = can_create_orgs
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if guest is not UNSET:
            field_dict["guest"] = guest
        if lang is not UNSET:
            field_dict["lang"] = lang
        if enable_lightroom is not UNSET:
            field_dict["enable_lightroom"] = enable_lightroom
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if name is not UNSET:
            field_dict["name"] = name
        if initials is not UNSET:
            field_dict["initials"] = initials
        if user_group_ids is not UNSET:
            field_dict["user_group_ids"] = user_group_ids
        if username is not UNSET:
            field_dict["username"] = username
        if title is not UNSET:
            field_dict["title"] = title
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if oauth_token is not UNSET:
            field_dict["oauth_token"] = oauth_token
        if membership is not UNSET:
            field_dict["membership"] = membership
        if organization is not UNSET:
            field_dict["organization"] = organization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "User.id")

        first_name: None | str | Unset = d.pop("first_name", UNSET)

        last_name: None | str | Unset = d.pop("last_name", UNSET)

        default_username: None | str | Unset = d.pop("default_username", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        confirmed_at: datetime.datetime | None | Unset = d.pop("confirmed_at", UNSET)
        if confirmed_at is not UNSET and isinstance(confirmed_at, str):
            try:
                confirmed_at_type_0 = datetime.datetime.fromisoformat(confirmed_at)

                confirmed_at = confirmed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = (
            UNSET if _created_at is UNSET else datetime.datetime.fromisoformat(_created_at)
        )

        otp_required_for_login: bool | None | Unset = d.pop("otp_required_for_login", UNSET)

        can_create_orgs = d.pop("can_create_orgs", UNSET)
        if can_create_orgs is not UNSET and not isinstance(can_create_orgs, bool):
            raise TypeError(f"User.can_create_orgs: expected bool, got {type(can_create_orgs).__name__}")

        timezone: None | str | Unset = d.pop("timezone", UNSET)

        guest: bool | None | Unset = d.pop("guest", UNSET)

        lang: None | str | Unset = d.pop("lang", UNSET)

        enable_lightroom = d.pop("enable_lightroom", UNSET)
        if enable_lightroom is not UNSET and not isinstance(enable_lightroom, bool):
            raise TypeError(f"User.enable_lightroom: expected bool, got {type(enable_lightroom).__name__}")

        avatar_url: None | str | Unset = d.pop("avatar_url", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        initials: None | str | Unset = d.pop("initials", UNSET)

        user_group_ids: list[int] | Unset = d.pop("user_group_ids", UNSET)
        if user_group_ids is not UNSET:
            if not isinstance(user_group_ids, list):
                raise TypeError("User.user_group_ids: expected a list of int")
            for user_group_ids_item in user_group_ids:
                if not (
                    isinstance(user_group_ids_item, int)
                    or (isinstance(user_group_ids_item, float) and user_group_ids_item.is_integer())
                ):
                    raise TypeError("User.user_group_ids: expected a list of int")

        username: None | str | Unset = d.pop("username", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        user_id = d.pop("user_id", UNSET)
        if user_id is not UNSET and not isinstance(user_id, int):
            user_id = as_int(user_id, "User.user_id")

        oauth_token: None | Unset | UserOauthTokenType1 = d.pop("oauth_token", UNSET)
        if oauth_token is not UNSET and isinstance(oauth_token, dict):
            try:
                oauth_token_type_1 = UserOauthTokenType1.from_dict(oauth_token)

                oauth_token = oauth_token_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        membership: None | Unset | UserMembershipType1 = d.pop("membership", UNSET)
        if membership is not UNSET and isinstance(membership, dict):
            try:
                membership_type_1 = UserMembershipType1.from_dict(membership)

                membership = membership_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        organization: None | Unset | UserOrganizationType1 = d.pop("organization", UNSET)
        if organization is not UNSET and isinstance(organization, dict):
            try:
                organization_type_1 = UserOrganizationType1.from_dict(organization)

                organization = organization_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        user = cls(
            id,
            first_name,
            last_name,
            default_username,
            email,
            confirmed_at,
            created_at,
            otp_required_for_login,
            can_create_orgs,
            timezone,
            guest,
            lang,
            enable_lightroom,
            avatar_url,
            name,
            initials,
            user_group_ids,
            username,
            title,
            user_id,
            oauth_token,
            membership,
            organization,
        )

        user.additional_properties = d
        return user

    def __repr__(self) -> str:
        """Masks the fields the spec marks `x-sdk-secret`: a token printed or logged stays secret."""
        return redacted_repr(self, ("oauth_token",))

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


from ..models.user_membership_type_1 import UserMembershipType1  # noqa: E402
from ..models.user_oauth_token_type_1 import UserOauthTokenType1  # noqa: E402
from ..models.user_organization_type_1 import UserOrganizationType1  # noqa: E402
