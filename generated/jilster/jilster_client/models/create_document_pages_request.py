from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .._runtime.modelcheck import as_int

T = TypeVar("T", bound="CreateDocumentPagesRequest")


@_attrs_define
class CreateDocumentPagesRequest:
    """What Split a document into documentpages takes."""

    document_id: int
    """ The document the job works on. """

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "document_id": document_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = d.pop("document_id")
        if not isinstance(document_id, int):
            document_id = as_int(document_id, "CreateDocumentPagesRequest.document_id")

        create_document_pages_request = cls(
            document_id,
        )

        return create_document_pages_request
