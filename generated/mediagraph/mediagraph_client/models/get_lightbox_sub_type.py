from enum import StrEnum


class GetLightboxSubType(StrEnum):
    FOLDER = "folder"

    def __str__(self) -> str:
        return str(self.value)
