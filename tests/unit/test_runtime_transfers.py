"""The pieces of `generator/runtime/transfers.py` that need no server: templates, sources, sinks."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from generator.runtime.transfers import (
    IncompleteDownloadError,
    download_sink,
    resolve,
    upload_source,
    without_query,
)


def test_templates_take_values_and_leave_out_what_was_not_given() -> None:
    values = {"file.name": "a.jpg", "file.size": 3, "arg.note": None, "guid": "g1"}
    body = {"asset": {"filename": "$file.name", "file_size": "$file.size", "note": "$arg.note", "via": "api"}}
    assert resolve(body, values) == {"asset": {"filename": "a.jpg", "file_size": 3, "via": "api"}}
    assert resolve(["$guid", "$arg.note", 1], values) == ["g1", 1]
    assert resolve("$unknown", values) is None


def test_a_file_object_is_uploaded_from_where_it_stands(tmp_path: Path) -> None:
    handle = io.BytesIO(b"header|payload")
    handle.seek(7)
    with upload_source(handle, filename="p.png") as source:
        assert (source.size, source.name, source.content_type) == (7, "p.png", "image/png")
        assert b"".join(source.chunks()) == b"payload"
        source.rewind()
        assert handle.tell() == 7
    path = tmp_path / "data.bin"
    path.write_bytes(b"x" * 10)
    with upload_source(path, content_type="application/x-thing") as source:
        assert (source.size, source.name, source.content_type) == (10, "data.bin", "application/x-thing")


def test_a_file_shorter_than_its_declared_size_is_an_error() -> None:
    with (
        upload_source(io.BytesIO(b"abc"), size=5) as source,
        pytest.raises(ValueError, match="ended after 3 of 5"),
    ):
        list(source.chunks())


def test_a_failed_download_to_a_path_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    error = IncompleteDownloadError("GET", "/files/{id}", 3, 10, 1, "the body ended after 3 of 10 bytes")
    with pytest.raises(IncompleteDownloadError), download_sink(target) as sink:
        sink.write(b"abc")
        raise error
    assert not target.exists()
    with download_sink(target) as sink:
        sink.write(b"abc")
        sink.restart()
        sink.write(b"xy")
    assert target.read_bytes() == b"xy"


def test_errors_show_no_signature_and_no_token() -> None:
    assert (
        without_query("https://s3.test/b/k?X-Amz-Signature=abc&X-Amz-Credential=def") == "https://s3.test/b/k"
    )
    error = IncompleteDownloadError("GET", "/api/downloads/{token}", 5, None, 2, "no resumes left")
    assert str(error) == (
        "GET /api/downloads/{token}: download incomplete, 5 bytes received after 2 resume(s): no resumes left"
    )
