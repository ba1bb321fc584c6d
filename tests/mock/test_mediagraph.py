"""Mediagraph mock rules that are plain functions: byte ranges (RFC 9110 §14) and ZIP archives of
bulk downloads. The rest is driven over HTTP by tests/e2e/test_mediagraph_client.py."""

from __future__ import annotations

import io
import zipfile

import pytest

from generator.mock.errors import MockError
from generator.mock.vendors._mediagraph_state import byte_range, zip_of


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("bytes=0-9", (0, 9)),
        ("bytes=5-", (5, 99)),
        ("bytes=-3", (97, 99)),
        ("bytes=-500", (0, 99)),  # a suffix longer than the file is the whole file
        ("bytes=90-1000", (90, 99)),  # clipped to the end
        ("bytes=9-2", None),  # reversed: ignored, the whole file
        ("items=0-9", None),  # another unit: ignored
        ("bytes=0-1,5-9", None),  # several ranges: not served as one, ignored
        ("0", None),
    ],
)
def test_byte_ranges(header: str | None, expected: tuple[int, int] | None) -> None:
    assert byte_range(header, 100) == expected


@pytest.mark.parametrize(
    ("header", "length"), [("bytes=100-", 100), ("bytes=100-200", 100), ("bytes=-0", 100), ("bytes=0-", 0)]
)
def test_a_range_past_the_end_is_416_with_the_length(header: str, length: int) -> None:
    with pytest.raises(MockError) as refused:
        byte_range(header, length)
    assert refused.value.status == 416
    assert refused.value.headers == {"Content-Range": f"bytes */{length}"}


def test_bulk_download_archives_are_stable_and_keep_every_file() -> None:
    files = [("a.jpg", b"one"), ("a.jpg", b"two"), ("b.txt", b"")]
    first, second = zip_of(files), zip_of(files)
    assert first == second  # fixed timestamps: the same bytes for the same files (ranges stay valid)
    archive = zipfile.ZipFile(io.BytesIO(first))
    assert {name: archive.read(name) for name in archive.namelist()} == {
        "a.jpg": b"one",
        "2-a.jpg": b"two",
        "b.txt": b"",
    }
