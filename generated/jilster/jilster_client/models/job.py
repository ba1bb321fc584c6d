from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.modelcheck import as_int, enum_member
from ..models.job_status import JobStatus

T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A background job: 'The possible values for the status are: dispatched, processing, processed, failed'.

    Example:
        {'id': 1, 'name': 'CreateMagazineScreenPDF', 'entity': 'magazine', 'entity_id':
            '3dea9ffc-9d28-11e7-a35a-080027c30a85', 'status': 'processed', 'fileUrl': 'https://s3.eu-
            west-1.amazonaws.com/php.jilster.nl/production_magazines/pdf_screen/3dea9ffc-9d28-11e7-a35a-080027c30a85.pdf',
            'created_at': '2018-03-16 18:10:53', 'updated_at': '2018-03-16 18:12:40'}

    """

    id: int
    name: str
    """ What the job does ("CreateMagazineScreenPDF"). """
    entity: str
    """ The kind of entity the job works on ("magazine"). """
    entity_id: str
    """ The id of that entity (a magazine's UUID, or an integer id as a string). """
    status: JobStatus
    file_url: None | str
    """ The file the job made; null until it is processed (inferred). """
    created_at: str
    """ A date and time as the docs write it: 'Formatted as Y-m-d H:i:s' (lock), e.g. "2016-10-12 12:01:30" (no time
    zone). """
    updated_at: str
    """ A date and time as the docs write it: 'Formatted as Y-m-d H:i:s' (lock), e.g. "2016-10-12 12:01:30" (no time
    zone). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        entity = self.entity

        entity_id = self.entity_id

        status = self.status.value

        file_url: None | str
        file_url = self.file_url

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "entity": entity,
                "entity_id": entity_id,
                "status": status,
                "fileUrl": file_url,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int):
            id = as_int(id, "Job.id")

        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError(f"Job.name: expected str, got {type(name).__name__}")

        entity = d.pop("entity")
        if not isinstance(entity, str):
            raise TypeError(f"Job.entity: expected str, got {type(entity).__name__}")

        entity_id = d.pop("entity_id")
        if not isinstance(entity_id, str):
            raise TypeError(f"Job.entity_id: expected str, got {type(entity_id).__name__}")

        status = enum_member(JobStatus, d.pop("status"))

        file_url: None | str = d.pop("fileUrl")

        created_at = d.pop("created_at")
        if not isinstance(created_at, str):
            raise TypeError(f"Job.created_at: expected str, got {type(created_at).__name__}")

        updated_at = d.pop("updated_at")
        if not isinstance(updated_at, str):
            raise TypeError(f"Job.updated_at: expected str, got {type(updated_at).__name__}")

        job = cls(
            id,
            name,
            entity,
            entity_id,
            status,
            file_url,
            created_at,
            updated_at,
        )

        job.additional_properties = d
        return job

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
