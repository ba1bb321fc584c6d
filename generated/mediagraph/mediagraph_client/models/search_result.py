from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchResult")


@_attrs_define
class SearchResult:
    total_entries: int
    assets: list[Asset]
    total_display: int | None | str | Unset = UNSET
    ids_in_selection: list[int] | None | Unset = UNSET
    filters: SearchResultFilters | Unset = UNSET
    """ Aggregate counts (include_totals=true). """
    all_asset_counts: SearchResultAllAssetCounts | Unset = UNSET
    asset_ids: list[int] | Unset = UNSET
    """ Every matching id, un-paginated (all_ids=true). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_entries = self.total_entries

        assets = []
        for assets_item_data in self.assets:
            assets_item = assets_item_data.to_dict()
            assets.append(assets_item)

        total_display: int | None | str | Unset
        if isinstance(self.total_display, Unset):
            total_display = UNSET
        else:
            total_display = self.total_display

        ids_in_selection: list[int] | None | Unset
        if isinstance(self.ids_in_selection, Unset):
            ids_in_selection = UNSET
        elif isinstance(self.ids_in_selection, list):
            ids_in_selection = self.ids_in_selection

        else:
            ids_in_selection = self.ids_in_selection

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        all_asset_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.all_asset_counts, Unset):
            all_asset_counts = self.all_asset_counts.to_dict()

        asset_ids: list[int] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_entries": total_entries,
                "assets": assets,
            }
        )
        if total_display is not UNSET:
            field_dict["total_display"] = total_display
        if ids_in_selection is not UNSET:
            field_dict["ids_in_selection"] = ids_in_selection
        if filters is not UNSET:
            field_dict["filters"] = filters
        if all_asset_counts is not UNSET:
            field_dict["all_asset_counts"] = all_asset_counts
        if asset_ids is not UNSET:
            field_dict["asset_ids"] = asset_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_entries = d.pop("total_entries")
        if not isinstance(total_entries, int):
            total_entries = as_int(total_entries, "SearchResult.total_entries")

        assets = []
        _assets = d.pop("assets")
        for assets_item_data in _assets:
            assets_item = Asset.from_dict(assets_item_data)

            assets.append(assets_item)

        total_display: int | None | str | Unset = d.pop("total_display", UNSET)

        def _parse_ids_in_selection(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ids_in_selection_type_0 = cast(list[int], data)

                return ids_in_selection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        ids_in_selection = _parse_ids_in_selection(d.pop("ids_in_selection", UNSET))

        _filters = d.pop("filters", UNSET)
        filters: SearchResultFilters | Unset = UNSET if _filters is UNSET else SearchResultFilters.from_dict(_filters)

        _all_asset_counts = d.pop("all_asset_counts", UNSET)
        all_asset_counts: SearchResultAllAssetCounts | Unset = (
            UNSET if _all_asset_counts is UNSET else SearchResultAllAssetCounts.from_dict(_all_asset_counts)
        )

        asset_ids: list[int] | Unset = d.pop("asset_ids", UNSET)
        if asset_ids is not UNSET:
            if not isinstance(asset_ids, list):
                raise TypeError("SearchResult.asset_ids: expected a list of int")
            for asset_ids_item in asset_ids:
                if not (
                    isinstance(asset_ids_item, int)
                    or (isinstance(asset_ids_item, float) and asset_ids_item.is_integer())
                ):
                    raise TypeError("SearchResult.asset_ids: expected a list of int")

        search_result = cls(
            total_entries,
            assets,
            total_display,
            ids_in_selection,
            filters,
            all_asset_counts,
            asset_ids,
        )

        search_result.additional_properties = d
        return search_result

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


from ..models.asset import Asset  # noqa: E402
from ..models.search_result_all_asset_counts import SearchResultAllAssetCounts  # noqa: E402
from ..models.search_result_filters import SearchResultFilters  # noqa: E402
