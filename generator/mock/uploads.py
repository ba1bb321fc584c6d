"""File upload rules from `x-upload` (`{field, extensions, media-types, max-bytes}`).

Like the `mimes:` and `max:` rules of web frameworks: the file name must carry an allowed extension, the
content must *be* an allowed type (recognised by its magic bytes, not by what the client claims),
a declared part Content-Type must not contradict it, and the size must not exceed `max-bytes`.
Too large -> 413; anything else -> 422 (415 where the operation declares only that).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from generator.mock.body import UploadedFile
from generator.mock.errors import ErrorKind, FieldProblem, MockError, MockSetupError
from generator.model.pointers import jsonpath

# Leading bytes of the media types uploads commonly allow.
_SIGNATURES: Final[tuple[tuple[bytes, str], ...]] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
)
_GENERIC_TYPES: Final = frozenset({"", "application/octet-stream"})
_ALIASES: Final = {"image/jpg": "image/jpeg", "image/pjpeg": "image/jpeg"}


def sniff(data: bytes) -> str | None:
    """The media type the content is, by its magic bytes, or None when unrecognised."""
    for signature, media_type in _SIGNATURES:
        if data.startswith(signature):
            return media_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


@dataclass(frozen=True)
class UploadRule:
    field: str
    extensions: frozenset[str]
    media_types: frozenset[str]
    max_bytes: int | None

    def describe_types(self) -> str:
        return ", ".join(sorted(self.extensions)) or ", ".join(sorted(self.media_types))


def upload_rule(declared: Any, label: str, pointer: str) -> UploadRule | None:
    if declared is None:
        return None
    if not isinstance(declared, Mapping) or not isinstance(declared.get("field"), str):
        raise MockSetupError(
            label, jsonpath(pointer), "x-upload needs at least `field` (the file part's name)"
        )
    max_bytes = declared.get("max-bytes")
    if max_bytes is not None and (not isinstance(max_bytes, int) or max_bytes < 1):
        raise MockSetupError(label, jsonpath(f"{pointer}/max-bytes"), "must be a positive integer")
    return UploadRule(
        field=declared["field"],
        extensions=frozenset(str(ext).lower().lstrip(".") for ext in declared.get("extensions") or ()),
        media_types=frozenset(
            _ALIASES.get(str(media).lower(), str(media).lower())
            for media in declared.get("media-types") or ()
        ),
        max_bytes=max_bytes,
    )


def _type_error(rule: UploadRule) -> MockError:
    problem = FieldProblem((rule.field,), "upload-type", {"types": rule.describe_types()})
    return MockError(ErrorKind.VALIDATION, errors=[problem], alternatives=(415,))


def check_upload(rule: UploadRule, upload: UploadedFile) -> None:
    """Raise too-large (413) / a validation error (422) unless `upload` satisfies the rule."""
    if rule.max_bytes is not None and upload.size > rule.max_bytes:
        limits = {"max_bytes": rule.max_bytes, "kilobytes": rule.max_bytes // 1024}
        problem = FieldProblem((rule.field,), "upload-size", limits)
        raise MockError(ErrorKind.TOO_LARGE, errors=[problem], params=limits)
    if rule.extensions and upload.extension not in rule.extensions:
        raise _type_error(rule)
    if rule.media_types:
        actual = sniff(upload.data)
        claimed = (upload.content_type or "").split(";")[0].strip().lower()
        claimed = _ALIASES.get(claimed, claimed)
        if actual not in rule.media_types:
            raise _type_error(rule)
        if claimed not in _GENERIC_TYPES and claimed not in rule.media_types:
            raise _type_error(rule)
