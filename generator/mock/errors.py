"""Errors of the mock: refusals (`MockError`) and start-up problems (`MockSetupError`).

A `MockError` is not a failure of the mock: it is the documented answer to a request the API
would refuse (401, 404, 422, ...). It says *what* went wrong -- its kind, the fields at fault with
the rule each one broke, parameters such as the allowed methods -- and never *how* a vendor words
it: the vendor's error style (`x-mock.errors`, see `generator.mock.errorstyle`) renders it into the
body and status that vendor sends, so the engine holds no vendor's wording. A vendor module may
still give a message of its own ("No query results for model [File]."): that is its business.

Checks and handlers raise it; the engine renders it with a status the operation declares
(`responses.declared_status`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from generator.errors import LocatedError


class ErrorKind(StrEnum):
    """What went wrong, as the vendor's error style names it (`x-mock.errors.<kind>`)."""

    VALIDATION = "validation"
    NOT_FOUND = "not-found"
    ROUTE_NOT_FOUND = "route-not-found"
    METHOD_NOT_ALLOWED = "method-not-allowed"
    UNAUTHENTICATED = "unauthenticated"
    MISSING_CREDENTIALS = "missing-credentials"
    LOGIN_FAILED = "login-failed"
    REFRESH_FAILED = "refresh-failed"
    FORBIDDEN = "forbidden"
    CONFLICT = "conflict"
    MALFORMED_BODY = "malformed-body"
    UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type"
    TOO_LARGE = "too-large"
    RATE_LIMITED = "rate-limited"
    SERVER_ERROR = "server-error"
    OTHER = "other"


# The kind a bare status stands for, when a vendor module raises `MockError(409, "...")`.
_KIND_OF_STATUS: Final[Mapping[int, ErrorKind]] = {
    401: ErrorKind.UNAUTHENTICATED,
    403: ErrorKind.FORBIDDEN,
    404: ErrorKind.NOT_FOUND,
    405: ErrorKind.METHOD_NOT_ALLOWED,
    409: ErrorKind.CONFLICT,
    413: ErrorKind.TOO_LARGE,
    415: ErrorKind.UNSUPPORTED_MEDIA_TYPE,
    422: ErrorKind.VALIDATION,
    429: ErrorKind.RATE_LIMITED,
}


def kind_of_status(status: int, has_fields: bool = False) -> ErrorKind:
    """The kind a status stands for (a 4xx with field errors is a validation error)."""
    if has_fields and 400 <= status < 500:
        return ErrorKind.VALIDATION
    if status >= 500:
        return ErrorKind.SERVER_ERROR
    return _KIND_OF_STATUS.get(status, ErrorKind.OTHER)


@dataclass(frozen=True)
class FieldProblem:
    """One field of a request that broke one rule.

    `path` leads from what was checked (a parameter, or the body) to the value at fault:
    `("limit",)`, `("resources", "photos", 0)`; `()` is the whole body. `rule` is the JSON Schema
    keyword that failed (`required`, `type`, `maximum`, ...) or one of the engine's own rules
    (`file`, `text`, `json`, `body`, `upload-type`, `upload-size`); `params` are what its message
    may quote (`limit`, `types`, `format`, ...). `message`, when given, is a vendor module's own
    wording and is used as it is.
    """

    path: tuple[str | int, ...]
    rule: str
    params: Mapping[str, object] = field(default_factory=dict)
    message: str | None = None


FieldErrors = Mapping[str, Sequence[str]]
"""Field errors in a vendor module's own words: field name -> messages."""


def _problems(errors: FieldErrors | Sequence[FieldProblem] | None) -> tuple[FieldProblem, ...]:
    if errors is None:
        return ()
    if isinstance(errors, Mapping):
        return tuple(
            FieldProblem((name,), "custom", message=message)
            for name, messages in errors.items()
            for message in messages
        )
    return tuple(errors)


class MockSetupError(LocatedError):
    """The spec, the options or the vendor module cannot make a working mock (raised at start-up)."""


class MockError(Exception):
    """A refusal: its kind (or a status of a vendor module's own), field problems, parameters.

    `MockError(ErrorKind.NOT_FOUND)` lets the vendor's style choose status and wording;
    `MockError(409, "A story group contains up to 100 stories.")` is a vendor module's own status
    and message (the kind follows from the status). `params` fill the style's message template
    (e.g. `allowed` for method-not-allowed); `alternatives` are statuses to prefer over the generic
    fallbacks when the operation does not declare the wanted one.
    """

    def __init__(
        self,
        status: int | ErrorKind,
        message: str | None = None,
        errors: FieldErrors | Sequence[FieldProblem] | None = None,
        headers: Mapping[str, str] | None = None,
        alternatives: tuple[int, ...] = (),
        *,
        params: Mapping[str, object] | None = None,
    ) -> None:
        self.problems = _problems(errors)
        if isinstance(status, ErrorKind):
            self.kind = status
            self.status: int | None = None
        else:
            self.kind = kind_of_status(status, bool(self.problems))
            self.status = status
        super().__init__(self.kind.value, message)
        self.message = message
        self.headers = dict(headers or {})
        self.alternatives = alternatives
        self.params: dict[str, object] = dict(params or {})

    def __repr__(self) -> str:
        return f"MockError({self.kind.value}, status={self.status}, message={self.message!r})"


def validation_error(errors: FieldErrors | Sequence[FieldProblem], *, status: int | None = None) -> MockError:
    """A validation error with its field problems (422 unless the style or `status` says otherwise)."""
    return MockError(ErrorKind.VALIDATION if status is None else status, None, errors)


def field_error(field_name: str, message: str) -> MockError:
    """A validation error of one field in the vendor module's words, e.g.
    `field_error("user_id", "The user id has already been taken.")`."""
    return validation_error({field_name: [message]})


def not_found(message: str | None = None) -> MockError:
    return MockError(ErrorKind.NOT_FOUND, message)


def unauthenticated(message: str | None = None) -> MockError:
    return MockError(ErrorKind.UNAUTHENTICATED, message)


def forbidden(message: str | None = None) -> MockError:
    return MockError(ErrorKind.FORBIDDEN, message)


def conflict(message: str | None = None) -> MockError:
    return MockError(ErrorKind.CONFLICT, message)
