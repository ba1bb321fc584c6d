"""Contains all the data models used in inputs/outputs"""

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
