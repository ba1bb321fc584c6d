from enum import StrEnum


class SearchAssetsTaxonomyFilterMode(StrEnum):
    INTERSECTION = "intersection"
    UNION = "union"

    def __str__(self) -> str:
        return str(self.value)
