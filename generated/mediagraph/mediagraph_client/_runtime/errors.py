"""Typed errors: what went wrong, on which request, with the parsed body kept for inspection.

One base class so callers can catch everything from the API with one `except`; a subclass per
kind of failure so they can react to each (renew, back off, fix the input). Messages carry the
method and a redacted URL, never a credential.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from .redaction import redact_url


class ApiError(Exception):
    """Base of every error the client raises for a call to the API."""


class APIConnectionError(ApiError):
    """The request did not get an answer: connection refused or dropped, DNS, TLS (after retries)."""

    def __init__(self, method: str, url: str, cause: Exception) -> None:
        self.method = method
        self.url = url
        self.cause = cause
        super().__init__(f"{method} {url} failed: {type(cause).__name__}")


class APITimeoutError(APIConnectionError):
    """The request timed out, or the call's total deadline ran out."""


class ApiStatusError(ApiError):
    """The API answered with a status that is not a success."""

    status_code: int
    method: str
    url: str
    body: Any
    response: httpx.Response

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.status_code = response.status_code
        self.method = response.request.method
        self.url = redact_url(str(response.request.url))
        self.body = _parse_body(response)
        detail = _message_of(self.body)
        self.message = detail
        """The answer's own explanation (`message`, else `error_description` or `error`), or ""."""
        super().__init__(
            f"{self.method} {self.url} answered HTTP {self.status_code}" + (f": {detail}" if detail else "")
        )

    @property
    def path(self) -> str:
        return self.response.request.url.path


class BadRequestError(ApiStatusError):
    """HTTP 400."""


class AuthenticationError(ApiStatusError):
    """HTTP 401: the credential is missing, wrong or expired (renewal already tried once)."""


class PermissionDeniedError(ApiStatusError):
    """HTTP 403: the credential is valid but not for this operation."""


class NotFoundError(ApiStatusError):
    """HTTP 404."""


class ValidationError(ApiStatusError):
    """HTTP 409 or 422: the API rejected the request's content."""


class EnvelopeFailureError(ApiStatusError):
    """A success status whose envelope says the call failed (`x-envelope`: the success flag is
    false, or the message is one the docs list as a failure, e.g. "Invalid filetype" with
    `success: true`); `message` is the envelope's message."""

    def __init__(self, response: httpx.Response, message: str) -> None:
        super().__init__(response)
        self.message = message[:200]
        self.args = (
            f"{self.method} {self.url} answered HTTP {self.status_code} but failed: {self.message or 'no message'}",
        )


class RateLimitError(ApiStatusError):
    """HTTP 429: throttled; `retry_after` says how long the API asked to wait, in seconds."""

    @property
    def retry_after(self) -> float | None:
        value = self.response.headers.get("Retry-After")
        try:
            return float(value) if value is not None else None
        except ValueError:
            return None


class ServerError(ApiStatusError):
    """HTTP 5xx."""


_BY_STATUS: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ValidationError,
    422: ValidationError,
    429: RateLimitError,
}


def error_for(response: httpx.Response) -> ApiStatusError:
    """The typed error for a non-success response."""
    if response.status_code >= 500:
        return ServerError(response)
    return _BY_STATUS.get(response.status_code, ApiStatusError)(response)


def _parse_body(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content) if response.content else None
    except ValueError:
        return response.text


def _message_of(body: Any) -> str:
    """The answer's own explanation: `message`, else OAuth's `error_description` or `error` (RFC 6749 §5.2)."""
    if isinstance(body, dict):
        for key in ("message", "error_description", "error"):
            if isinstance(body.get(key), str):
                return str(body[key])[:200]
    return ""


class UnexpectedResponseError(ApiError):
    """A success response whose body does not match the spec; the raw body is kept in `content`."""

    def __init__(self, response: httpx.Response, cause: Exception) -> None:
        self.response = response
        self.status_code = response.status_code
        self.content = response.content
        self.cause = cause
        super().__init__(
            f"{response.request.method} {redact_url(str(response.request.url))} answered HTTP "
            f"{response.status_code} with a body that does not match the spec "
            f"({type(cause).__name__}: {str(cause)[:200]})"
        )
