"""Contains all the data models used in inputs/outputs.

`from .models import X` works as usual, but each model's module is imported on first use of
its name rather than with the package: importing every model class up front (attrs builds each
class when its module runs) was about a third of the package's own import time.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import App
    from .app_detailed_info import AppDetailedInfo
    from .app_list_envelope import AppListEnvelope
    from .app_settings_type_0 import AppSettingsType0
    from .audience import Audience
    from .audience_create_data import AudienceCreateData
    from .audience_create_form import AudienceCreateForm
    from .audience_envelope import AudienceEnvelope
    from .audience_mapping import AudienceMapping
    from .audience_update_data import AudienceUpdateData
    from .audience_update_form import AudienceUpdateForm
    from .available_icons import AvailableIcons
    from .envelope_status import EnvelopeStatus
    from .error import Error
    from .error_errors import ErrorErrors
    from .instance import Instance
    from .instance_list_envelope import InstanceListEnvelope
    from .segment import Segment
    from .segment_create import SegmentCreate
    from .segment_envelope import SegmentEnvelope
    from .segment_list_envelope import SegmentListEnvelope
    from .segment_rule import SegmentRule
    from .segment_rule_type import SegmentRuleType
    from .status_envelope import StatusEnvelope
    from .story import Story
    from .story_create_data import StoryCreateData
    from .story_create_form import StoryCreateForm
    from .story_envelope import StoryEnvelope
    from .story_group import StoryGroup
    from .story_group_create_data import StoryGroupCreateData
    from .story_group_create_form import StoryGroupCreateForm
    from .story_group_envelope import StoryGroupEnvelope
    from .story_group_list_envelope import StoryGroupListEnvelope
    from .story_group_pinned import StoryGroupPinned
    from .story_group_settings import StoryGroupSettings
    from .story_group_status import StoryGroupStatus
    from .story_group_template import StoryGroupTemplate
    from .story_group_type import StoryGroupType
    from .story_group_update_data import StoryGroupUpdateData
    from .story_group_update_form import StoryGroupUpdateForm
    from .story_list_envelope import StoryListEnvelope
    from .story_settings import StorySettings
    from .story_status import StoryStatus
    from .story_studio_type_0 import StoryStudioType0
    from .story_type import StoryType
    from .story_update_data import StoryUpdateData
    from .story_update_form import StoryUpdateForm
    from .sub_user import SubUser
    from .sub_user_create import SubUserCreate
    from .sub_user_envelope import SubUserEnvelope
    from .sub_user_list_envelope import SubUserListEnvelope
    from .template_mapping import TemplateMapping

_MODULE_OF = {
    "App": ".app",
    "AppDetailedInfo": ".app_detailed_info",
    "AppListEnvelope": ".app_list_envelope",
    "AppSettingsType0": ".app_settings_type_0",
    "Audience": ".audience",
    "AudienceCreateData": ".audience_create_data",
    "AudienceCreateForm": ".audience_create_form",
    "AudienceEnvelope": ".audience_envelope",
    "AudienceMapping": ".audience_mapping",
    "AudienceUpdateData": ".audience_update_data",
    "AudienceUpdateForm": ".audience_update_form",
    "AvailableIcons": ".available_icons",
    "EnvelopeStatus": ".envelope_status",
    "Error": ".error",
    "ErrorErrors": ".error_errors",
    "Instance": ".instance",
    "InstanceListEnvelope": ".instance_list_envelope",
    "Segment": ".segment",
    "SegmentCreate": ".segment_create",
    "SegmentEnvelope": ".segment_envelope",
    "SegmentListEnvelope": ".segment_list_envelope",
    "SegmentRule": ".segment_rule",
    "SegmentRuleType": ".segment_rule_type",
    "StatusEnvelope": ".status_envelope",
    "Story": ".story",
    "StoryCreateData": ".story_create_data",
    "StoryCreateForm": ".story_create_form",
    "StoryEnvelope": ".story_envelope",
    "StoryGroup": ".story_group",
    "StoryGroupCreateData": ".story_group_create_data",
    "StoryGroupCreateForm": ".story_group_create_form",
    "StoryGroupEnvelope": ".story_group_envelope",
    "StoryGroupListEnvelope": ".story_group_list_envelope",
    "StoryGroupPinned": ".story_group_pinned",
    "StoryGroupSettings": ".story_group_settings",
    "StoryGroupStatus": ".story_group_status",
    "StoryGroupTemplate": ".story_group_template",
    "StoryGroupType": ".story_group_type",
    "StoryGroupUpdateData": ".story_group_update_data",
    "StoryGroupUpdateForm": ".story_group_update_form",
    "StoryListEnvelope": ".story_list_envelope",
    "StorySettings": ".story_settings",
    "StoryStatus": ".story_status",
    "StoryStudioType0": ".story_studio_type_0",
    "StoryType": ".story_type",
    "StoryUpdateData": ".story_update_data",
    "StoryUpdateForm": ".story_update_form",
    "SubUser": ".sub_user",
    "SubUserCreate": ".sub_user_create",
    "SubUserEnvelope": ".sub_user_envelope",
    "SubUserListEnvelope": ".sub_user_list_envelope",
    "TemplateMapping": ".template_mapping",
}

__all__ = (
    "App",
    "AppDetailedInfo",
    "AppListEnvelope",
    "AppSettingsType0",
    "Audience",
    "AudienceCreateData",
    "AudienceCreateForm",
    "AudienceEnvelope",
    "AudienceMapping",
    "AudienceUpdateData",
    "AudienceUpdateForm",
    "AvailableIcons",
    "EnvelopeStatus",
    "Error",
    "ErrorErrors",
    "Instance",
    "InstanceListEnvelope",
    "Segment",
    "SegmentCreate",
    "SegmentEnvelope",
    "SegmentListEnvelope",
    "SegmentRule",
    "SegmentRuleType",
    "StatusEnvelope",
    "Story",
    "StoryCreateData",
    "StoryCreateForm",
    "StoryEnvelope",
    "StoryGroup",
    "StoryGroupCreateData",
    "StoryGroupCreateForm",
    "StoryGroupEnvelope",
    "StoryGroupListEnvelope",
    "StoryGroupPinned",
    "StoryGroupSettings",
    "StoryGroupStatus",
    "StoryGroupTemplate",
    "StoryGroupType",
    "StoryGroupUpdateData",
    "StoryGroupUpdateForm",
    "StoryListEnvelope",
    "StorySettings",
    "StoryStatus",
    "StoryStudioType0",
    "StoryType",
    "StoryUpdateData",
    "StoryUpdateForm",
    "SubUser",
    "SubUserCreate",
    "SubUserEnvelope",
    "SubUserListEnvelope",
    "TemplateMapping",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
