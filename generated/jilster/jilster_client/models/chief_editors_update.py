from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChiefEditorsUpdate")


@_attrs_define
class ChiefEditorsUpdate:
    """What Set chief editors takes.

    Example:
        {'chiefeditor_id': 1, 'cochiefeditor_ids': '3,7,11,24'}

    """

    chiefeditor_id: int
    """ The id of the user that is chiefeditor for this magazine. """
    cochiefeditor_ids: str | Unset = UNSET
    """ The comma-separated ids of the users that are cochiefeditors for this magazine ("3,7,11,24"); empty for
    none. """

    def to_dict(self) -> dict[str, Any]:
        chiefeditor_id = self.chiefeditor_id

        cochiefeditor_ids = self.cochiefeditor_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "chiefeditor_id": chiefeditor_id,
            }
        )
        if cochiefeditor_ids is not UNSET:
            field_dict["cochiefeditor_ids"] = cochiefeditor_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chiefeditor_id = d.pop("chiefeditor_id")
        if not isinstance(chiefeditor_id, int):
            chiefeditor_id = as_int(chiefeditor_id, "ChiefEditorsUpdate.chiefeditor_id")

        cochiefeditor_ids = d.pop("cochiefeditor_ids", UNSET)
        if cochiefeditor_ids is not UNSET and not isinstance(cochiefeditor_ids, str):
            raise TypeError(
                f"ChiefEditorsUpdate.cochiefeditor_ids: expected str, got {type(cochiefeditor_ids).__name__}"
            )

        chief_editors_update = cls(
            chiefeditor_id,
            cochiefeditor_ids,
        )

        return chief_editors_update
