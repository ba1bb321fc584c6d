"""Fuzzing with schemathesis, generic over vendors and driven by the merged spec's `x-auth`/`x-mock`.

- `plan`: what each operation needs to be authenticated (read from `x-auth`, `security`, `x-mock`);
- `auth` / `provider`: obtaining those credentials and handing them to schemathesis per case;
- `runner`: `run_fuzz`, behind `vendorkit fuzz VENDOR [--base-url URL]`;
- `clients` / `responses`: driving a generated client package with generated inputs and responses
  (used by the client fuzz tests in `tests/fuzz/`);
- `redact`: keeping secrets out of everything a run prints.
"""

from generator.fuzz.runner import run_fuzz

__all__ = ["run_fuzz"]
