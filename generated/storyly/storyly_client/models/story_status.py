from enum import IntEnum


class StoryStatus(IntEnum):
    ACTIVE = 1
    PASSIVE = 2
    PASSIVE_BY_STORY_GROUP = 3
    END_DATE_REACHED = 4
    CAP_REACHED = 5
    WAITING_MEDIA_IMPORT = 6
    FAILED_MEDIA_IMPORT = 7
    ARCHIVED = 9

    def __str__(self) -> str:
        return str(self.value)
