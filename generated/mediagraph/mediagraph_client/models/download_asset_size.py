from enum import StrEnum


class DownloadAssetSize(StrEnum):
    FULL = "full"
    ORIGINAL = "original"
    PERMALINK = "permalink"
    SMALL = "small"

    def __str__(self) -> str:
        return str(self.value)
