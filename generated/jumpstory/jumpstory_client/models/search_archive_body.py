from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchArchiveBody")


@_attrs_define
class SearchArchiveBody:
    query: str
    """ Keywords to search for. (minLength 1 is inferred: a Laravel `required` rule rejects an empty string.) """
    folder_id: int | Unset = UNSET
    """ Provide if searching within a specific folder. """
    page: int | Unset = UNSET
    """ Defaults to 1. (server default, not sent unless set: 1) """
    results_page: int | Unset = UNSET
    """ Amount of results per page. Defaults to 50. (server default, not sent unless set: 50) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        folder_id = self.folder_id

        page = self.page

        results_page = self.results_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if page is not UNSET:
            field_dict["page"] = page
        if results_page is not UNSET:
            field_dict["results_page"] = results_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query")
        if not isinstance(query, str):
            raise TypeError(f"SearchArchiveBody.query: expected str, got {type(query).__name__}")

        folder_id = d.pop("folder_id", UNSET)
        if folder_id is not UNSET and not isinstance(folder_id, int):
            folder_id = as_int(folder_id, "SearchArchiveBody.folder_id")

        page = d.pop("page", UNSET)
        if page is not UNSET and not isinstance(page, int):
            page = as_int(page, "SearchArchiveBody.page")

        results_page = d.pop("results_page", UNSET)
        if results_page is not UNSET and not isinstance(results_page, int):
            results_page = as_int(results_page, "SearchArchiveBody.results_page")

        search_archive_body = cls(
            query,
            folder_id,
            page,
            results_page,
        )

        search_archive_body.additional_properties = d
        return search_archive_body

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
