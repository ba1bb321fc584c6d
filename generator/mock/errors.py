"""Errors of the mock: answers to bad requests (`MockError`) and start-up problems (`MockSetupError`).

A `MockError` is not a failure of the mock: it is the documented answer to a request the API
would refuse (401, 404, 422, ...). Checks and vendor handlers raise it; the engine renders it as
the vendor's Laravel-style JSON body `{"message": ..., "errors": {...}}` with a status the spec
declares for the operation (see `responses.declared_status`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.errors import LocatedError

FieldErrors = dict[str, list[str]]
"""Laravel validation errors: field path (dot notation) -> messages."""

VALIDATION_MESSAGE = "The given data was invalid."


class MockSetupError(LocatedError):
    """The spec, the options or the vendor module cannot make a working mock (raised at start-up)."""


class MockError(Exception):
    """A refusal the mock answers with `status` and a JSON error body."""

    def __init__(
        self,
        status: int,
        message: str,
        errors: Mapping[str, Sequence[str]] | None = None,
        headers: Mapping[str, str] | None = None,
        alternatives: tuple[int, ...] = (),
    ) -> None:
        super().__init__(status, message)
        self.status = status
        self.alternatives = alternatives  # statuses to prefer over the generic fallbacks when undeclared
        self.message = message
        self.errors: FieldErrors | None = (
            {name: list(messages) for name, messages in errors.items()} if errors is not None else None
        )
        self.headers = dict(headers or {})

    def body(self) -> dict[str, object]:
        body: dict[str, object] = {"message": self.message}
        if self.errors is not None:
            body["errors"] = self.errors
        return body

    def __repr__(self) -> str:
        return f"MockError({self.status}, {self.message!r}, errors={self.errors!r})"


def validation_error(errors: Mapping[str, Sequence[str]], message: str = VALIDATION_MESSAGE) -> MockError:
    """422 with Laravel's validation body."""
    return MockError(422, message, errors)


def field_error(field: str, message: str) -> MockError:
    """422 for one field, e.g. `field_error("user_id", "The user id has already been taken.")`."""
    return validation_error({field: [message]})


def not_found(message: str = "Not Found.") -> MockError:
    return MockError(404, message)


def unauthenticated() -> MockError:
    return MockError(401, "Unauthenticated.")


def forbidden(message: str = "This action is unauthorized.") -> MockError:
    return MockError(403, message)
