from enum import StrEnum


class UploadRefusalMessage(StrEnum):
    INVALID_FILESIZE = "Invalid filesize"
    INVALID_FILETYPE = "Invalid filetype"

    def __str__(self) -> str:
        return str(self.value)
