"""Contains shared errors types that can be raised from API functions"""

from ._runtime.errors import UnexpectedStatus

__all__ = ["UnexpectedStatus"]
