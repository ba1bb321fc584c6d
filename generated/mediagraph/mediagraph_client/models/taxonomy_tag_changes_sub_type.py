from enum import StrEnum


class TaxonomyTagChangesSubType(StrEnum):
    EVENT = "event"
    KEYWORD = "keyword"
    PERSON = "person"

    def __str__(self) -> str:
        return str(self.value)
