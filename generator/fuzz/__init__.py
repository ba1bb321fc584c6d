"""Fuzzing with schemathesis, generic over vendors and driven by the typed model of the merged spec.

- `plan`: what each operation needs to be authenticated (the typed `x-auth` schemes, `security`,
  the demo credentials of `x-mock`);
- `auth` / `provider`: obtaining those credentials and handing them to schemathesis per case;
- `schema`: the schemathesis configuration of a run; `allowances`: the vendor's `x-fuzz.allow`
  entries as that configuration;
- `workarounds` / `uploads`: the schemathesis defects a vendor's overlay declares
  (`x-fuzz.workarounds`), installed for one run;
- `runner`: `run_fuzz`, behind `vendorkit fuzz VENDOR [--base-url URL]`;
- `redact`: keeping secrets out of everything a run prints.

What only the tests use (the mocks as fuzz targets, client fuzzing) is in `tests/support/fuzzing/`.
"""

from generator.fuzz.runner import run_fuzz

__all__ = ["run_fuzz"]
