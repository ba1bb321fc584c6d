"""How fuzzing configures schemathesis, and a vendor's merged spec as an authenticated schema.

One place decides the configuration (every check, every phase, bounded and reproducible examples,
the vendor's allowances), so the CLI run (`vendorkit fuzz`, which gets it as a TOML file), the
in-process tests and the loopback tests all fuzz the same way.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from generator.fuzz.allowances import operation_overrides
from generator.fuzz.auth import FuzzAuth, HttpFactory
from generator.fuzz.plan import AuthPlan
from generator.fuzz.provider import register_auth
from generator.fuzz.uploads import register_upload_samples
from generator.model import Api

DEFAULT_SEED = 20240601
PHASES = ("examples", "coverage", "fuzzing", "stateful")
REQUEST_TIMEOUT_SECONDS = 30


def config_data(
    vendor: str,
    *,
    max_examples: int,
    seed: int | None = DEFAULT_SEED,
    deterministic: bool = True,
    base_url: str | None = None,
) -> dict[str, Any]:
    """schemathesis configuration (as in `schemathesis.toml`) of a fuzz run of `vendor`.

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
    overrides = operation_overrides(vendor)
    if overrides:
        data["operations"] = overrides
    return data


def fuzz_config(
    vendor: str, *, max_examples: int, seed: int | None = DEFAULT_SEED, base_url: str | None = None
) -> Any:
    """`config_data` as a `schemathesis.Config`."""
    from schemathesis import Config

    return Config.from_dict(config_data(vendor, max_examples=max_examples, seed=seed, base_url=base_url))


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


def fuzz_schema(
    vendor: str,
    api: Api,
    plan: AuthPlan,
    http: HttpFactory,
    *,
    max_examples: int,
    seed: int | None = DEFAULT_SEED,
    app: Any = None,
    base_url: str | None = None,
) -> tuple[Any, FuzzAuth]:
    """The schema to fuzz (against `app` in process, or the server at `base_url`) and its auth.

    `http` builds the client `FuzzAuth` calls provisioning and token operations with; it must reach
    the same server (`asgi_client(app)` for an app).
    """
    import schemathesis

    register_upload_samples(api)
    config = fuzz_config(vendor, max_examples=max_examples, seed=seed, base_url=base_url)
    schema = schemathesis.openapi.from_dict(api.document, config=config)
    if app is not None:
        schema.app = app
    auth = FuzzAuth(plan, http)
    register_auth(schema.auth, auth)
    return schema, auth
