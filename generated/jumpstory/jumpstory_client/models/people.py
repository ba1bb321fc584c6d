from enum import StrEnum


class People(StrEnum):
    ALL = "all"
    WITH = "with"
    WITHOUT = "without"

    def __str__(self) -> str:
        return str(self.value)
