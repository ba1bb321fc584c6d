"""Multipart parts as the spec declares them: their media types, real files for them, conformance.

JSON Schema says an upload is `type: string, format: binary`; what makes it acceptable is in the
multipart `encoding.<part>.contentType` (and our `x-upload.media-types`): JumpStory takes jpeg,
png and gif images and checks their magic bytes, as servers do. This module knows, from the model:

- which media types each part of a multipart body declares (`part_media_types`);
- schemathesis' own smallest well-formed file of such a media type, registered as the strategy
  for parts of that type for as long as a run needs it (`registered_samples`; see the workaround
  `multipart-part-file-samples` in `generator.fuzz.workarounds` for why we register them at all);
- whether a multipart case is what its operation declares: its body valid against the body schema
  (files counted as strings, as JSON Schema sees them), each file part a file of a declared type.
  The workarounds use these to tell a mislabelled case from a real finding.
"""

from __future__ import annotations

import contextlib
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import jsonschema_rs

from generator.model import Api, MediaType, Operation

MULTIPART = "multipart/form-data"


def multipart_body(operation: Operation) -> MediaType | None:
    """The operation's multipart/form-data body, if it has one."""
    return operation.request_body.media(MULTIPART) if operation.request_body is not None else None


def part_media_types(media: MediaType) -> dict[str, tuple[str, ...]]:
    """Media types each part declares: `encoding.<part>.contentType` (a comma-separated list) and,
    for the `x-upload` field, `x-upload.media-types`."""
    found: dict[str, list[str]] = {}
    for part, encoding in media.encoding.items():
        raw = encoding.content_type or ""
        found.setdefault(part, []).extend(item.strip().lower() for item in raw.split(",") if item.strip())
    upload = media.extensions.get("x-upload")
    if isinstance(upload, Mapping) and isinstance(upload.get("field"), str):
        found.setdefault(upload["field"], []).extend(
            str(item).lower() for item in upload.get("media-types") or ()
        )
    return {part: tuple(dict.fromkeys(types)) for part, types in found.items()}


def file_samples() -> Mapping[str, bytes]:
    """schemathesis' smallest well-formed file per media type it checks by signature (images)."""
    from schemathesis.core.file_samples import MEDIA_TYPE_FILE_SAMPLES

    return dict(MEDIA_TYPE_FILE_SAMPLES)


def sampled_part_types(operation: Operation) -> dict[str, tuple[str, ...]]:
    """The parts of the operation's multipart body that declare a media type schemathesis has a file
    of, with those media types."""
    media = multipart_body(operation)
    if media is None:
        return {}
    samples = file_samples()
    found = {part: tuple(t for t in types if t in samples) for part, types in part_media_types(media).items()}
    return {part: types for part, types in found.items() if types}


class _SampleRegistry:
    """schemathesis' media-type strategies, with our file samples in them while a run needs them.

    schemathesis keeps one registry per process (`schemathesis.openapi.media_type`); it has no way
    to take one entry out again. So each media type is registered on first use, counted, and on
    last release the registry and the transports' serializers get back what they held before.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._users: Counter[str] = Counter()
        self._saved: dict[str, tuple[Any, list[tuple[Any, Any]]]] = {}

    def acquire(self, media_types: Iterable[str]) -> list[str]:
        from hypothesis import strategies as st
        from schemathesis.core.media_types import MEDIA_TYPE_STRATEGIES
        from schemathesis.openapi import media_type

        names = list(dict.fromkeys(media_types))
        samples = file_samples()
        with self._lock:
            for name in names:
                if self._users[name] == 0:
                    self._saved[name] = (MEDIA_TYPE_STRATEGIES.get(name), _serializers(name))
                    media_type(name, st.just(samples[name]))
                self._users[name] += 1
        return names

    def release(self, media_types: Iterable[str]) -> None:
        from schemathesis.core.media_types import MEDIA_TYPE_STRATEGIES

        with self._lock:
            for name in media_types:
                self._users[name] -= 1
                if self._users[name] > 0:
                    continue
                del self._users[name]
                strategy, serializers = self._saved.pop(name)
                if strategy is None:
                    MEDIA_TYPE_STRATEGIES.pop(name, None)
                else:
                    MEDIA_TYPE_STRATEGIES[name] = strategy
                for transport, serializer in serializers:
                    if serializer is None:
                        transport.unregister_serializer(name)
                    else:
                        transport.serializer(name)(serializer)


def _serializers(name: str) -> list[tuple[Any, Any]]:
    """Each built-in transport with its serializer for `name` (None: it has none)."""
    from schemathesis.transport.asgi import ASGI_TRANSPORT
    from schemathesis.transport.requests import REQUESTS_TRANSPORT
    from schemathesis.transport.wsgi import WSGI_TRANSPORT

    return [
        (transport, transport._serializers.get(name))
        for transport in (ASGI_TRANSPORT, REQUESTS_TRANSPORT, WSGI_TRANSPORT)
    ]


_SAMPLES = _SampleRegistry()


@contextlib.contextmanager
def registered_samples(media_types: Iterable[str]) -> Iterator[list[str]]:
    """schemathesis draws parts of these media types from our file samples inside the block.

    Nested and concurrent blocks are fine: an entry stays until the last block using it ends.
    """
    names = _SAMPLES.acquire(media_types)
    try:
        yield names
    finally:
        _SAMPLES.release(names)


def _plain_form(body: Mapping[str, Any]) -> dict[str, Any]:
    """A multipart body as JSON Schema sees it: file contents (bytes) as strings."""

    def plain(value: Any) -> Any:
        if isinstance(value, bytes | bytearray) or isinstance(getattr(value, "data", None), bytes):
            return ""
        if isinstance(value, list):
            return [plain(item) for item in value]
        return value

    return {key: plain(value) for key, value in body.items()}


def _file_bytes(value: Any) -> bytes | None:
    data = getattr(value, "data", value)
    return bytes(data) if isinstance(data, bytes | bytearray) else None


class MultipartConformance:
    """Judges multipart cases of one API against their operation's declared body."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self._validators: dict[str, jsonschema_rs.Validator] = {}

    def _operation(self, case: Any) -> Operation | None:
        try:
            return self.api.operation_at(case.operation.method, case.operation.path)
        except KeyError:
            return None

    def schema_valid(self, case: Any) -> bool:
        """Whether the case's multipart body validates against its operation's body schema (a case
        that is not multipart has nothing to judge here: True)."""
        operation = self._operation(case)
        media = multipart_body(operation) if operation is not None else None
        if (
            media is None
            or media.schema is None
            or not _is_multipart(case)
            or not isinstance(case.body, Mapping)
        ):
            return True
        validator = self._validators.get(media.schema.pointer)
        if validator is None:
            rooted = {**media.schema.node, "components": self.api.document.get("components") or {}}
            validator = self._validators[media.schema.pointer] = jsonschema_rs.Draft202012Validator(rooted)
        return bool(validator.is_valid(_plain_form(case.body)))

    def files_of_declared_types(self, case: Any) -> bool:
        """Whether every file part whose declared media types schemathesis can recognise (images, by
        their signature) holds a file of one of those types."""
        from schemathesis.core.file_samples import file_extension

        operation = self._operation(case)
        if operation is None or not _is_multipart(case) or not isinstance(case.body, Mapping):
            return True
        by_extension = {file_extension(sample): name for name, sample in file_samples().items()}
        for part, declared in sampled_part_types(operation).items():
            data = _file_bytes(case.body.get(part))
            if data is not None and by_extension.get(file_extension(data)) not in declared:
                return False
        return True


def _is_multipart(case: Any) -> bool:
    return str(case.media_type or "").lower().startswith("multipart/")
