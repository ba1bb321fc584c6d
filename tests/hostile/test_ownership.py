"""One principal's records are invisible to another (issue 15), for every resource a vendor declares
as owned (`x-mock.resources.<name>.owner`) whose create and read are bound: a record created with one
subject's token answers not-found to a second subject's token, and stays readable to its owner.
Vendors whose credentials name no subject (one account per key or login) have one principal only."""

from __future__ import annotations

import asyncio

import pytest

from generator.fuzz.auth import FuzzAuth
from generator.runtime.schemes import IssuedBearer
from tests.conftest import GENERATED
from tests.fuzz.conftest import VENDORS, require_mock
from tests.hostile.load import Driver, crud_resources, unique_body
from tests.support.fuzzing.target import FuzzTarget, loopback_target
from tests.support.rawhttp import RawPool


async def isolation(target: FuzzTarget, base_url: str, other: FuzzAuth) -> list[str]:
    checked = []
    async with RawPool(base_url, 2) as pool:
        owner = Driver(target, pool)
        stranger = Driver(target, pool)
        stranger.target = FuzzTarget(
            target.vendor, target.api, target.plan, target.app, target.schema, other, base_url
        )
        for crud in crud_resources(target.api):
            if crud.resource.owner is None or crud.read is None:
                continue
            created = await owner.call(
                crud.create, "create", body=unique_body(crud, 0), media_type=crud.media_type
            )
            assert created.ok, (crud.resource.name, created.status, created.body[:200])
            record = owner.answer_record(crud, created)
            key = record[crud.key(crud.read, "read")]
            assert (await owner.call(crud.read, "read", key)).ok
            seen = await stranger.call(crud.read, "read", key)
            assert 400 <= seen.status < 500, (crud.resource.name, seen.status, seen.body[:200])
            checked.append(crud.resource.name)
    return checked


@pytest.mark.parametrize("vendor", VENDORS)
def test_one_principals_records_are_invisible_to_another(vendor: str) -> None:
    require_mock(vendor)
    target = loopback_target(GENERATED, vendor, max_examples=1)
    with target, target.served() as base_url:
        if not any(isinstance(s, IssuedBearer) and s.needs_subject for s in target.plan.schemes.values()):
            return  # one principal per credential: nothing to keep apart
        target.auth.ensure_subjects()
        other = target.auth.for_subject("vendorkit-other")
        other.ensure_subjects()
        try:
            checked = asyncio.run(isolation(target, base_url, other))
        finally:
            other.close()
    owned = [r.name for r in target.api.mock.resources if r.owner is not None]
    assert checked or not owned, f"{vendor}: owned resources {owned}, none with a create and read to check"
