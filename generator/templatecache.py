"""Compiled Jinja templates kept between generation runs, as Python keeps `__pycache__`.

openapi-python-client builds a new Jinja environment for every vendor and compiles each template it
renders from source, every run: for one vendor that was about a quarter of rendering its client.
Jinja's own `FileSystemBytecodeCache` keeps the compiled code in a folder of the virtual
environment, keyed by template name and a hash of its source (a changed template is compiled anew)
and stamped with the Python version (another interpreter compiles anew). Files are written to a
temporary name and renamed, so parallel workers may share the folder. The output is the same with
or without the cache; where the folder cannot be written, templates are compiled as before.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from jinja2 import BytecodeCache, FileSystemBytecodeCache

CACHE_DIR = Path(sys.prefix) / "var" / "cache" / "vendorkit-jinja"


def template_bytecode_cache(directory: Path | None = None) -> BytecodeCache | None:
    """The shared cache in `directory` (default `CACHE_DIR`), or None when it cannot be made or
    written."""
    directory = directory or CACHE_DIR
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    if not os.access(directory, os.W_OK | os.X_OK):
        return None
    return FileSystemBytecodeCache(str(directory))
