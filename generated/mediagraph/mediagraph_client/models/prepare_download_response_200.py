from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrepareDownloadResponse200")


@_attrs_define
class PrepareDownloadResponse200:
    token: str
    filename: str
    integration: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        filename = self.filename

        integration: None | str | Unset
        if isinstance(self.integration, Unset):
            integration = UNSET
        else:
            integration = self.integration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "filename": filename,
            }
        )
        if integration is not UNSET:
            field_dict["integration"] = integration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")
        if not isinstance(token, str):
            raise TypeError(f"PrepareDownloadResponse200.token: expected str, got {type(token).__name__}")

        filename = d.pop("filename")
        if not isinstance(filename, str):
            raise TypeError(f"PrepareDownloadResponse200.filename: expected str, got {type(filename).__name__}")

        integration: None | str | Unset = d.pop("integration", UNSET)

        prepare_download_response_200 = cls(
            token,
            filename,
            integration,
        )

        prepare_download_response_200.additional_properties = d
        return prepare_download_response_200

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
