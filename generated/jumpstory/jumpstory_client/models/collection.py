from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int

T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection:
    """A collection of library assets.

    Example:
        {'id': 1, 'name': 'Winter', 'resources': {'photos': [1, 2], 'icons': [3, 4], 'illustrations': [5, 6], 'vectors':
            [9], 'videos': [7, 8]}}

    """

    id: int
    """ Collection id. """
    name: str
    """ Name of the Collection. """
    resources: CollectionResources
    """ The assets of a collection per asset type, as arrays of ids. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        resources = self.resources.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "resources": resources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "Collection.id")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"Collection.name: expected str, got {type(name).__name__}")

        resources = CollectionResources.from_dict(d.pop("resources"))

        collection = cls(
            id,
            name,
            resources,
        )

        collection.additional_properties = d
        return collection

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


from ..models.collection_resources import CollectionResources  # noqa: E402
