from enum import StrEnum


class DownloadMediaBodyType(StrEnum):
    ICON = "icon"
    ILLUSTRATION = "illustration"
    PHOTO = "photo"
    VECTOR = "vector"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
