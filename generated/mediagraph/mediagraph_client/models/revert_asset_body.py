from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_int

T = TypeVar("T", bound="RevertAssetBody")


@_attrs_define
class RevertAssetBody:
    version: int
    """ Version """

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")
        if not isinstance(version, int):
            version = as_int(version, "RevertAssetBody.version")

        revert_asset_body = cls(
            version,
        )

        return revert_asset_body
