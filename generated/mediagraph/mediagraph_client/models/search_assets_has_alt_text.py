from enum import StrEnum


class SearchAssetsHasAltText(StrEnum):
    NO = "no"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)
