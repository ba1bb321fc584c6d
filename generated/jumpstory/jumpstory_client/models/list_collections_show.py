from enum import StrEnum


class ListCollectionsShow(StrEnum):
    ALL = "all"
    JUMPSTORY = "jumpstory"
    OWN = "own"

    def __str__(self) -> str:
        return str(self.value)
