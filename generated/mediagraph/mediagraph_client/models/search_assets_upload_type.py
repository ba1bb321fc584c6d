from enum import StrEnum


class SearchAssetsUploadType(StrEnum):
    ALL = "all"
    GROUP = "group"
    LIGHTBOX = "lightbox"
    LINK = "link"

    def __str__(self) -> str:
        return str(self.value)
