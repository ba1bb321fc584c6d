from enum import StrEnum


class OrderBy(StrEnum):
    CREATED_AT = "created_at"
    RELEVANCE = "relevance"

    def __str__(self) -> str:
        return str(self.value)
