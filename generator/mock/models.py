"""The pydantic models of a vendor's responses for the mock (datamodel-code-generator's output).

`generated/<vendor>/mock_models.py` is loaded by path (`generated/` is no package); a caller without
that file (a spec built in a test) gets the models generated on the fly.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from generator.mock.errors import MockSetupError
from generator.model import Api


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


def generate_models(api: Api, vendor: str) -> ModuleType:
    """Pydantic models of a spec, generated now (when the caller has no `mock_models.py`)."""
    from generator.modelgen import generate_mock_models  # datamodel-code-generator: slow import

    with tempfile.TemporaryDirectory(prefix="vendorkit-mock-models-") as folder:
        path = Path(folder) / "mock_models.py"
        generate_mock_models(api.document, api.label, path)
        return load_models(path, f"{vendor}_generated")
