from enum import StrEnum


class SearchAssetsProximityField(StrEnum):
    CONTENT = "content"
    DESCRIPTION = "description"
    TRANSCRIPT = "transcript"

    def __str__(self) -> str:
        return str(self.value)
