"""Real files for upload fields, so schema-valid uploads are valid uploads.

JSON Schema says an upload is `type: string, format: binary`; what makes it acceptable is in the
multipart `encoding.contentType` (and our `x-upload.media-types`): JumpStory takes jpeg, png and gif
images and checks their magic bytes, as servers do. Left alone, schemathesis sends random bytes as
`image/jpeg` in its positive phases, every upload is rightly refused, and the stateful phase never
gets a file to follow links from. schemathesis' public answer is `schemathesis.openapi.media_type`:
a strategy per media type for such parts. We register its own smallest well-formed sample of every
media type the spec lets a part carry (negative cases still get arbitrary bytes).

Registering them has one side effect we must undo: for a multipart body with such a part,
schemathesis' coverage phase adds a "Multipart body with custom encoding" case that fills every
other required part with an empty string and labels the case positive -- Storyly's required `data`
part (a JSON document) becomes `""`. A server rightly refuses that body, and schemathesis would
report a rejected *positive* case. `filter_failure` (registered with the samples) drops exactly
those reports: a "schema-valid request rejected" failure whose multipart body does not validate
against the operation's own body schema. Every truly schema-valid case is still held to the check.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.model import Api, Resolver

_HOOKS: list[Any] = []  # the filter_failure hook, registered once per process


def declared_part_media_types(api: Api) -> list[str]:
    """Media types that multipart parts of `api` declare (`encoding.*.contentType`, `x-upload`)."""
    found: set[str] = set()
    for operation in api.operations:
        for media in operation.request_body.content if operation.request_body else ():
            for encoding in media.encoding.values():
                raw = encoding.content_type or ""
                found.update(item.strip().lower() for item in raw.split(",") if item.strip())
            upload = media.extensions.get("x-upload")
            if isinstance(upload, Mapping):
                found.update(str(item).lower() for item in upload.get("media-types") or ())
    return sorted(found)


def register_upload_samples(api: Api) -> list[str]:
    """Register a sample-file strategy for each declared part media type schemathesis has a sample of.

    Registration is process-wide (schemathesis keeps one registry) and idempotent; a strategy someone
    else registered for a media type is left alone. Returns the media types registered now.
    """
    from hypothesis import strategies as st
    from schemathesis.core.file_samples import MEDIA_TYPE_FILE_SAMPLES
    from schemathesis.core.media_types import MEDIA_TYPE_STRATEGIES
    from schemathesis.openapi import media_type

    _register_hooks()
    registered: list[str] = []
    for name in declared_part_media_types(api):
        sample = MEDIA_TYPE_FILE_SAMPLES.get(name)
        if sample is not None and name not in MEDIA_TYPE_STRATEGIES:
            media_type(name, st.just(sample))
            registered.append(name)
    return registered


def _plain_form(body: Mapping[str, Any]) -> dict[str, Any]:
    """A multipart body as JSON Schema sees it: file contents (bytes) as strings."""

    def plain(value: Any) -> Any:
        if isinstance(value, bytes | bytearray) or isinstance(getattr(value, "data", None), bytes):
            return ""
        if isinstance(value, list):
            return [plain(item) for item in value]
        return value

    return {key: plain(value) for key, value in body.items()}


def is_schema_valid_multipart(case: Any) -> bool:
    """Whether a multipart case's body validates against its operation's body schema (other cases:
    True, nothing to say)."""
    import jsonschema_rs

    media_type = str(case.media_type or "")
    if not media_type.startswith("multipart/") or not isinstance(case.body, Mapping):
        return True
    raw = case.operation.schema.raw_schema
    resolver = Resolver(raw, "the fuzzed schema")
    body, _ = resolver.follow(case.operation.definition.raw.get("requestBody") or {}, "")
    schema = ((body.get("content") or {}).get(media_type) or {}).get("schema")
    if not isinstance(schema, Mapping):
        return True
    rooted = {**schema, "components": raw.get("components") or {}}
    return bool(jsonschema_rs.Draft202012Validator(rooted).is_valid(_plain_form(case.body)))


def _register_hooks() -> None:
    if _HOOKS:
        return
    import schemathesis
    from schemathesis.core.failures import AcceptedNegativeData
    from schemathesis.openapi.checks import RejectedPositiveData

    def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
        """Keep every failure but a rejected "positive" multipart case that is not schema-valid, and an
        accepted "negative" multipart case that schemathesis itself describes as a positive test case
        and that is schema-valid (its stateful phase mislabels such multipart steps)."""
        if isinstance(failure, RejectedPositiveData):
            return is_schema_valid_multipart(case)
        if isinstance(failure, AcceptedNegativeData) and str(case.media_type or "").startswith("multipart/"):
            phase = getattr(getattr(case, "meta", None), "phase", None)
            description = str(getattr(getattr(phase, "data", None), "description", "") or "")
            return not (description.lower() == "positive test case" and is_schema_valid_multipart(case))
        return True

    _HOOKS.append(schemathesis.hook(filter_failure))
