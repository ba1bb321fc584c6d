from enum import StrEnum


class Orientation(StrEnum):
    ALL = "all"
    HORIZONTAL = "horizontal"
    SQUARE = "square"
    VERTICAL = "vertical"

    def __str__(self) -> str:
        return str(self.value)
