from enum import StrEnum


class EnvelopeStatus(StrEnum):
    OK = "ok"

    def __str__(self) -> str:
        return str(self.value)
