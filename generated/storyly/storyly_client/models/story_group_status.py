from enum import IntEnum


class StoryGroupStatus(IntEnum):
    ACTIVE = 1
    PASSIVE = 2
    CAP_REACHED = 3
    END_DATE_REACHED = 4
    ARCHIVED = 9

    def __str__(self) -> str:
        return str(self.value)
