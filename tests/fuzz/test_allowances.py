"""Fuzz allowances: read from each vendor's overlay (`x-fuzz.allow`), added to schemathesis' defaults.

The allowances are data next to the operation they concern; these tests pin how they become
schemathesis configuration, that schemathesis' own defaults are copied right, and that no
allowance accepts a status the spec does not document for its operation (an allowance may widen a
check for documented behaviour, never hide an undocumented answer).
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.errors import InputError
from generator.fuzz.allowances import (
    DEFAULT_EXPECTED_STATUSES,
    allowed_statuses,
    describe_allowances,
    expected_statuses,
    operation_overrides,
)
from generator.fuzz.schema import config_data, to_toml
from generator.model import load_api
from tests.conftest import GENERATED
from tests.fuzz.conftest import VENDORS
from tests.support.fuzzing.target import load_api as load_vendor_api

POSITIVE = "positive_data_acceptance"


def spec(x_fuzz: Any) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "responses": {"201": {"description": "ok"}, "409": {"description": "taken"}},
                    "x-fuzz": x_fuzz,
                },
                "get": {"operationId": "listThings", "responses": {"200": {"description": "ok"}}},
            }
        },
    }


TWO = {
    "allow": [
        {"check": POSITIVE, "statuses": ["409"], "reason": "the name must be unused"},
        {"check": POSITIVE, "statuses": ["422", "409"], "reason": "the owner must exist"},
        {"check": "not_a_server_error", "statuses": ["503"], "reason": "the upstream may be down"},
    ]
}


def test_default_statuses_are_schemathesis_own() -> None:
    from schemathesis.config import _checks

    assert {
        "not_a_server_error": tuple(_checks.NOT_A_SERVER_ERROR_EXPECTED_STATUSES),
        "positive_data_acceptance": tuple(_checks.POSITIVE_DATA_ACCEPTANCE_EXPECTED_STATUSES),
        "negative_data_rejection": tuple(_checks.NEGATIVE_DATA_REJECTION_EXPECTED_STATUSES),
        "missing_required_header": tuple(_checks.MISSING_REQUIRED_HEADER_EXPECTED_STATUSES),
    } == DEFAULT_EXPECTED_STATUSES


def test_allowances_add_up_per_check_on_top_of_the_defaults_for_their_operation_only() -> None:
    api = load_api(spec(TWO), "t.yaml")
    create = api.operation("createThing")
    assert allowed_statuses(create, POSITIVE) == ("409", "422")
    assert expected_statuses(create, POSITIVE) == (*DEFAULT_EXPECTED_STATUSES[POSITIVE], "422")
    assert operation_overrides(api) == [
        {
            "include-operation-id": "createThing",
            "checks": {
                POSITIVE: {"expected-statuses": [*DEFAULT_EXPECTED_STATUSES[POSITIVE], "422"]},
                "not_a_server_error": {"expected-statuses": ["2xx", "3xx", "4xx", "503"]},
            },
        }
    ]
    assert allowed_statuses(api.operation("listThings"), POSITIVE) == ()
    assert describe_allowances(api)[0] == (
        "createThing: positive_data_acceptance also accepts 409: the name must be unused"
    )


def test_schemathesis_applies_them_to_their_operation_from_the_toml_the_command_line_gets(
    tmp_path: Any,
) -> None:
    import schemathesis

    api = load_api(spec(TWO), "t.yaml")
    path = tmp_path / "schemathesis.toml"
    path.write_text(to_toml(config_data(api, max_examples=3)), encoding="utf-8")
    schema = schemathesis.openapi.from_dict(api.document, config=schemathesis.Config.from_path(path))

    def accepted(method: str, check: str) -> list[str]:
        checks = schema.config.checks_config_for(operation=schema["/things"][method], phase="fuzzing")
        return list(getattr(checks, check).expected_statuses)

    assert accepted("POST", POSITIVE) == [*DEFAULT_EXPECTED_STATUSES[POSITIVE], "422"]
    assert accepted("POST", "not_a_server_error") == ["2xx", "3xx", "4xx", "503"]
    assert accepted("GET", POSITIVE) == list(DEFAULT_EXPECTED_STATUSES[POSITIVE])


@pytest.mark.parametrize(
    ("x_fuzz", "message"),
    [
        (
            {"allow": [{"check": "no_such_check", "statuses": ["422"], "reason": "a b c"}]},
            r"\['allow'\]\[0\]\['check'\]: expected a schemathesis check that takes statuses",
        ),
        (
            {"allow": [{"check": POSITIVE, "statuses": ["42"], "reason": "a b c"}]},
            r"\['allow'\]\[0\]\['statuses'\]: expected a list of statuses",
        ),
        (
            {"allow": [{"check": POSITIVE, "statuses": ["422"], "reason": "why"}]},
            r"\['allow'\]\[0\]\['reason'\]: expected the reason in words",
        ),
        (
            {"allow": [{"check": POSITIVE, "statuses": ["422"]}]},
            r"\['allow'\]\[0\]: expected \{check, statuses, reason\}",
        ),
        ({"deny": []}, r": expected \{allow: "),
    ],
)
def test_a_broken_allowance_is_an_input_error_naming_the_place(x_fuzz: Any, message: str) -> None:
    where = r"t\.yaml: \$\['paths'\]\['/things'\]\['post'\]\['x-fuzz'\]"
    with pytest.raises(InputError, match=where + message):
        load_api(spec(x_fuzz), "t.yaml")


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_allowance_accepts_only_statuses_its_operation_documents(vendor: str) -> None:
    api = load_vendor_api(GENERATED, vendor)
    for operation in api.operations:
        for allowance in operation.fuzz_allowances:
            for status in allowance.statuses:
                code = int(status.replace("X", "0").replace("x", "0"))
                assert operation.declares(code), f"{operation.label}: allowance of {status}, undocumented"
