from enum import StrEnum


class PrepareDownloadBodyDownloadSize(StrEnum):
    FULL = "full"
    ORIGINAL = "original"
    PERMALINK = "permalink"
    SMALL = "small"

    def __str__(self) -> str:
        return str(self.value)
