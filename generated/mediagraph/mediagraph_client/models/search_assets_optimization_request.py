from enum import StrEnum


class SearchAssetsOptimizationRequest(StrEnum):
    COMPLETED = "completed"
    NONE = "none"
    REQUESTED = "requested"

    def __str__(self) -> str:
        return str(self.value)
