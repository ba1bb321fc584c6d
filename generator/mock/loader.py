"""Building a vendor's mock from the pipeline's output: `generated/<vendor>/openapi.yaml` and
`generated/<vendor>/mock_models.py` (pydantic models, loaded by path: `generated/` is no package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from starlette.applications import Starlette

from generator.errors import InputError
from generator.mock.app import build_app
from generator.mock.errors import MockSetupError
from generator.mock.options import MockOptions
from generator.specio import load_document

MERGED_SPEC = "openapi.yaml"
MODELS = "mock_models.py"


def load_models(path: Path, name: str) -> ModuleType:
    """Import a models module from a file; registered in `sys.modules` so pydantic resolves its
    postponed annotations."""
    module_name = f"vendorkit_mock_models_{name}"
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise MockSetupError(str(path), None, "cannot import the generated models")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        del sys.modules[module_name]
        raise MockSetupError(str(path), None, f"cannot import the generated models: {exc}") from None
    return module


def load_vendor_spec(vendor: str, generated_dir: Path) -> dict[str, Any]:
    path = generated_dir / vendor / MERGED_SPEC
    if not path.is_file():
        raise InputError(
            str(path), None, f"no merged spec for {vendor!r}; run `vendorkit generate {vendor}` first"
        )
    document = load_document(path)
    if not isinstance(document, dict):
        raise InputError(str(path), "$", "expected an OpenAPI document (a mapping)")
    return document


def load_vendor_app(vendor: str, generated_dir: Path, options: MockOptions | None = None) -> Starlette:
    """The mock of `vendor` from `generated_dir/<vendor>/{openapi.yaml,mock_models.py}`."""
    document = load_vendor_spec(vendor, generated_dir)
    models_path = generated_dir / vendor / MODELS
    models = load_models(models_path, vendor) if models_path.is_file() else None
    return build_app(document, options or MockOptions(), models=models)
