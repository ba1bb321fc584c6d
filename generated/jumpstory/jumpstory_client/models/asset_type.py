from enum import StrEnum


class AssetType(StrEnum):
    ICONS = "icons"
    ILLUSTRATIONS = "illustrations"
    PHOTOS = "photos"
    VECTORS = "vectors"
    VIDEOS = "videos"

    def __str__(self) -> str:
        return str(self.value)
