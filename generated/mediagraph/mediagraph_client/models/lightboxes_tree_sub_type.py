from enum import StrEnum


class LightboxesTreeSubType(StrEnum):
    FOLDER = "folder"

    def __str__(self) -> str:
        return str(self.value)
