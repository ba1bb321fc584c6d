from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_int

T = TypeVar("T", bound="DeleteTaxonomyTagBody")


@_attrs_define
class DeleteTaxonomyTagBody:
    taxonomy_id: int
    """ Taxonomy ID """

    def to_dict(self) -> dict[str, Any]:
        taxonomy_id = self.taxonomy_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "taxonomy_id": taxonomy_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        taxonomy_id = d.pop("taxonomy_id")
        if not isinstance(taxonomy_id, int):
            taxonomy_id = as_int(taxonomy_id, "DeleteTaxonomyTagBody.taxonomy_id")

        delete_taxonomy_tag_body = cls(
            taxonomy_id,
        )

        return delete_taxonomy_tag_body
