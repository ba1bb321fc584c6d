"""Build a vendor's merged spec: hand-written spec + overlays, then validated.

The merged document is the single input of every generator (client, mock models, mock server,
fuzzing), so everything that can be checked about it is checked here, once, with errors that name
the file and the JSONPath of the problem.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.danglingrefs import dangling_refs
from generator.errors import InputError
from generator.jsonpaths import normalized_path
from generator.specio import load_document
from generator.vendors import Vendor

if TYPE_CHECKING:  # the spec model (and httpx, which it imports) is not needed to merge: see build_api
    from generator.model import Api


def merged_label(vendor: Vendor, root: Path) -> str:
    """How errors name a vendor's merged spec: the spec and the overlays that made it."""
    spec_label = _relative(vendor.spec, root)
    if not vendor.overlays:
        return spec_label
    return f"{spec_label} + {', '.join(_relative(path, root) for path in vendor.overlays)}"


def build_merged_spec(vendor: Vendor, root: Path) -> dict[str, Any]:
    """Load the spec, apply the vendor's overlays in order, and validate the result as OpenAPI."""
    document = load_spec(vendor, root)
    check_spec(document, vendor, root)
    merged = merge_overlays(document, vendor)
    check_merged(merged, vendor, root)
    return merged


def load_spec(vendor: Vendor, root: Path) -> dict[str, Any]:
    """The vendor's hand-written spec, parsed (a mapping), not validated yet."""
    document = load_document(vendor.spec)
    if not isinstance(document, dict):
        raise InputError(
            file=_relative(vendor.spec, root),
            location="$",
            message="expected an OpenAPI document (a mapping)",
        )
    return document


def merge_overlays(document: dict[str, Any], vendor: Vendor) -> dict[str, Any]:
    """A new document: the vendor's overlays loaded and applied in order to `document` (unchanged).

    The overlay engine (and the JSONPath library under it, about 45 ms to import) is imported here,
    not with this module: a one-vendor run imports this module before it forks, and only the forked
    process that merges needs the engine."""
    from generator.overlay import apply_overlays, load_overlay

    overlays = [load_overlay(path) for path in vendor.overlays]
    return apply_overlays(document, overlays)


def check_spec(document: dict[str, Any], vendor: Vendor, root: Path) -> None:
    """Validate the hand-written spec as OpenAPI (errors name the spec file)."""
    _check_openapi(document, _relative(vendor.spec, root), "the hand-written spec")


def check_merged(merged: dict[str, Any], vendor: Vendor, root: Path) -> None:
    """Validate the merged spec as OpenAPI (errors name the spec and its overlays)."""
    _check_openapi(merged, merged_label(vendor, root), "the merged spec")


def build_api(vendor: Vendor, root: Path) -> tuple[dict[str, Any], Api]:
    """The merged spec and its typed model, with our `x-` vocabulary and project rules validated."""
    from generator.model import load_api  # here: the merge step runs in a process that needs no model

    merged = build_merged_spec(vendor, root)
    label = merged_label(vendor, root)
    api = load_api(merged, label, vendor.name)
    check_project_rules(api)
    return merged, api


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def _check_openapi(document: dict[str, Any], label: str, what: str) -> None:
    """Validate against the OpenAPI 3.x schema; report the first (deepest) error with its path."""
    for location, target, problem in dangling_refs(document):
        raise InputError(file=label, location=location, message=f"$ref {target!r} {problem}")
    from generator.specvalidation import OpenAPI31Validator  # 0.13 s to import: only when used

    errors = sorted(
        OpenAPI31Validator(document).iter_errors(),
        key=lambda err: (-len(list(getattr(err, "absolute_path", []))), str(err)),
    )
    if errors:
        error = errors[0]
        path = normalized_path(list(getattr(error, "absolute_path", [])))
        message = str(getattr(error, "message", error)).strip().splitlines()[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise InputError(file=label, location=path, message=f"{what} is not valid OpenAPI: {message}{more}")


def check_project_rules(api: Api) -> None:
    """Rules of this project on top of OpenAPI: what the generators and the docs trail rely on."""
    for operation in api.operations:
        for key, expected in (
            ("x-doc-source", "x-doc-source (where in the vendor docs the operation comes from)"),
        ):
            if not operation.extensions.get(key):
                raise InputError(file=api.label, location=operation.location, message=f"missing {expected}")
        if not operation.tags:
            raise InputError(
                file=api.label,
                location=operation.location,
                message="missing tags (the first tag names the client resource)",
            )
