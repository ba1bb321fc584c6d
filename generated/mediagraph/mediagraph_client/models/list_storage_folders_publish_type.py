from enum import StrEnum


class ListStorageFoldersPublishType(StrEnum):
    LIGHTROOM = "lightroom"

    def __str__(self) -> str:
        return str(self.value)
