"""Typed errors: one family, named as openai-python and the other Stainless SDKs name theirs.

```
APIError                       anything the client raises for a call to the API
├── APIConnectionError         no answer (refused, dropped, DNS, TLS), after retries
│   └── APITimeoutError        a request timed out, or the call's deadline could not be kept
├── APIStatusError             an answer with a non-success status (`status_code`, `request_id`, ...)
│   ├── BadRequestError            400
│   ├── AuthenticationError        401
│   ├── PermissionDeniedError      403
│   ├── NotFoundError              404
│   ├── ConflictError              409
│   ├── PayloadTooLargeError       413
│   ├── UnprocessableEntityError   422 (the field errors in its message)
│   ├── RateLimitError             429 (`retry_after`)
│   ├── InternalServerError        5xx
│   └── EnvelopeFailureError       a 2xx whose envelope says the call failed
└── UnexpectedResponseError    a success the spec does not declare, or a body that does not match it
```

Callers catch everything with one `except APIError`, or react to one kind (renew, back off, fix
the input). Messages carry the method and a redacted URL of what was actually sent, never a
credential.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from .redaction import redact_url
from .retry_after import retry_after_seconds

REQUEST_ID_HEADERS = (
    "x-request-id",
    "request-id",
    "x-amzn-requestid",
    "x-amz-request-id",
    "x-correlation-id",
)
"""Where a request id is looked for: no vendor's docs name one, so the common headers, in this order."""


class APIError(Exception):
    """Base of every error the client raises for a call to the API."""


class APIConnectionError(APIError):
    """The request did not get an answer: connection refused or dropped, DNS, TLS (after retries)."""

    def __init__(self, method: str, url: str, cause: Exception | None = None, detail: str | None = None) -> None:
        self.method = method
        self.url = url
        self.cause = cause
        reason = detail if detail is not None else type(cause).__name__
        super().__init__(f"{method} {url} failed: {reason}")


class APITimeoutError(APIConnectionError):
    """A request timed out, or the call's deadline (`RequestOptions.deadline`) cannot be kept: a wait
    (pacing, backoff) or a further request (a token call) would end after it."""


class APIStatusError(APIError):
    """The API answered with a status that is not a success."""

    status_code: int
    method: str
    url: str
    body: Any
    response: httpx.Response
    request_id: str | None
    answered_at: float | None

    def __init__(self, response: httpx.Response, answered_at: float | None = None) -> None:
        self.response = response
        self.answered_at = answered_at
        """When the answer came, as a Unix time on the client's clock (`clock=`), if the client said."""
        self.status_code = response.status_code
        self.method = response.request.method
        self.url = redact_url(str(response.request.url))
        self.body = _parse_body(response)
        self.request_id = request_id_of(response)
        """The vendor's id of this request (a header such as `x-request-id`), for its support; or None."""
        detail = self._detail()
        self.message = _message_of(self.body)
        """The answer's own explanation (`message`, else `error_description` or `error`), or ""."""
        super().__init__(
            f"{self.method} {self.url} answered HTTP {self.status_code}"
            + (f": {detail}" if detail else "")
            + (f" (request id {self.request_id})" if self.request_id else "")
        )

    def _detail(self) -> str:
        return _message_of(self.body)

    @property
    def path(self) -> str:
        return self.response.request.url.path


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the credential is missing, wrong or expired (renewal already tried once)."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: the credential is valid but not for this operation."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409: the request conflicts with the resource's state (e.g. a name already taken)."""


class PayloadTooLargeError(APIStatusError):
    """HTTP 413: the body (an upload) is larger than the API accepts."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: the API rejected the request's content; `field_errors` maps each field to its
    messages (Laravel's `{"errors": {"field": ["..."]}}` and lists of `{field, message}`), and the
    message names them."""

    @property
    def field_errors(self) -> dict[str, list[str]]:
        return _field_errors(self.body)

    def _detail(self) -> str:
        fields = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in _field_errors(self.body).items())
        message = _message_of(self.body)
        return "; ".join(part for part in (message, fields[:400]) if part)


class RateLimitError(APIStatusError):
    """HTTP 429: throttled; `retry_after` says how long the API asked to wait, in seconds."""

    @property
    def retry_after(self) -> float | None:
        """Seconds from the answer; an HTTP-date is read against the client's clock at the answer."""
        return retry_after_seconds(self.response, self.answered_at)


class InternalServerError(APIStatusError):
    """HTTP 5xx."""


class EnvelopeFailureError(APIStatusError):
    """A success status whose envelope says the call failed (`x-envelope`: the success flag is
    false, or the message is one the docs list as a failure, e.g. "Invalid filetype" with
    `success: true`); `message` is the envelope's message."""

    def __init__(self, response: httpx.Response, message: str) -> None:
        super().__init__(response)
        self.message = message[:200]
        self.args = (
            f"{self.method} {self.url} answered HTTP {self.status_code} but failed: {self.message or 'no message'}",
        )


class UnexpectedResponseError(APIError):
    """A success response the spec does not declare (its status, or a body that does not match the
    declared schema: a missing field, a wrong type); the raw body is kept in `content`."""

    def __init__(self, response: httpx.Response, cause: Exception | str) -> None:
        self.response = response
        self.status_code = response.status_code
        self.content = response.content
        self.request_id = request_id_of(response)
        self.cause = cause
        reason = cause if isinstance(cause, str) else f"{type(cause).__name__}: {str(cause)[:200]}"
        super().__init__(
            f"{response.request.method} {redact_url(str(response.request.url))} answered HTTP "
            f"{response.status_code}, which does not match the spec ({reason})"
        )


class UnexpectedStatus(Exception):
    """Raised by the generated parsers (`api/`, `errors.UnexpectedStatus`) for a status the spec does
    not declare, when `Client.raise_on_unexpected_status` is true; the facade turns it into
    `UnexpectedResponseError`."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code} ({len(content)} bytes of content)")


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_for(response: httpx.Response, answered_at: float | None = None) -> APIStatusError:
    """The typed error for a non-success response; `answered_at` is the client's clock's time of the
    answer (what a `Retry-After` date is read against: a test's fake clock, not the machine's)."""
    if response.status_code >= 500:
        return InternalServerError(response, answered_at)
    return _BY_STATUS.get(response.status_code, APIStatusError)(response, answered_at)


def request_id_of(response: httpx.Response) -> str | None:
    """The request id the vendor sent (first of `REQUEST_ID_HEADERS`), cut to 200 characters."""
    headers = response.headers
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)[:200]
    return None


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


def _field_errors(body: Any) -> dict[str, list[str]]:
    """Field → messages from `{"errors": {field: [msg] | msg}}` or `{"errors": [{field, message}]}`."""
    errors = body.get("errors") if isinstance(body, dict) else None
    found: dict[str, list[str]] = {}
    if isinstance(errors, dict):
        for name, messages in errors.items():
            items = messages if isinstance(messages, list) else [messages]
            found[str(name)] = [str(item)[:200] for item in items]
    elif isinstance(errors, list):
        for item in errors:
            if isinstance(item, dict):
                name = item.get("field") or item.get("name") or item.get("path") or ""
                message = item.get("message") or item.get("detail") or ""
                found.setdefault(str(name), []).append(str(message)[:200])
    return found
