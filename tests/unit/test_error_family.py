"""One error family, named as openai-python names it, exported by every package (issue 13)."""

from __future__ import annotations

import email.utils
import importlib

import httpx
import pytest

from generator.runtime import errors
from generator.runtime.credentials import AuthConfigurationError
from generator.runtime.retry_after import parse_retry_after
from generator.runtime.token_auth import RefreshWindowExpiredError, TokenRenewalError
from generator.runtime.transfers import IncompleteDownloadError, UploadTargetError
from tests.support.clock import FakeClock

PACKAGES = ("jumpstory_client", "printiki_client", "storyly_client", "jilster_client", "mediagraph_client")
FAMILY = (
    "APIError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "PayloadTooLargeError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "APIConnectionError",
    "APITimeoutError",
    "UnexpectedResponseError",
    "EnvelopeFailureError",
    "AuthConfigurationError",
    "TokenRenewalError",
)
OLD_NAMES = ("ApiError", "ApiStatusError", "ValidationError", "ServerError")


def answer(status: int, body: object = None, **headers: str) -> httpx.Response:
    request = httpx.Request("POST", "https://api.test/v1/thing?token=s3cret")
    return httpx.Response(status, json=body if body is not None else {}, headers=headers, request=request)


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (413, errors.PayloadTooLargeError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (503, errors.InternalServerError),
        (418, errors.APIStatusError),
    ],
)
def test_each_status_has_its_class_and_the_message_names_the_request(status: int, kind: type) -> None:
    error = errors.error_for(answer(status, {"message": "no"}))
    assert (
        type(error) is kind
        and isinstance(error, errors.APIStatusError)
        and isinstance(error, errors.APIError)
    )
    assert str(error) == f"POST https://api.test/v1/thing?token=*** answered HTTP {status}: no"


def test_unprocessable_entity_names_the_field_errors() -> None:
    laravel = {
        "message": "The given data was invalid.",
        "errors": {"user_id": ["The user id has already been taken."]},
    }
    error = errors.error_for(answer(422, laravel))
    assert error.field_errors == {"user_id": ["The user id has already been taken."]}  # type: ignore[attr-defined]
    assert str(error).endswith("The given data was invalid.; user_id: The user id has already been taken.")
    listed = errors.error_for(answer(422, {"errors": [{"field": "width", "message": "must be > 0"}]}))
    assert str(listed).endswith("answered HTTP 422: width: must be > 0")


def test_the_request_id_is_kept_where_the_vendor_sends_one() -> None:
    error = errors.error_for(answer(500, {}, **{"X-Request-Id": "req-42"}))
    assert error.request_id == "req-42" and str(error).endswith("(request id req-42)")
    assert errors.error_for(answer(500)).request_id is None


def test_one_retry_after_parser_reads_seconds_and_http_dates() -> None:
    clock = FakeClock()
    date = email.utils.formatdate(clock.time() + 30, usegmt=True)
    assert parse_retry_after("7", clock.time()) == 7.0
    assert parse_retry_after(date, clock.time()) == 30.0
    assert parse_retry_after(email.utils.formatdate(clock.time() - 5, usegmt=True), clock.time()) == 0.0
    assert parse_retry_after("soon", clock.time()) is None and parse_retry_after(None) is None
    assert errors.RateLimitError(answer(429, {}, **{"Retry-After": "12"})).retry_after == 12.0


def test_specialised_errors_are_members_of_the_family() -> None:
    assert issubclass(errors.EnvelopeFailureError, errors.APIStatusError)
    assert issubclass(UploadTargetError, errors.APIStatusError)
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    for kind in (
        AuthConfigurationError,
        TokenRenewalError,
        RefreshWindowExpiredError,
        IncompleteDownloadError,
    ):
        assert issubclass(kind, errors.APIError)
    assert issubclass(errors.UnexpectedResponseError, errors.APIError)


@pytest.mark.parametrize("package_name", PACKAGES)
def test_every_package_exports_the_family_and_none_of_the_old_names(package_name: str) -> None:
    package = importlib.import_module(package_name)
    for name in FAMILY:
        assert name in package.__all__ and issubclass(getattr(package, name), package.APIError), name
    for name in OLD_NAMES:
        assert not hasattr(package, name), name
