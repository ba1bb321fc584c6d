"""The facade passes `_get_kwargs` its arguments by position (templates/opc/resource.py.jinja,
`call_order` in generator/clientgen.py): binding 59 keywords by name cost Mediagraph's search about
3% of a call. By position, a wrong order would send one parameter's value as another's, so every
call of every generated resource is checked against the signature it calls.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from typing import Any

from tests.conftest import GENERATED, generated_vendors


def _get_kwargs_calls(vendor: str) -> list[tuple[str, str, ast.Call]]:
    """(resource module, endpoint module name, call) of each `<module>._get_kwargs(...)` call."""
    calls = []
    for path in sorted((GENERATED / vendor / f"{vendor}_client" / "resources").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "_get_kwargs"
                and isinstance(node.func.value, ast.Name)
            ):
                calls.append((path.stem, node.func.value.id, node))
    return calls


def _endpoint_module(vendor: str, resource: str, name: str) -> Any:
    module = importlib.import_module(f"{vendor}_client.resources.{resource}")
    return getattr(module, name)


def test_every_positional_get_kwargs_call_passes_each_parameter_in_its_place() -> None:
    checked = 0
    for vendor in generated_vendors():
        for resource, name, call in _get_kwargs_calls(vendor):
            parameters = list(
                inspect.signature(_endpoint_module(vendor, resource, name)._get_kwargs).parameters.values()
            )
            where = f"{vendor}_client.resources.{resource}: {name}._get_kwargs"
            if call.keywords:  # the download and workflow helpers pass keywords: bound by name
                assert not call.args, where
                assert {keyword.arg for keyword in call.keywords} <= {p.name for p in parameters}, where
                continue
            assert len(call.args) == len(parameters), where
            for argument, parameter in zip(call.args, parameters, strict=True):
                assert isinstance(argument, ast.Name), where
                if argument.id == "UNSET":  # an argument the method does not take: the default
                    assert parameter.default is not inspect.Parameter.empty, f"{where}: {parameter.name}"
                else:
                    assert argument.id == parameter.name, (
                        f"{where}: {argument.id} in {parameter.name}'s place"
                    )
            checked += 1
    assert checked > 100


def test_call_order_puts_path_then_required_then_optional_parameters() -> None:
    """A parameter with a default cannot precede one without: an optional body comes after a
    required query parameter, each group in upstream's order (body, query, header, cookie)."""
    from types import SimpleNamespace as Stub

    from generator.clientgen import _call_order

    def parameter(name: str, required: bool) -> Stub:
        return Stub(python_name=name, required=required)

    body = Stub(prop=Stub(required=False))
    endpoint = Stub(
        path_parameters=[parameter("id", True)],
        bodies=[body],
        query_parameters=[parameter("page", False), parameter("q", True)],
        header_parameters=[parameter("x_trace", False)],
        cookie_parameters=[parameter("session", True)],
    )
    order = [(kind, getattr(item, "python_name", "body")) for kind, item in _call_order(endpoint)]
    assert order == [
        ("path", "id"),
        ("query", "q"),
        ("cookie", "session"),
        ("body", "body"),
        ("query", "page"),
        ("header", "x_trace"),
    ]
    body.prop.required = True
    assert [kind for kind, _ in _call_order(endpoint)][:3] == ["path", "body", "query"]
    endpoint.bodies = [Stub(prop=Stub(required=True)), Stub(prop=Stub(required=True))]
    assert [kind for kind, _ in _call_order(endpoint)][3] == "body"  # several bodies: one optional union
