"""Issue 14's rule, for every vendor present and coming: each constraint of a merged spec is backed by
a quote from the vendor's docs (`vendor-docs/`) or marked `x-inferred` with what it was inferred
from. What counts as a constraint, a mark and an anchor is defined in `tests/support/docrule.py`.

The merged spec is built as `vendorkit generate` builds it (`generator.merge.build_merged_spec`), so
the rule holds for the spec and every overlay together."""

from __future__ import annotations

import copy
import functools
from typing import Any

import pytest

from generator.merge import build_merged_spec
from generator.vendors import Project
from tests.conftest import ROOT
from tests.support.docrule import DOCS, findings, quote_problems

PROJECT = Project(ROOT)


@functools.cache
def merged(vendor: str) -> dict[str, Any]:
    return build_merged_spec(PROJECT.vendor(vendor), ROOT)


@pytest.mark.parametrize("vendor", PROJECT.vendor_names())
def test_every_constraint_is_documented_or_marked_inferred(vendor: str) -> None:
    problems = [str(finding) for finding in findings(vendor, merged(vendor))]
    assert not problems, f"{len(problems)} constraints without backing:\n" + "\n".join(problems)


@pytest.mark.parametrize("vendor", PROJECT.vendor_names())
def test_every_constraint_quote_occurs_in_the_docs(vendor: str) -> None:
    """Also the quotes beside an `x-inferred` (which alone would back the constraint)."""
    problems = [str(problem) for problem in quote_problems(vendor, merged(vendor))]
    assert not problems, "\n".join(problems)


def test_a_quote_beside_x_inferred_is_checked_too() -> None:
    document = {
        "components": {
            "schemas": {
                "S": {
                    "type": "integer",
                    "minimum": 3,
                    "x-inferred": "three, from the examples",
                    "x-doc-source": "storyly.txt, nowhere: 'at least 3 of them, says nobody'",
                }
            }
        }
    }
    assert findings("storyly", document) == []
    (problem,) = quote_problems("storyly", document)
    assert problem.path == "$.components.schemas.S['x-doc-source']" and "does not occur" in problem.reason


@pytest.mark.parametrize("vendor", PROJECT.vendor_names())
def test_every_vendor_has_its_docs_in_the_repository(vendor: str) -> None:
    """The quotes are checked against `vendor-docs/<vendor>.txt`, so CI on a clean clone has them."""
    assert (DOCS / f"{vendor}.txt").is_file()


@pytest.mark.parametrize("vendor", PROJECT.vendor_names())
def test_a_planted_undocumented_constraint_is_named(vendor: str) -> None:
    """A length planted on a real property of each vendor's merged spec is the one new finding."""
    document = copy.deepcopy(merged(vendor))
    before = {str(finding) for finding in findings(vendor, document)}
    name, schema = next(
        (name, schema)
        for name, schema in document["components"]["schemas"].items()
        if isinstance(schema.get("properties"), dict)
    )
    prop = next(iter(schema["properties"]))
    schema["properties"][prop] = {"type": "string", "maxLength": 17}
    new = [finding for finding in findings(vendor, document) if str(finding) not in before]
    assert [(f.vendor, f.path, f.keyword) for f in new] == [
        (vendor, f"$.components.schemas.{name}.properties.{prop}.maxLength", "maxLength")
    ]


def test_a_quote_the_docs_do_not_hold_does_not_back_a_constraint() -> None:
    document = copy.deepcopy(merged("printiki"))
    schema = document["components"]["schemas"]
    name, target = next((name, s) for name, s in schema.items() if isinstance(s.get("properties"), dict))
    prop = next(iter(target["properties"]))
    target["properties"][prop] = {
        "type": "integer",
        "maximum": 5,
        "x-doc-source": "printiki.txt, X: 'at most 5 of them'",
    }
    found = [f for f in findings("printiki", document) if f.keyword == "maximum" and f".{name}." in f.path]
    assert found and "does not occur" in found[0].reason


def test_a_quote_that_does_not_name_the_value_does_not_back_it() -> None:
    text = (DOCS / "jumpstory.txt").read_text(encoding="utf-8")
    quote = " ".join(text.split()[:6])
    document: dict[str, Any] = {
        "components": {
            "schemas": {
                "S": {"type": "integer", "minimum": 987654, "x-doc-source": f"jumpstory.txt, top: '{quote}'"}
            }
        }
    }
    (found,) = findings("jumpstory", document)
    assert found.path == "$.components.schemas.S.minimum" and "does not name ['987654']" in found.reason
    document["components"]["schemas"]["S"] = {
        "type": "integer",
        "minimum": 987654,
        "x-inferred": "planted, for the test",
    }
    assert findings("jumpstory", document) == []


def test_marks_on_an_object_do_not_cover_its_properties() -> None:
    document: dict[str, Any] = {
        "components": {
            "schemas": {
                "S": {
                    "type": "object",
                    "x-inferred": "the object is inferred",
                    "properties": {"a": {"type": "string", "minLength": 1}},
                }
            }
        }
    }
    assert [f.path for f in findings("v", document)] == ["$.components.schemas.S.properties.a.minLength"]


def test_undocumented_error_statuses_lifetimes_and_parts_are_named() -> None:
    document: dict[str, Any] = {
        "paths": {
            "/x": {
                "post": {
                    "x-doc-source": "jumpstory.txt, nowhere: 'nothing'",
                    "requestBody": {
                        "content": {
                            "multipart/form-data": {"encoding": {"file": {"contentType": "image/png"}}}
                        }
                    },
                    "responses": {"200": {"description": "ok"}, "415": {"description": "no"}},
                }
            }
        },
        "x-auth": {"schemes": {"t": {"kind": "issued-bearer", "lifetime-seconds": 900}}},
        "x-rate-limit": {"requests": 60, "per-seconds": 60, "scope": "credential"},
    }
    assert sorted(f.keyword for f in findings("v", document)) == [
        "encoding contentType",
        "error status 415",
        "lifetime-seconds",
        "x-rate-limit",
        "x-rate-limit scope",
    ]
