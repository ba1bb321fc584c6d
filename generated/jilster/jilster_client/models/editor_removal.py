from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_int

T = TypeVar("T", bound="EditorRemoval")


@_attrs_define
class EditorRemoval:
    """What Remove editor takes.

    Example:
        {'editor_id': 1}

    """

    editor_id: int
    """ The id of the editor that is to be removed from the magazine. """

    def to_dict(self) -> dict[str, Any]:
        editor_id = self.editor_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "editor_id": editor_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        editor_id = d.pop("editor_id")
        if not isinstance(editor_id, int):
            editor_id = as_int(editor_id, "EditorRemoval.editor_id")

        editor_removal = cls(
            editor_id,
        )

        return editor_removal
