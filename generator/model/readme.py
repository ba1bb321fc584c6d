"""`x-readme`: the worked example of a vendor's client README, declared next to its spec.

The rest of a client's README is derived from the spec (authentication, paging, errors, the list of
operations); the main workflow of an API is not, so an overlay declares it at the spec's root:

    x-readme:
      example:
        title: Create a user and search as that user      # the section's heading
        code: |                                           # Python, run by the tests against the mock
          from jumpstory_client import JumpStory
          ...
        output: |                                         # what it prints (the tests compare)
          ...

In `code`, credentials are written as `name="…"` and the base URL as the spec's server URL: the
tests put the mock's values there and nothing else.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.errors import InputError

KEY = "x-readme"


@dataclass(frozen=True)
class ReadmeExample:
    title: str
    code: str
    output: str


@dataclass(frozen=True)
class ReadmeDecl:
    example: ReadmeExample | None = None


def parse_readme(extensions: Mapping[str, Any], label: str, package_name: str) -> ReadmeDecl:
    """The root `x-readme` of a merged spec, checked; refusals name the spec and the JSONPath."""
    raw = extensions.get(KEY)
    if raw is None:
        return ReadmeDecl()
    if not isinstance(raw, Mapping) or set(raw) - {"example"}:
        raise InputError(file=label, location=f"$['{KEY}']", message="expected a mapping with `example`")
    example = raw.get("example")
    if example is None:
        return ReadmeDecl()
    where = f"$['{KEY}']['example']"
    if not isinstance(example, Mapping) or set(example) - {"title", "code", "output"}:
        raise InputError(file=label, location=where, message="expected a mapping of title, code, output")
    values: dict[str, str] = {}
    for key in ("title", "code", "output"):
        value = example.get(key)
        if not isinstance(value, str) or not value.strip():
            raise InputError(file=label, location=f"{where}['{key}']", message="expected a non-empty string")
        values[key] = value.rstrip() + ("\n" if key != "title" else "")
    if f"from {package_name} import" not in values["code"]:
        raise InputError(
            file=label,
            location=f"{where}['code']",
            message=f"expected the example to import from {package_name} (`from {package_name} import ...`)",
        )
    try:
        compile(values["code"], f"{label} {where}['code']", "exec")
    except SyntaxError as error:
        raise InputError(
            file=label, location=f"{where}['code']", message=f"not Python: {error.msg} (line {error.lineno})"
        ) from error
    return ReadmeDecl(ReadmeExample(values["title"].strip(), values["code"], values["output"]))
