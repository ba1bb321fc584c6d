"""Contains all the data models used in inputs/outputs"""

from .auth import Auth
from .cognito_identity import CognitoIdentity
from .error import Error
from .error_errors import ErrorErrors
from .login_body import LoginBody
from .photo import Photo
from .product import Product
from .user import User

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
