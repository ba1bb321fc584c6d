from enum import StrEnum


class SearchAssetsAspect(StrEnum):
    LANDSCAPE = "landscape"
    PANORAMA = "panorama"
    PORTRAIT = "portrait"
    SQUARE = "square"

    def __str__(self) -> str:
        return str(self.value)
