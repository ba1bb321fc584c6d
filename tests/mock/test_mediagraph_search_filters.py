"""Every Search Assets filter of the Mediagraph mock keeps exactly the assets it names.

`search_assets` builds one predicate per filter the search names (so a search over a large store
costs only the filters asked for); these cases pin each filter's meaning on a small set of records,
including the ones no end-to-end test sends (people, alt text, GPS, sizes, optimization, flags).
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.mock.vendors._mediagraph_search import search_assets

MB = 1024 * 1024


def _asset(number: int, **fields: Any) -> dict[str, Any]:
    return {
        "id": number,
        "guid": f"GUID-{number}",
        "filename": f"file-{number}.jpg",
        "ext": "jpg",
        "aasm_state": "processed",
        "created_at": f"2024-01-0{number}T00:00:00Z",
        "tags": [],
        **fields,
    }


ASSETS = [
    _asset(
        1, tags=["Red", "sea"], rating=2, has_people=True, alt_text="a boat", file_size=MB // 2, user_id=7
    ),
    _asset(
        2, tags=["sea"], rating=5, has_people=False, latitude=1.0, longitude=2.0, file_size=20 * MB, ext="png"
    ),
    _asset(3, description="Needle in text", captured_at="2024-02-01T00:00:00Z", expired=True, submitted=True),
    _asset(4, aasm_state="pending", upload_id=9, optimization_requested_at="2024-01-01T00:00:00Z"),
    _asset(5, optimization_completed_at="2024-01-02T00:00:00Z", has_people=None, title="headline-less"),
]


def ids(**given: Any) -> list[int]:
    return sorted(asset["id"] for asset in search_assets(None, given, ASSETS))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({}, [1, 2, 3, 5]),  # processed only, by default
        ({"q": "needle"}, [3]),
        ({"q": "FILE-2"}, [2]),
        ({"ids[]": [1, 4]}, [1]),
        ({"guids": ["guid-2"]}, [2]),
        ({"tags": ["red", "sea"]}, [1]),
        ({"hide_tags[]": ["red"]}, [2, 3, 5]),
        ({"exts": ["png"]}, [2]),
        ({"user_ids": [7]}, [1]),
        ({"upload_id": 9}, [4]),  # a named upload drops the processed-only default
        ({"aasm_state": "pending,processed"}, [1, 2, 3, 4, 5]),
        ({"rating": [5]}, [2]),
        ({"rating": [1, 3]}, [1]),
        ({"created_at": "2024-01-02T00:00:00Z,2024-01-03T00:00:00Z"}, [2, 3]),
        ({"captured_at": "2024-01-01T00:00:00Z,2025-01-01T00:00:00Z"}, [3]),
        ({"has_people": "yes"}, [1]),
        ({"has_people": "no"}, [2, 3, 5]),
        ({"has_people": "untagged"}, [3, 5]),
        ({"has_alt_text": "yes"}, [1]),
        ({"has_alt_text": "no"}, [2, 3, 5]),
        ({"gps": True}, [2]),
        ({"gps": False}, [1, 3, 5]),
        ({"missing_captured_at": True}, [1, 2, 5]),
        ({"file_size_range": "<1"}, [1]),
        ({"file_size_range": "10-50"}, [2]),
        ({"optimization_request": "completed"}, [5]),
        ({"optimization_request": "none", "aasm_state": "pending,processed"}, [1, 2, 3]),
        ({"expired": True}, [3]),
        ({"expired": False}, [1, 2, 5]),
        ({"submitted": True}, [3]),
        ({"tags": ["sea"], "rating": [1, 3], "has_alt_text": "yes"}, [1]),  # filters combine
        ({"sort": "rating-asc", "page": 2, "per_page": 1, "sync": True}, [1, 2, 3, 5]),  # no filter named
        ({"aasm_state": ""}, [1, 2, 3, 5]),  # an empty state names none: processed only
        ({"exts[]": [], "q": ""}, [1, 2, 3, 5]),  # filters named empty keep the default
    ],
)
def test_each_filter_keeps_what_it_names(given: dict[str, Any], expected: list[int]) -> None:
    assert ids(**given) == expected


def test_default_order_is_newest_first() -> None:
    found = search_assets(None, {}, ASSETS)  # type: ignore[arg-type]
    assert [asset["id"] for asset in found] == [5, 3, 2, 1]


def test_sort_puts_assets_without_the_field_last() -> None:
    found = search_assets(None, {"sort": "rating-desc"}, ASSETS)  # type: ignore[arg-type]
    assert [asset["id"] for asset in found] == [2, 1, 3, 5]
