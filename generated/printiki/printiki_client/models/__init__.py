"""Contains all the data models used in inputs/outputs.

`from .models import X` works as usual, but each model's module is imported on first use of
its name rather than with the package: importing every model class up front (attrs builds each
class when its module runs) was about a third of the package's own import time.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .auth import Auth
    from .cognito_identity import CognitoIdentity
    from .error import Error
    from .error_errors import ErrorErrors
    from .login_body import LoginBody
    from .photo import Photo
    from .product import Product
    from .user import User

_MODULE_OF = {
    "Auth": ".auth",
    "CognitoIdentity": ".cognito_identity",
    "Error": ".error",
    "ErrorErrors": ".error_errors",
    "LoginBody": ".login_body",
    "Photo": ".photo",
    "Product": ".product",
    "User": ".user",
}

__all__ = (
    "Auth",
    "CognitoIdentity",
    "Error",
    "ErrorErrors",
    "LoginBody",
    "Photo",
    "Product",
    "User",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
