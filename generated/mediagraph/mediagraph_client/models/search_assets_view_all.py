from enum import StrEnum


class SearchAssetsViewAll(StrEnum):
    COLLECTION = "Collection"
    LIGHTBOX = "Lightbox"

    def __str__(self) -> str:
        return str(self.value)
