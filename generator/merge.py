"""Build a vendor's merged spec: hand-written spec + overlays, then validated.

The merged document is the single input of every generator (client, mock models, mock server,
fuzzing), so everything that can be checked about it is checked here, once, with errors that name
the file and the JSONPath of the problem.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from openapi_spec_validator import OpenAPIV31SpecValidator

from generator.errors import InputError
from generator.jsonpaths import normalized_path
from generator.overlay import apply_overlays, load_overlay
from generator.specio import load_document
from generator.vendors import Vendor

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def build_merged_spec(vendor: Vendor, root: Path) -> dict[str, Any]:
    """Load the spec, apply the vendor's overlays in order, and validate the result."""
    spec_label = _relative(vendor.spec, root)
    document = load_document(vendor.spec)
    if not isinstance(document, dict):
        raise InputError(file=spec_label, location="$", message="expected an OpenAPI document (a mapping)")
    _check_openapi(document, spec_label, "the hand-written spec")
    overlays = [load_overlay(path) for path in vendor.overlays]
    merged = apply_overlays(document, overlays)
    merged_label = f"{spec_label} + {len(overlays)} overlay(s)" if overlays else spec_label
    _check_openapi(merged, merged_label, "the merged spec")
    _check_project_rules(merged, merged_label)
    return merged


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)


def _check_openapi(document: dict[str, Any], label: str, what: str) -> None:
    """Validate against the OpenAPI 3.x schema; report the first (deepest) error with its path."""
    errors = sorted(
        OpenAPIV31SpecValidator(document).iter_errors(),
        key=lambda err: (-len(list(getattr(err, "absolute_path", []))), str(err)),
    )
    if errors:
        error = errors[0]
        path = normalized_path(list(getattr(error, "absolute_path", [])))
        message = str(getattr(error, "message", error)).strip().splitlines()[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise InputError(file=label, location=path, message=f"{what} is not valid OpenAPI: {message}{more}")


def iter_operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation, in document order."""
    found: list[tuple[str, str, dict[str, Any]]] = []
    for path, item in (document.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict):
                found.append((path, method, operation))
    return found


def _check_project_rules(document: dict[str, Any], label: str) -> None:
    """Rules of this project on top of OpenAPI: what the generators and the docs trail rely on."""
    operations = iter_operations(document)
    for path, method, operation in operations:
        where = normalized_path(["paths", path, method])
        for key, expected in (
            ("operationId", "an operationId (names the client method and mock handler)"),
            ("x-doc-source", "x-doc-source (where in the vendor docs the operation comes from)"),
            ("tags", "tags (the first tag names the client resource)"),
        ):
            if not operation.get(key):
                raise InputError(file=label, location=where, message=f"missing {expected}")
    counts = Counter(op["operationId"] for _, _, op in operations)
    duplicates = sorted(name for name, count in counts.items() if count > 1)
    if duplicates:
        raise InputError(file=label, location="$.paths", message=f"duplicate operationIds: {duplicates}")
