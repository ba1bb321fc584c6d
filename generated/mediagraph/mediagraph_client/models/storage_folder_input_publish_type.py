from enum import StrEnum


class StorageFolderInputPublishType(StrEnum):
    LIGHTROOM = "lightroom"

    def __str__(self) -> str:
        return str(self.value)
