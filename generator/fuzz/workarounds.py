"""Workarounds for schemathesis defects: each named, declared where needed, scoped, and reproduced.

A fuzz run holds the API to every schemathesis check. Where schemathesis itself is wrong (it sends
a case that is not what it says it is, then blames the server), we work around it, and only there:

- each workaround below says what the defect is and in which schemathesis version it was seen;
- an operation that runs into a defect names the workaround in its overlay (`x-fuzz.workarounds`,
  next to its allowances, see `generator.model.fuzzing`), and the workaround applies to those
  operations only;
- it is installed for one run on one schema (schemathesis' per-schema hooks; the file samples in
  schemathesis' process-wide registry are taken out again at the end) and printed in the run's
  output with the number of reports it dropped;
- `tests/fuzz/test_workarounds.py` reproduces each defect on the pinned schemathesis without the
  workaround, and fails saying "drop workaround <name>" on the day upstream fixes it.

Every workaround concerns multipart bodies: JSON Schema sees a file part as a string, so
schemathesis' positive/negative labels and its file choices go wrong around them.
"""

from __future__ import annotations

import contextlib
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from generator.errors import InputError
from generator.fuzz.allowances import credential_filter
from generator.fuzz.uploads import (
    MultipartConformance,
    multipart_body,
    registered_samples,
    sampled_part_types,
)
from generator.model import Api, Operation

SCHEMATHESIS_VERSION: Final = "4.32.5"
"""The version each defect below was reproduced on (pinned in pyproject.toml)."""

Drop = Callable[[MultipartConformance, Any, Any], bool]
"""(conformance, failure, case) -> whether the failure is the defect's, not the server's."""


@dataclass(frozen=True)
class Workaround:
    """One schemathesis defect and what fuzzing does about it."""

    name: str
    defect: str
    remedy: str
    concerns: Callable[[Api, Operation], str | None]
    """Why the defect cannot concern an operation (None: it can); declaring it there is an error."""
    drop: Drop | None = None
    """A `filter_failure` rule: reports of the defect that the workaround drops."""
    file_samples: bool = False
    """Registers file samples for the operation's multipart parts instead of filtering."""


def _phase(case: Any) -> str:
    meta = getattr(case, "meta", None)
    return str(getattr(getattr(meta, "phase", None), "name", "") or "")


def _description(case: Any) -> str:
    meta = getattr(case, "meta", None)
    return str(getattr(getattr(getattr(meta, "phase", None), "data", None), "description", "") or "")


def _rejected_positive(failure: Any) -> bool:
    from schemathesis.openapi.checks import RejectedPositiveData

    return isinstance(failure, RejectedPositiveData)


def _accepted_negative(failure: Any) -> bool:
    from schemathesis.core.failures import AcceptedNegativeData

    return isinstance(failure, AcceptedNegativeData)


def _has_sampled_parts(api: Api, operation: Operation) -> str | None:
    if sampled_part_types(operation):
        return None
    return "it has no multipart part declaring a media type schemathesis has a file of (image/*)"


def _blank_required_parts(api: Api, operation: Operation) -> str | None:
    media = multipart_body(operation)
    if media is None or media.schema is None:
        return "it has no multipart body"
    sampled = sampled_part_types(operation)
    if not sampled:
        return _has_sampled_parts(api, operation)
    required = media.schema.node.get("required") or []
    if not [part for part in required if part not in sampled]:
        return "every required part of its multipart body gets a file sample, so none is left blank"
    return None


def _has_file_part(api: Api, operation: Operation) -> str | None:
    media = multipart_body(operation)
    if media is not None:
        for name in (media.schema.node.get("properties") or {}) if media.schema else {}:
            part = api.property_schema(media.schema, name)
            if part is not None and part.node.get("format") == "binary":
                return None
    return "it has no multipart body with a file part"


CATALOGUE: Final[Mapping[str, Workaround]] = {
    workaround.name: workaround
    for workaround in (
        Workaround(
            name="multipart-file-samples",
            defect=(
                "positive cases get a real file only for whole-body binary media types; a multipart "
                "part whose encoding.contentType is image/jpeg (png, gif, webp) gets random bytes, which "
                "a server that checks uploads rightly refuses"
            ),
            remedy=(
                "schemathesis' own sample file of each such media type is registered as the strategy "
                "for those parts (schemathesis.openapi.media_type) for the run, and taken out after it"
            ),
            concerns=_has_sampled_parts,
            file_samples=True,
        ),
        Workaround(
            name="multipart-coverage-blank-parts",
            defect=(
                "with a media type strategy registered for a part, the coverage phase adds a 'Multipart "
                "body with custom encoding' case that fills every other required part with an empty "
                "string and labels it positive (and derives more coverage cases from it), e.g. a "
                "required JSON `data` part sent as ''"
            ),
            remedy=(
                "a 'schema-valid request rejected' report of a coverage case whose multipart body does "
                "not validate against the operation's body schema is dropped"
            ),
            concerns=_blank_required_parts,
            drop=lambda conformance, failure, case: (
                _rejected_positive(failure)
                and _phase(case) == "coverage"
                and not conformance.schema_valid(case)
            ),
        ),
        Workaround(
            name="multipart-edited-relabelled-negative",
            defect=(
                "when the stateful phase fills a multipart body from a link or captured value, schemathesis "
                "revalidates the edited body, counts any body holding file bytes as invalid, and relabels "
                "the step negative ('Positive test case' stays its description); a server accepting it "
                "is then reported for accepting invalid data"
            ),
            remedy=(
                "a 'schema-violating request accepted' report of a stateful step described as a positive "
                "test case whose multipart body validates against the operation's body schema is dropped"
            ),
            concerns=_has_file_part,
            drop=lambda conformance, failure, case: (
                _accepted_negative(failure)
                and _phase(case) == "stateful"
                and _description(case).lower() == "positive test case"
                and conformance.schema_valid(case)
            ),
        ),
        Workaround(
            name="multipart-mixed-positive-wrong-files",
            defect=(
                "a negative-mode draw that has captured values for the body mixes in positive bodies "
                "built from the plain schema, which ignore encoding.contentType: a part declared image/* "
                "gets any of schemathesis' file samples (a PDF, a ZIP) or random bytes, and the case is "
                "sent labelled positive"
            ),
            remedy=(
                "a 'schema-valid request rejected' report of a case whose file parts are not files of "
                "their declared media types (by signature) is dropped"
            ),
            concerns=_has_sampled_parts,
            drop=lambda conformance, failure, case: (
                _rejected_positive(failure) and not conformance.files_of_declared_types(case)
            ),
        ),
    )
}


def declared(api: Api) -> dict[str, tuple[Operation, ...]]:
    """The workarounds `api` declares, each with the operations that need it (catalogue order).

    A workaround declared on an operation it cannot concern is an input error naming the place.
    """
    found: dict[str, list[Operation]] = {name: [] for name in CATALOGUE}
    for operation in api.operations:
        for index, name in enumerate(operation.fuzz_workarounds):
            problem = CATALOGUE[name].concerns(api, operation)
            if problem is not None:
                raise InputError(
                    file=api.label,
                    location=f"{operation.location}['x-fuzz'].workarounds[{index}]",
                    message=f"{name} cannot concern {operation.operation_id}: {problem}",
                )
            found[name].append(operation)
    return {name: tuple(operations) for name, operations in found.items() if operations}


def describe_workarounds(api: Api) -> list[str]:
    """One line per workaround `api` declares, for the report of a fuzz run."""
    return [
        f"{name} (schemathesis {SCHEMATHESIS_VERSION}) on {', '.join(o.operation_id for o in operations)}: "
        f"{CATALOGUE[name].defect}; {CATALOGUE[name].remedy}"
        for name, operations in declared(api).items()
    ]


@dataclass
class Installed:
    """The workarounds installed on one schema, and how many reports each dropped so far."""

    names: tuple[str, ...]
    samples: tuple[str, ...] = ()
    """The media types given file samples (`multipart-file-samples`)."""
    dropped: Counter[str] = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def count(self, name: str) -> None:
        with self._lock:
            self.dropped[name] += 1

    def summary(self) -> list[str]:
        """What each workaround did in the run: the file samples it gave, the reports it dropped."""
        return [
            f"{name}: file samples for {', '.join(self.samples)}"
            if CATALOGUE[name].file_samples
            else f"{name}: dropped {self.dropped[name]} report(s)"
            for name in self.names
        ]


def _failure_filter(
    workaround: Workaround, drop: Drop, operations: tuple[Operation, ...], api: Api, installed: Installed
) -> Callable[[Any, Any, Any, Any], bool]:
    conformance = MultipartConformance(api)
    targets = {(operation.method, operation.path) for operation in operations}

    def filter_failure(context: Any, failure: Any, case: Any, response: Any) -> bool:
        """Keep every report but the defect's, on the operations that declare the workaround."""
        if (case.operation.method.upper(), case.operation.path) not in targets:
            return True
        if drop(conformance, failure, case):
            installed.count(workaround.name)
            return False
        return True

    filter_failure.__qualname__ = f"filter_failure[{workaround.name}]"
    return filter_failure


@contextlib.contextmanager
def installed_on(api: Api, schema: Any) -> Iterator[Installed]:
    """The workarounds `api` declares, on `schema` (a schemathesis schema) for the block."""
    needed = declared(api)
    samples = sorted(
        {
            media_type
            for name, operations in needed.items()
            if CATALOGUE[name].file_samples
            for operation in operations
            for types in sampled_part_types(operation).values()
            for media_type in types
        }
    )
    result = Installed(tuple(needed), tuple(samples))
    hooks: list[Callable[..., Any]] = []
    with registered_samples(samples):
        try:
            credentials = credential_filter(api)  # allowances `missing_credentials`, not a workaround
            if credentials is not None:
                hooks.append(schema.hooks.register_hook_with_name(credentials, "filter_failure"))
            for name, operations in needed.items():
                drop = CATALOGUE[name].drop
                if drop is not None:
                    hook = _failure_filter(CATALOGUE[name], drop, operations, api, result)
                    hooks.append(schema.hooks.register_hook_with_name(hook, "filter_failure"))
            yield result
        finally:
            for hook in hooks:
                schema.hooks.unregister(hook)


@contextlib.contextmanager
def installed_on_loaded_schemas(api: Api) -> Iterator[list[Installed]]:
    """The workarounds of `api` on every schema schemathesis loads in the block (its command line
    loads the spec itself): a global `after_load_schema` hook for the block installs them on each."""
    from schemathesis.hooks import GLOBAL_HOOK_DISPATCHER

    found: list[Installed] = []
    with contextlib.ExitStack() as stack:

        def after_load_schema(context: Any, schema: Any) -> None:
            found.append(stack.enter_context(installed_on(api, schema)))

        GLOBAL_HOOK_DISPATCHER.register_hook_with_name(after_load_schema, "after_load_schema")
        try:
            yield found
        finally:
            GLOBAL_HOOK_DISPATCHER.unregister(after_load_schema)
