from enum import StrEnum


class SearchAssetsHasPeople(StrEnum):
    NO = "no"
    UNTAGGED = "untagged"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)
