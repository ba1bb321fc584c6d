"""Building the `vendorkit-mocks` package: the mocks without the tool (`make mocks-dist`).

The package carries every vendor's merged spec and mock models (`generated/<vendor>/openapi.yaml`,
`mock_models.py`) and the serving part of the engine, and depends only on what serving needs
(starlette, uvicorn, httpx, pydantic, jsonschema-rs, pyjwt, ...): not schemathesis, the generators
(openapi-python-client, datamodel-code-generator) or the linters.

Nothing of it is written by hand or committed as a copy. `build_tree` assembles its source tree from
the repository, the same inputs giving the same tree:

- `packages/vendorkit-mocks/pyproject.toml` and `README.md` (hand-written, committed);
- the modules the mock server, the `vendorkit-mock` command and the pytest plugin import, found by
  following the `generator.*` imports from `ROOTS` (lazy imports included; `GENERATOR_ONLY` are the
  modules that exist only to generate and are left out), copied into the package `vendorkit_mocks`
  with their `generator` imports renamed, so the package never clashes with the tool;
- `vendorkit_mocks/_specs/<vendor>/{openapi.yaml,mock_models.py}` for every generated vendor.

`python -m generator.mockpkg [--out DIR] [--tree-only]` builds the wheel into DIR (default dist/).
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Final

from generator import __version__
from generator.errors import GenerationError, InputError

PACKAGE: Final = "vendorkit_mocks"
SOURCE: Final = Path("packages") / "vendorkit-mocks"
ROOTS: Final = ("generator.mock", "generator.mockkit", "generator.mock_command")
GENERATOR_ONLY: Final = frozenset({"generator.modelgen"})
"""Reached only by a lazy import on a path the package never takes (`generate_models`, for a spec
without a `mock_models.py`: the package ships one for every vendor)."""
_IMPORT: Final = re.compile(r"^(\s*)(from|import) generator(?=[ .])", re.MULTILINE)
_PACKAGE_INIT: Final = '''"""vendorkit-mocks: the stateful vendorkit mocks of {vendors}, on their own.

`vendorkit-mock VENDOR --port 8000` serves one; the pytest plugin (`vendorkit_mocks.mockkit.pytest_plugin`)
gives tests the fixtures `<vendor>_mock` and `<vendor>_mock_server`. Built by vendorkit's
`generator.mockpkg` from the repository: do not edit.
"""

__version__ = "{version}"
'''


def _module_file(root: Path, module: str) -> Path | None:
    base = root.joinpath(*module.split("."))
    for candidate in (base / "__init__.py", base.with_suffix(".py")):
        if candidate.is_file():
            return candidate
    return None


def _imports(path: Path, module: str, is_package: bool) -> set[str]:
    """The `generator.*` modules a file imports (`from generator.x import y` may name module x.y)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] == "generator")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = module if is_package else module.rpartition(".")[0]
                for _ in range(node.level - 1):
                    package = package.rpartition(".")[0]
                base = f"{package}.{node.module}" if node.module else package
            else:
                base = node.module or ""
            if base.split(".")[0] != "generator":
                continue
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def module_closure(root: Path) -> list[str]:
    """Every `generator` module the package needs, sorted: `ROOTS` (packages with all their modules)
    and what they import, their parent packages included."""
    todo: list[str] = []
    for name in ROOTS:
        path = _module_file(root, name)
        if path is None:
            raise InputError(str(root / name.replace(".", "/")), None, "no such module")
        todo.append(name)
        if path.name == "__init__.py":
            todo += [
                ".".join(p.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
                for p in sorted(path.parent.rglob("*.py"))
            ]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen or name in GENERATOR_ONLY:
            continue
        path = _module_file(root, name)
        if path is None:
            continue  # `from generator.x import Name`: Name is no module
        seen.add(name)
        parts = name.split(".")
        todo += [".".join(parts[:end]) for end in range(1, len(parts))]
        todo += sorted(_imports(path, name, path.name == "__init__.py"))
    return sorted(seen)


def rename_imports(text: str) -> str:
    """`from generator.x import y` -> `from vendorkit_mocks.x import y` (import lines only)."""
    return _IMPORT.sub(rf"\1\2 {PACKAGE}", text)


def vendors(generated: Path) -> list[str]:
    return sorted(
        p.parent.name for p in generated.glob("*/openapi.yaml") if (p.parent / "mock_models.py").is_file()
    )


def build_tree(project_root: Path, out: Path) -> Path:
    """Write the package's source tree into `out` (emptied first); returns `out`."""
    source = project_root / SOURCE
    generated = project_root / "generated"
    names = vendors(generated)
    if not names:
        raise InputError(
            str(generated), None, "no generated vendor (openapi.yaml + mock_models.py); run `make generate`"
        )
    if out.exists():
        shutil.rmtree(out)
    package = out / PACKAGE
    package.mkdir(parents=True)
    for name in ("pyproject.toml", "README.md"):
        shutil.copyfile(source / name, out / name)
    for module in module_closure(project_root):
        path = _module_file(project_root, module)
        assert path is not None
        relative = path.relative_to(project_root / "generator")
        target = package / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if module == "generator":
            target.write_text(_PACKAGE_INIT.format(vendors=", ".join(names), version=__version__))
        else:
            target.write_text(rename_imports(path.read_text()))
    (package / "py.typed").write_text("")
    for vendor in names:
        folder = package / "_specs" / vendor
        folder.mkdir(parents=True)
        for name in ("openapi.yaml", "mock_models.py"):
            shutil.copyfile(generated / vendor / name, folder / name)
    return out


def build_wheel(project_root: Path, dist: Path) -> Path:
    """Build the wheel into `dist` (pip, setuptools in an isolated build environment); its path."""
    dist.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vendorkit-mocks-") as folder:
        tree = build_tree(project_root, Path(folder) / "vendorkit-mocks")
        before = set(dist.glob("vendorkit_mocks-*.whl"))
        result = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(tree)],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise GenerationError(
                str(project_root / SOURCE), None, f"pip wheel failed:\n{result.stderr[-2000:]}"
            )
    wheels = sorted(set(dist.glob("vendorkit_mocks-*.whl")) - before) or sorted(
        dist.glob("vendorkit_mocks-*.whl")
    )
    return wheels[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.mockpkg", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("dist"), help="where the wheel (or tree) goes")
    parser.add_argument("--tree-only", action="store_true", help="write the source tree, do not build")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project root (default: the cwd)")
    args = parser.parse_args(argv)
    try:
        if args.tree_only:
            print(build_tree(args.root.resolve(), args.out))
        else:
            print(build_wheel(args.root.resolve(), args.out))
    except (InputError, GenerationError) as error:
        print(f"vendorkit-mocks: error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
