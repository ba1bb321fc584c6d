from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTaxonomyTagBody")


@_attrs_define
class UpdateTaxonomyTagBody:
    taxonomy_tags: TaxonomyTagChanges
    taxonomy_id: int | Unset = UNSET
    """ Taxonomy ID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        taxonomy_tags = self.taxonomy_tags.to_dict()

        taxonomy_id = self.taxonomy_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taxonomy_tags": taxonomy_tags,
            }
        )
        if taxonomy_id is not UNSET:
            field_dict["taxonomy_id"] = taxonomy_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        taxonomy_tags = TaxonomyTagChanges.from_dict(d.pop("taxonomy_tags"))

        taxonomy_id = d.pop("taxonomy_id", UNSET)
        if taxonomy_id is not UNSET and not isinstance(taxonomy_id, int):
            taxonomy_id = as_int(taxonomy_id, "UpdateTaxonomyTagBody.taxonomy_id")

        update_taxonomy_tag_body = cls(
            taxonomy_tags,
            taxonomy_id,
        )

        update_taxonomy_tag_body.additional_properties = d
        return update_taxonomy_tag_body

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


from ..models.taxonomy_tag_changes import TaxonomyTagChanges  # noqa: E402
