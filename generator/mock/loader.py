"""Building a vendor's mock from the pipeline's output: `generated/<vendor>/openapi.yaml` (read into
the typed model) and `generated/<vendor>/mock_models.py` (pydantic models, loaded by path)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.applications import Starlette

from generator.errors import InputError
from generator.mock.app import build_app
from generator.mock.models import load_models
from generator.mock.options import MockOptions
from generator.model import Api, load_api
from generator.specio import load_document

MERGED_SPEC = "openapi.yaml"
MODELS = "mock_models.py"


def load_vendor_spec(vendor: str, generated_dir: Path) -> dict[str, Any]:
    """The merged spec of `vendor` as a document (what schemathesis and openapi tools read)."""
    path = generated_dir / vendor / MERGED_SPEC
    if not path.is_file():
        raise InputError(
            str(path), None, f"no merged spec for {vendor!r}; run `vendorkit generate {vendor}` first"
        )
    document = load_document(path)
    if not isinstance(document, dict):
        raise InputError(str(path), "$", "expected an OpenAPI document (a mapping)")
    return document


def load_vendor_api(vendor: str, generated_dir: Path) -> Api:
    """The typed model of `vendor`'s merged spec; errors name `generated/<vendor>/openapi.yaml`."""
    path = generated_dir / vendor / MERGED_SPEC
    return load_api(load_vendor_spec(vendor, generated_dir), str(path), vendor)


def load_vendor_models(vendor: str, generated_dir: Path) -> Any:
    """`generated/<vendor>/mock_models.py` as a module, or None when there is none."""
    path = generated_dir / vendor / MODELS
    return load_models(path, vendor) if path.is_file() else None


def load_vendor_app(vendor: str, generated_dir: Path, options: MockOptions | None = None) -> Starlette:
    """The mock of `vendor` from `generated_dir/<vendor>/{openapi.yaml,mock_models.py}`."""
    api = load_vendor_api(vendor, generated_dir)
    return build_app(api, options or MockOptions(), models=load_vendor_models(vendor, generated_dir))
