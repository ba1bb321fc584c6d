from enum import StrEnum


class MembershipRoleLevel(StrEnum):
    ADMIN = "admin"
    GENERAL = "general"
    GLOBAL_CONTENT = "global_content"
    GLOBAL_LIBRARY = "global_library"
    GLOBAL_TAGGER = "global_tagger"
    RESTRICTED = "restricted"

    def __str__(self) -> str:
        return str(self.value)
