from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.asset_update_block_level import AssetUpdateBlockLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetUpdate")


@_attrs_define
class AssetUpdate:
    """The fields of `asset` in Update Asset (collapsed in the docs; from 1.2.0)."""

    description: str | Unset = UNSET
    """ Description """
    add_tag_names: list[str] | Unset = UNSET
    """ Tag names to add """
    add_tags_with_commas: str | Unset = UNSET
    """ Tag names to add, comma delimited """
    remove_tag_names: list[str] | Unset = UNSET
    """ Tag names to remove """
    replace_tag_names: list[str] | Unset = UNSET
    """ New set of Tag names to replace current, set blank to remove all """
    filename: str | Unset = UNSET
    """ Filename """
    rating: int | Unset = UNSET
    """ Rating """
    title: str | Unset = UNSET
    """ Title """
    headline: str | Unset = UNSET
    """ Headline """
    alt_text: str | Unset = UNSET
    """ Alternative Text """
    captured_at: datetime.datetime | Unset = UNSET
    """ Date Created """
    has_people: bool | Unset = UNSET
    """ Has People? """
    country: str | Unset = UNSET
    state: str | Unset = UNSET
    city: str | Unset = UNSET
    credit_line: str | Unset = UNSET
    usage_terms: str | Unset = UNSET
    """ Usage Rights """
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    rights_package_id: int | Unset = UNSET
    custom_meta: AssetUpdateCustomMeta | Unset = UNSET
    """ Set Custom Meta Values by name, using an array for controlled vocabulary values """
    block_level: AssetUpdateBlockLevel | Unset = UNSET
    """ Access block level. 0 = None; 1 = Block Download; 2 = Block View and Download """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        add_tag_names: list[str] | Unset = UNSET
        if not isinstance(self.add_tag_names, Unset):
            add_tag_names = self.add_tag_names

        add_tags_with_commas = self.add_tags_with_commas

        remove_tag_names: list[str] | Unset = UNSET
        if not isinstance(self.remove_tag_names, Unset):
            remove_tag_names = self.remove_tag_names

        replace_tag_names: list[str] | Unset = UNSET
        if not isinstance(self.replace_tag_names, Unset):
            replace_tag_names = self.replace_tag_names

        filename = self.filename

        rating = self.rating

        title = self.title

        headline = self.headline

        alt_text = self.alt_text

        captured_at: str | Unset = UNSET
        if not isinstance(self.captured_at, Unset):
            captured_at = self.captured_at.isoformat()

        has_people = self.has_people

        country = self.country

        state = self.state

        city = self.city

        credit_line = self.credit_line

        usage_terms = self.usage_terms

        latitude = self.latitude

        longitude = self.longitude

        rights_package_id = self.rights_package_id

        custom_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_meta, Unset):
            custom_meta = self.custom_meta.to_dict()

        block_level: int | Unset = UNSET
        if not isinstance(self.block_level, Unset):
            block_level = self.block_level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if add_tag_names is not UNSET:
            field_dict["add_tag_names"] = add_tag_names
        if add_tags_with_commas is not UNSET:
            field_dict["add_tags_with_commas"] = add_tags_with_commas
        if remove_tag_names is not UNSET:
            field_dict["remove_tag_names"] = remove_tag_names
        if replace_tag_names is not UNSET:
            field_dict["replace_tag_names"] = replace_tag_names
        if filename is not UNSET:
            field_dict["filename"] = filename
        if rating is not UNSET:
            field_dict["rating"] = rating
        if title is not UNSET:
            field_dict["title"] = title
        if headline is not UNSET:
            field_dict["headline"] = headline
        if alt_text is not UNSET:
            field_dict["alt_text"] = alt_text
        if captured_at is not UNSET:
            field_dict["captured_at"] = captured_at
        if has_people is not UNSET:
            field_dict["has_people"] = has_people
        if country is not UNSET:
            field_dict["country"] = country
        if state is not UNSET:
            field_dict["state"] = state
        if city is not UNSET:
            field_dict["city"] = city
        if credit_line is not UNSET:
            field_dict["credit_line"] = credit_line
        if usage_terms is not UNSET:
            field_dict["usage_terms"] = usage_terms
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if rights_package_id is not UNSET:
            field_dict["rights_package_id"] = rights_package_id
        if custom_meta is not UNSET:
            field_dict["custom_meta"] = custom_meta
        if block_level is not UNSET:
            field_dict["block_level"] = block_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)
        if description is not UNSET and not isinstance(description, str):
            raise TypeError(f"AssetUpdate.description: expected str, got {type(description).__name__}")

        add_tag_names: list[str] | Unset = d.pop("add_tag_names", UNSET)
        if add_tag_names is not UNSET:
            if not isinstance(add_tag_names, list):
                raise TypeError("AssetUpdate.add_tag_names: expected a list of str")
            for add_tag_names_item in add_tag_names:
                if not (isinstance(add_tag_names_item, str)):
                    raise TypeError("AssetUpdate.add_tag_names: expected a list of str")

        add_tags_with_commas = d.pop("add_tags_with_commas", UNSET)
        if add_tags_with_commas is not UNSET and not isinstance(add_tags_with_commas, str):
            raise TypeError(
                f"AssetUpdate.add_tags_with_commas: expected str, got {type(add_tags_with_commas).__name__}"
            )

        remove_tag_names: list[str] | Unset = d.pop("remove_tag_names", UNSET)
        if remove_tag_names is not UNSET:
            if not isinstance(remove_tag_names, list):
                raise TypeError("AssetUpdate.remove_tag_names: expected a list of str")
            for remove_tag_names_item in remove_tag_names:
                if not (isinstance(remove_tag_names_item, str)):
                    raise TypeError("AssetUpdate.remove_tag_names: expected a list of str")

        replace_tag_names: list[str] | Unset = d.pop("replace_tag_names", UNSET)
        if replace_tag_names is not UNSET:
            if not isinstance(replace_tag_names, list):
                raise TypeError("AssetUpdate.replace_tag_names: expected a list of str")
            for replace_tag_names_item in replace_tag_names:
                if not (isinstance(replace_tag_names_item, str)):
                    raise TypeError("AssetUpdate.replace_tag_names: expected a list of str")

        filename = d.pop("filename", UNSET)
        if filename is not UNSET and not isinstance(filename, str):
            raise TypeError(f"AssetUpdate.filename: expected str, got {type(filename).__name__}")

        rating = d.pop("rating", UNSET)
        if rating is not UNSET and not isinstance(rating, int):
            rating = as_int(rating, "AssetUpdate.rating")

        title = d.pop("title", UNSET)
        if title is not UNSET and not isinstance(title, str):
            raise TypeError(f"AssetUpdate.title: expected str, got {type(title).__name__}")

        headline = d.pop("headline", UNSET)
        if headline is not UNSET and not isinstance(headline, str):
            raise TypeError(f"AssetUpdate.headline: expected str, got {type(headline).__name__}")

        alt_text = d.pop("alt_text", UNSET)
        if alt_text is not UNSET and not isinstance(alt_text, str):
            raise TypeError(f"AssetUpdate.alt_text: expected str, got {type(alt_text).__name__}")

        _captured_at = d.pop("captured_at", UNSET)
        captured_at: datetime.datetime | Unset = (
            UNSET if _captured_at is UNSET else datetime.datetime.fromisoformat(_captured_at)
        )

        has_people = d.pop("has_people", UNSET)
        if has_people is not UNSET and not isinstance(has_people, bool):
            raise TypeError(f"AssetUpdate.has_people: expected bool, got {type(has_people).__name__}")

        country = d.pop("country", UNSET)
        if country is not UNSET and not isinstance(country, str):
            raise TypeError(f"AssetUpdate.country: expected str, got {type(country).__name__}")

        state = d.pop("state", UNSET)
        if state is not UNSET and not isinstance(state, str):
            raise TypeError(f"AssetUpdate.state: expected str, got {type(state).__name__}")

        city = d.pop("city", UNSET)
        if city is not UNSET and not isinstance(city, str):
            raise TypeError(f"AssetUpdate.city: expected str, got {type(city).__name__}")

        credit_line = d.pop("credit_line", UNSET)
        if credit_line is not UNSET and not isinstance(credit_line, str):
            raise TypeError(f"AssetUpdate.credit_line: expected str, got {type(credit_line).__name__}")

        usage_terms = d.pop("usage_terms", UNSET)
        if usage_terms is not UNSET and not isinstance(usage_terms, str):
            raise TypeError(f"AssetUpdate.usage_terms: expected str, got {type(usage_terms).__name__}")

        latitude = d.pop("latitude", UNSET)
        if latitude is not UNSET and not isinstance(latitude, (int, float)):
            raise TypeError(f"AssetUpdate.latitude: expected float, got {type(latitude).__name__}")

        longitude = d.pop("longitude", UNSET)
        if longitude is not UNSET and not isinstance(longitude, (int, float)):
            raise TypeError(f"AssetUpdate.longitude: expected float, got {type(longitude).__name__}")

        rights_package_id = d.pop("rights_package_id", UNSET)
        if rights_package_id is not UNSET and not isinstance(rights_package_id, int):
            rights_package_id = as_int(rights_package_id, "AssetUpdate.rights_package_id")

        _custom_meta = d.pop("custom_meta", UNSET)
        custom_meta: AssetUpdateCustomMeta | Unset = (
            UNSET if _custom_meta is UNSET else AssetUpdateCustomMeta.from_dict(_custom_meta)
        )

        block_level: AssetUpdateBlockLevel | Unset = d.pop("block_level", UNSET)
        if block_level is not UNSET:
            block_level = enum_member(AssetUpdateBlockLevel, block_level)

        asset_update = cls(
            description,
            add_tag_names,
            add_tags_with_commas,
            remove_tag_names,
            replace_tag_names,
            filename,
            rating,
            title,
            headline,
            alt_text,
            captured_at,
            has_people,
            country,
            state,
            city,
            credit_line,
            usage_terms,
            latitude,
            longitude,
            rights_package_id,
            custom_meta,
            block_level,
        )

        asset_update.additional_properties = d
        return asset_update

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


from ..models.asset_update_custom_meta import AssetUpdateCustomMeta  # noqa: E402
