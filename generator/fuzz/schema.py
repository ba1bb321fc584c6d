"""How fuzzing configures schemathesis.

One place decides the configuration (every check, every phase, bounded and reproducible examples,
the vendor's allowances from its overlay), so the CLI run (`vendorkit fuzz`, which gets it as a
TOML file), the in-process tests and the loopback tests all fuzz the same way.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from generator.fuzz.allowances import operation_overrides
from generator.model import Api

DEFAULT_SEED = 20240601
PHASES = ("examples", "coverage", "fuzzing", "stateful")
REQUEST_TIMEOUT_SECONDS = 30


def config_data(
    api: Api,
    *,
    max_examples: int,
    seed: int | None = DEFAULT_SEED,
    deterministic: bool = True,
    base_url: str | None = None,
) -> dict[str, Any]:
    """schemathesis configuration (as in `schemathesis.toml`) of a fuzz run of the vendor of `api`.

    Tests run `deterministic` (Hypothesis derandomized: the same cases on every run and machine);
    the command line draws at random from `seed` (schemathesis prints it, so a run can be repeated).
    """
    data: dict[str, Any] = {
        "request-timeout": REQUEST_TIMEOUT_SECONDS,
        "checks": {"enabled": True},
        "phases": {name: {"enabled": True} for name in PHASES},
        "generation": {"mode": "all", "max-examples": max_examples, "deterministic": deterministic},
    }
    if seed is not None:
        data["seed"] = seed
    if base_url is not None:
        data["base-url"] = base_url
    overrides = operation_overrides(api)
    if overrides:
        data["operations"] = overrides
    return data


def to_toml(data: Mapping[str, Any]) -> str:
    """TOML for `config_data` output: nested tables, arrays of tables, scalars and scalar lists."""
    lines: list[str] = []
    _table(lines, [], data)
    return "\n".join(lines).strip() + "\n"


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a valid TOML basic string
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_scalar(item) for item in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def _is_table_array(value: Any) -> bool:
    return (
        isinstance(value, list | tuple) and bool(value) and all(isinstance(item, Mapping) for item in value)
    )


def _table(lines: list[str], path: list[str], table: Mapping[str, Any]) -> None:
    key = ".".join(json.dumps(part) for part in path)
    nested = {k: v for k, v in table.items() if isinstance(v, Mapping) or _is_table_array(v)}
    scalars = {k: v for k, v in table.items() if k not in nested}
    if path and (scalars or not nested):
        lines.append(f"[{key}]")
    lines.extend(f"{json.dumps(k)} = {_scalar(v)}" for k, v in scalars.items())
    for name, value in nested.items():
        if isinstance(value, Mapping):
            _table(lines, [*path, name], value)
        else:
            for item in value:
                lines.append(f"[[{'.'.join(json.dumps(part) for part in [*path, name])}]]")
                _array_item(lines, [*path, name], item)


def _array_item(lines: list[str], path: list[str], item: Mapping[str, Any]) -> None:
    for k, v in item.items():
        if isinstance(v, Mapping):
            _inline_tables(lines, [k], v)
        else:
            lines.append(f"{json.dumps(k)} = {_scalar(v)}")


def _inline_tables(lines: list[str], keys: list[str], table: Mapping[str, Any]) -> None:
    """Sub-tables of an array-of-tables item, written as dotted keys (valid inside `[[...]]`)."""
    for k, v in table.items():
        if isinstance(v, Mapping):
            _inline_tables(lines, [*keys, k], v)
        else:
            lines.append(f"{'.'.join(json.dumps(part) for part in [*keys, k])} = {_scalar(v)}")
