from enum import StrEnum


class StoryGroupType(StrEnum):
    AUDIENCE = "audience"
    DEFAULT = "default"

    def __str__(self) -> str:
        return str(self.value)
