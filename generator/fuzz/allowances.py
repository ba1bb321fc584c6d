"""Every place where fuzzing expects something other than schemathesis' defaults, with the reason.

This is the one list of deviations. Nothing else in fuzzing excludes a check or widens what a
check accepts, so a reviewer reads here everything the fuzz runs do not hold the mock to.

An entry never hides a mock or spec bug: each covers behaviour the spec documents but JSON Schema
cannot express, typically validation against server state. schemathesis' `positive_data_acceptance`
expects a schema-valid request to get 2xx/3xx/401/403/404/409/429; a Laravel API (JumpStory) answers
422 when a valid-looking id refers to nothing (`exists:` rule) or a value must be unique (`unique:`
rule), and the spec declares that 422. Such an operation gets 422 added to the check's accepted
statuses, for that operation only.

Client fuzzing (`tests/fuzz/test_client_fuzz.py`) holds the mock to more than schemathesis does: a
schema-valid input through the typed client must succeed or get 404, nothing else. So ownership
refusals (403 for an object of another account) are listed here too, although schemathesis' check
accepts 403 by default; for schemathesis those entries change nothing. One rule is derived rather
than listed, as schemathesis derives it too: an operation that issues a token for credentials in
its body (a login, per `x-auth`) may refuse generated, made-up credentials with 401/403
(`AuthPlan.takes_credentials_in_body`).
"""

from __future__ import annotations

from dataclasses import dataclass

POSITIVE_DATA_ACCEPTANCE = "positive_data_acceptance"
# schemathesis' default accepted statuses for that check (schemathesis.config._checks).
POSITIVE_DEFAULT_STATUSES = ("2xx", "3xx", "401", "403", "404", "409", "429", "5xx")


@dataclass(frozen=True)
class Allowance:
    """`check` also accepts `statuses` for `operation_id` of `vendor`, because of `reason`."""

    vendor: str
    operation_id: str
    check: str
    statuses: tuple[str, ...]
    reason: str


ALLOWANCES: tuple[Allowance, ...] = (
    Allowance(
        vendor="jumpstory",
        operation_id="createUser",
        check=POSITIVE_DATA_ACCEPTANCE,
        statuses=("422",),
        reason=(
            "user_id must be unused: a second createUser with the same user_id (e.g. the docs' example "
            "ax11-123ss-11) is refused 422 'The user id has already been taken.' (Laravel `unique` rule; "
            "the spec declares 422 ValidationFailed)."
        ),
    ),
    Allowance(
        vendor="jumpstory",
        operation_id="updateArchiveFile",
        check=POSITIVE_DATA_ACCEPTANCE,
        statuses=("422",),
        reason=(
            "folder_id must name an existing folder of the user: otherwise 422 'The selected folder id "
            "is invalid.' (Laravel `exists` rule; the spec declares 422 ValidationFailed)."
        ),
    ),
    Allowance(
        vendor="jumpstory",
        operation_id="downloadMedia",
        check=POSITIVE_DATA_ACCEPTANCE,
        statuses=("422",),
        reason=(
            "id must name an asset of the library of the given type: otherwise 422 'The selected id is "
            "invalid.' (Laravel `exists` rule; the spec declares 422 ValidationFailed)."
        ),
    ),
    Allowance(
        vendor="jumpstory",
        operation_id="updateCollection",
        check=POSITIVE_DATA_ACCEPTANCE,
        statuses=("403",),
        reason=(
            "collections of JumpStory's own library (listed with show=jumpstory, e.g. id 1) belong to "
            "nobody's account and cannot be changed: 403 'JumpStory collections cannot be changed.' "
            "(403 is in schemathesis' defaults already; listed for client fuzzing, which accepts only 404)."
        ),
    ),
    Allowance(
        vendor="jumpstory",
        operation_id="deleteCollection",
        check=POSITIVE_DATA_ACCEPTANCE,
        statuses=("403",),
        reason="as updateCollection: JumpStory's own collections cannot be deleted (403).",
    ),
    Allowance(
        vendor="printiki",
        operation_id="getUserPhotos",
        check=POSITIVE_DATA_ACCEPTANCE,
        statuses=("403",),
        reason=(
            "userid must be the logged-in user's own id: another user's photos are refused 403 "
            "'You don't have necessary permissions for the resource.' (components.responses.Forbidden: "
            '"Another user\'s data"; listed for client fuzzing, schemathesis accepts 403 already).'
        ),
    ),
    Allowance(
        vendor="printiki",
        operation_id="getUserProducts",
        check=POSITIVE_DATA_ACCEPTANCE,
        statuses=("403",),
        reason="as getUserPhotos: another user's products are refused 403 (documented Forbidden).",
    ),
)


STORYLY_ALLOWANCES: tuple[Allowance, ...] = (
    Allowance(
        vendor="storyly",
        operation_id="createSegment",
        check=POSITIVE_DATA_ACCEPTANCE,
        statuses=("409",),
        reason=(
            "a segment is a label of the account (Segment: 'It is a label'; deleted 'by label'): creating a "
            "label the account has already (e.g. the docs' example label_example twice) is refused 409 "
            "(components.responses.Conflict; listed for client fuzzing, schemathesis accepts 409 already)."
        ),
    ),
    Allowance(
        vendor="storyly",
        operation_id="createSubUser",
        check=POSITIVE_DATA_ACCEPTANCE,
        statuses=("409",),
        reason=(
            "user_identifier is the sub user's 'Unique identifier': a second sub user with the same one "
            "(e.g. the docs' subuser@appsamurai.com) is refused 409 (Conflict; listed for client fuzzing)."
        ),
    ),
)

_MEDIA_REASON = (
    "Story: 'Stories are full-screen media that can be images, GIFs or videos' (mime_type image/jpeg, "
    "video/mp4), and a story group's file is its icon ('URL of the story group icon'): a file that is no "
    "image (or video, for stories) by its content is refused 422 'The file field must be ...' "
    "(ValidationFailed). JSON Schema cannot say what the bytes of a binary part are, and schemathesis "
    "sends file samples of other formats (e.g. a PDF) in parts declared image/*."
)
_CSV_REASON = (
    "Audience: 'Audience is created with the csv file' and audience_identifier 'is a unique column name "
    "from the csv file attached to the audience': a file without a CSV header row, or an identifier that "
    "is not one of its columns, is refused 422 (ValidationFailed); JSON Schema cannot relate a JSON "
    "part to the columns of a file part."
)
STORYLY_ALLOWANCES += tuple(
    Allowance(
        vendor="storyly",
        operation_id=operation,
        check=POSITIVE_DATA_ACCEPTANCE,
        statuses=("422",),
        reason=reason,
    )
    for operation, reason in (
        ("createStoryGroup", _MEDIA_REASON),
        ("updateStoryGroup", _MEDIA_REASON),
        ("createStory", _MEDIA_REASON),
        ("updateStory", _MEDIA_REASON),
        ("createAudience", _CSV_REASON),
        ("updateAudience", _CSV_REASON),
    )
)
STORYLY_ALLOWANCES += (
    Allowance(
        vendor="storyly",
        operation_id="createStory",
        check=POSITIVE_DATA_ACCEPTANCE,
        statuses=("409",),
        reason="'A story group contains up to 100 stories': a 101st story is refused 409 (Conflict).",
    ),
    Allowance(
        vendor="storyly",
        operation_id="createAudience",
        check=POSITIVE_DATA_ACCEPTANCE,
        statuses=("409",),
        reason=(
            "an audience is 'the audience of a specific sub user' (one per sub user): a second one for the "
            "same sub user is refused 409 (Conflict; Update an Audience changes it)."
        ),
    ),
)

ALLOWANCES = ALLOWANCES + STORYLY_ALLOWANCES


def allowances_for(vendor: str) -> list[Allowance]:
    return [allowance for allowance in ALLOWANCES if allowance.vendor == vendor]


def operation_overrides(vendor: str) -> list[dict[str, object]]:
    """The allowances of `vendor` as schemathesis `[[operations]]` configuration entries."""
    entries: list[dict[str, object]] = []
    for allowance in allowances_for(vendor):
        defaults = POSITIVE_DEFAULT_STATUSES if allowance.check == POSITIVE_DATA_ACCEPTANCE else ()
        statuses = [*defaults, *(s for s in allowance.statuses if s not in defaults)]
        entries.append(
            {
                "include-operation-id": allowance.operation_id,
                "checks": {allowance.check: {"expected-statuses": statuses}},
            }
        )
    return entries
