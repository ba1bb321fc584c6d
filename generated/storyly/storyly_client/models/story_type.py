from enum import IntEnum


class StoryType(IntEnum):
    IMAGE = 1
    VIDEO = 2
    TEMPLATE = 3

    def __str__(self) -> str:
        return str(self.value)
