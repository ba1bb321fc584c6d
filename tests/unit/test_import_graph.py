"""No import cycles in `generator/`, read from the source.

Each module's imports are read with `ast`: the statements that run when the module is imported
(at module level, also inside a top-level `try` or `if`), except those under `if TYPE_CHECKING:`,
which never run. Imports inside functions run later, on first use, and are the way to break a
cycle, so they are not edges. `from package import name` is an edge to `package.name` when that
is a module, else to `package`. A cycle means the modules involved can only be imported in one
order, and that each needs the other: one job split in two, or two jobs tangled.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = "generator"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted((ROOT / PACKAGE).rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def module_level_imports(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    """The import statements that run when the module is imported."""
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop(0)
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            pending.extend(node.orelse if _is_type_checking(node.test) else [*node.body, *node.orelse])
        elif isinstance(node, ast.Try):
            pending.extend([*node.body, *node.orelse, *node.finalbody])
            for handler in node.handlers:
                pending.extend(handler.body)
        elif isinstance(node, ast.With):
            pending.extend(node.body)


def _absolute(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def import_graph() -> dict[str, set[str]]:
    """Module -> the `generator` modules it imports at module level."""
    known = modules()
    graph: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in module_level_imports(tree):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = _absolute(name, path.name == "__init__.py", node)
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                    for alias in node.names
                ]
            graph[name].update(target for target in targets if target in known and target != name)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle (as a closed path) through each strongly connected group of modules (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_path_through(graph, group) for group in groups]


def _path_through(graph: dict[str, set[str]], group: set[str]) -> list[str]:
    """A closed path inside `group`, from its first module back to it (breadth-first)."""
    start = min(group)
    previous: dict[str, str] = {}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for target in sorted(graph[node] & group):
            if target == start:
                path = [node]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return [start, *reversed(path[:-1]), start] if node != start else [start, start]
            if target not in previous:
                previous[target] = node
                queue.append(target)
    raise AssertionError(f"no cycle through {sorted(group)}")


def test_generator_has_no_import_cycles() -> None:
    found = cycles(import_graph())
    assert not found, "import cycles in generator/:\n" + "\n".join(" -> ".join(cycle) for cycle in found)


SOURCE = """
from __future__ import annotations
import generator.a
from . import b
from .c import thing
from ..d import other
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    from generator import typing_only
else:
    import generator.runtime_only
try:
    import generator.optional
except ImportError:
    import generator.fallback

def later():
    import generator.lazy
"""


def test_only_the_imports_that_run_at_import_time_are_edges() -> None:
    tree = ast.parse(SOURCE)
    found = []
    for node in module_level_imports(tree):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        else:
            found.append(
                _absolute("generator.pkg.mod", False, node) + ":" + ",".join(a.name for a in node.names)
            )
    assert found == [
        "__future__:annotations",
        "generator.a",
        "generator.pkg:b",
        "generator.pkg.c:thing",
        "generator.d:other",
        "typing:TYPE_CHECKING",
        "generator.runtime_only",
        "generator.optional",
        "generator.fallback",
    ]


def test_the_graph_of_generator_has_the_edges_it_should() -> None:
    graph = import_graph()
    assert "generator.fuzz.workarounds" in graph["generator.fuzz.runner"]
    assert "generator.model.api" in graph["generator.model.parse"]
    assert "generator.model.fuzzing" not in graph["generator.model.api"]  # under `if TYPE_CHECKING:`
    assert "generator.mock.credentials" not in graph["generator.fuzz.plan"]  # imported in a function


def test_a_cycle_is_reported_as_a_closed_path() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"a"}}
    assert cycles(graph) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
