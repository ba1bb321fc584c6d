from enum import StrEnum


class SearchAssetsFileSizeRange(StrEnum):
    VALUE_0 = "<1"
    VALUE_1 = "1-10"
    VALUE_2 = "10-50"
    VALUE_3 = "50-100"
    VALUE_4 = ">100"

    def __str__(self) -> str:
        return str(self.value)
