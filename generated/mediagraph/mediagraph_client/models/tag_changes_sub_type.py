from enum import StrEnum


class TagChangesSubType(StrEnum):
    EVENT = "event"
    KEYWORD = "keyword"
    PERSON = "person"

    def __str__(self) -> str:
        return str(self.value)
