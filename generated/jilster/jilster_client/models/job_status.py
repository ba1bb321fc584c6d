from enum import StrEnum


class JobStatus(StrEnum):
    DISPATCHED = "dispatched"
    FAILED = "failed"
    PROCESSED = "processed"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
