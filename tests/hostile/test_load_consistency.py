"""A bounded load run against every vendor's mock, then its state checked (issue 15).

For each resource a vendor's overlay binds create, read and delete operations to (`x-mock`), many
records are created at concurrency 32 over real HTTP from the docs' example bodies (unique fields
made unique), half of them deleted while the others are read, and then the mock's state must be
exactly what was answered: every record whose creation was acknowledged and not deleted is there,
once, and readable; every deleted one answers not-found; nothing else appeared. No write is lost or
duplicated under concurrency.
"""

from __future__ import annotations

import asyncio

import pytest

from tests.conftest import GENERATED
from tests.fuzz.conftest import VENDORS, require_mock
from tests.hostile.load import crud_resources, load_and_check, planned_requests, records_per_resource
from tests.support.fuzzing.target import loopback_target


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_load_run_loses_and_duplicates_no_write(vendor: str) -> None:
    require_mock(vendor)
    target = loopback_target(GENERATED, vendor, max_examples=1)
    with target, target.served() as base_url:
        target.auth.ensure_subjects()
        resources = crud_resources(target.api)
        count = records_per_resource(resources)
        served = [asyncio.run(load_and_check(target, base_url, crud, count)) for crud in resources]
    if vendor != "printiki":  # Printiki's documented operations create nothing
        assert resources, f"{vendor}: no resource with a plain JSON or form create to load"
    assert sum(served) == planned_requests(target.api)


def test_the_readme_table_of_what_was_tried_is_current() -> None:
    """The README's per-vendor counts are what tests/hostile/ sends to the current specs."""
    from pathlib import Path

    from tests.conftest import generated_vendors
    from tests.hostile.corpus import table

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    shown = readme.split("<!-- hostile-table:begin -->\n", 1)[1].split("\n<!-- hostile-table:end -->", 1)[0]
    assert shown == table(generated_vendors()), "run `python -m tests.hostile.corpus` and update the README"
