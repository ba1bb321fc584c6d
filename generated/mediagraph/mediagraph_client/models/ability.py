from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Ability")


@_attrs_define
class Ability:
    """A CASL rule (https://github.com/stalniy/casl) - the docs' list is collapsed."""

    action: list[str] | str | Unset = UNSET
    subject: list[str] | str | Unset = UNSET
    conditions: AbilityConditions | Unset = UNSET
    inverted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: list[str] | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, list):
            action = self.action

        else:
            action = self.action

        subject: list[str] | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        elif isinstance(self.subject, list):
            subject = self.subject

        else:
            subject = self.subject

        conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions.to_dict()

        inverted = self.inverted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if subject is not UNSET:
            field_dict["subject"] = subject
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if inverted is not UNSET:
            field_dict["inverted"] = inverted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_action(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                action_type_1 = cast(list[str], data)

                return action_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_subject(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subject_type_1 = cast(list[str], data)

                return subject_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        _conditions = d.pop("conditions", UNSET)
        conditions: AbilityConditions | Unset = (
            UNSET if _conditions is UNSET else AbilityConditions.from_dict(_conditions)
        )

        inverted = d.pop("inverted", UNSET)
        if inverted is not UNSET and not isinstance(inverted, bool):
            raise TypeError(f"Ability.inverted: expected bool, got {type(inverted).__name__}")

        ability = cls(
            action,
            subject,
            conditions,
            inverted,
        )

        ability.additional_properties = d
        return ability

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


from ..models.ability_conditions import AbilityConditions  # noqa: E402
