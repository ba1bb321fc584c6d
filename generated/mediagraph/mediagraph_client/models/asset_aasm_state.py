from enum import StrEnum


class AssetAasmState(StrEnum):
    PENDING = "pending"
    PROCESSED = "processed"
    PROCESSING = "processing"
    PROCESSING_ERROR = "processing_error"
    UPLOADED = "uploaded"

    def __str__(self) -> str:
        return str(self.value)
