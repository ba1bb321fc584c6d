"""Real files for upload fields, so schema-valid uploads are valid uploads.

JSON Schema says an upload is `type: string, format: binary`; what makes it acceptable is in the
multipart `encoding.contentType` (and our `x-upload.media-types`): JumpStory takes jpeg, png and gif
images and checks their magic bytes, as servers do. Left alone, schemathesis sends random bytes as
`image/jpeg` in its positive phases, every upload is rightly refused, and the stateful phase never
gets a file to follow links from. schemathesis' public answer is `schemathesis.openapi.media_type`:
a strategy per media type for such parts. We register its own smallest well-formed sample of every
media type the spec lets a part carry (negative cases still get arbitrary bytes).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from generator.fuzz.plan import iter_operations


def declared_part_media_types(spec: Mapping[str, Any]) -> list[str]:
    """Media types that multipart parts of `spec` declare (`encoding.*.contentType`, `x-upload`)."""
    found: list[str] = []
    for _, _, operation in iter_operations(spec):
        content = ((operation.get("requestBody") or {}).get("content")) or {}
        for media in content.values():
            if isinstance(media, Mapping):
                found.extend(_media_types_of(media))
    return sorted(set(found))


def _media_types_of(media: Mapping[str, Any]) -> Iterator[str]:
    for encoding in (media.get("encoding") or {}).values():
        raw = encoding.get("contentType") if isinstance(encoding, Mapping) else None
        if isinstance(raw, str):
            yield from (item.strip().lower() for item in raw.split(",") if item.strip())
    upload = media.get("x-upload")
    if isinstance(upload, Mapping):
        yield from (str(item).lower() for item in upload.get("media-types") or ())


def register_upload_samples(spec: Mapping[str, Any]) -> list[str]:
    """Register a sample-file strategy for each declared part media type schemathesis has a sample of.

    Registration is process-wide (schemathesis keeps one registry) and idempotent; a strategy someone
    else registered for a media type is left alone. Returns the media types registered now.
    """
    from hypothesis import strategies as st
    from schemathesis.core.file_samples import MEDIA_TYPE_FILE_SAMPLES
    from schemathesis.core.media_types import MEDIA_TYPE_STRATEGIES
    from schemathesis.openapi import media_type

    registered: list[str] = []
    for name in declared_part_media_types(spec):
        sample = MEDIA_TYPE_FILE_SAMPLES.get(name)
        if sample is not None and name not in MEDIA_TYPE_STRATEGIES:
            media_type(name, st.just(sample))
            registered.append(name)
    return registered
