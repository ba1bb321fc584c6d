from enum import StrEnum


class TaxonomyTagSubType(StrEnum):
    EVENT = "event"
    KEYWORD = "keyword"
    PERSON = "person"

    def __str__(self) -> str:
        return str(self.value)
