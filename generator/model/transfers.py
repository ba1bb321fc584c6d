"""File transfers, typed: resumable downloads (operation `x-sdk-download`) and workflows that
upload a file between API calls (root `x-sdk-workflows`).

The client runtime that carries them out is `generator/runtime/transfers.py`; docs/extensions.md
("Transfers") documents the keys. Every mistake is an `InputError` naming the file and JSONPath.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from generator.errors import InputError
from generator.model.pointers import jsonpath, pointer_join

if TYPE_CHECKING:
    from generator.model.api import Operation

DOWNLOAD_KEYS = frozenset({"name", "max-resumes"})
WORKFLOW_KEYS = frozenset({"resource", "summary", "description", "arguments", "steps"})
CALL_KEYS = frozenset({"operation", "path", "query", "body", "save", "returns", "when", "unless"})
UPLOAD_KEYS = frozenset({"upload", "method", "headers"})
ARGUMENT_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
FILE_VALUES = frozenset({"file.name", "file.size", "file.content_type"})
RESERVED_ARGUMENTS = frozenset({"file", "filename", "content_type", "size", "request_options", "self"})
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


@dataclass(frozen=True)
class DownloadDecl:
    """`x-sdk-download`: the facade method that streams the operation's binary answer to a file."""

    name: str
    max_resumes: int = 5


@dataclass(frozen=True)
class WorkflowArgument:
    name: str
    type: str  # string | integer | number | boolean
    description: str = ""
    required: bool = False
    """A required keyword argument (else optional, default None)."""

    @property
    def python_type(self) -> str:
        return ARGUMENT_TYPES[self.type]


@dataclass(frozen=True)
class CallDecl:
    """A step calling an operation: values for its path and query parameters and body (templates),
    fields of its answer saved for later steps, and whether its answer is the workflow's result."""

    operation_id: str
    path: Mapping[str, Any] = field(default_factory=dict)
    query: Mapping[str, Any] = field(default_factory=dict)
    body: Any = None
    save: Mapping[str, str] = field(default_factory=dict)
    returns: bool = False
    when: str | None = None
    """`$name`: the step runs only when that value is given (not None)."""
    unless: str | None = None
    """`$name`: the step runs only when that value is not given (alternatives: with or without a contribution)."""


@dataclass(frozen=True)
class UploadDecl:
    """The step sending the file's bytes to a URL (a template, e.g. a saved `signed_upload_url`)."""

    url: str
    method: str = "PUT"
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class WorkflowDecl:
    """One facade method (`name`) on resource `resource` that runs `steps` and returns the answer
    of the step with `returns`."""

    name: str
    resource: str
    summary: str
    description: str
    arguments: tuple[WorkflowArgument, ...]
    steps: tuple[CallDecl | UploadDecl, ...]

    @property
    def returning(self) -> CallDecl:
        return next(step for step in self.steps if isinstance(step, CallDecl) and step.returns)


def _error(label: str, pointer: str, message: str) -> InputError:
    return InputError(file=label, location=jsonpath(pointer), message=message)


def _unknown(raw: Mapping[str, Any], known: frozenset[str], label: str, pointer: str) -> None:
    unknown = sorted(set(raw) - known)
    if unknown:
        raise _error(
            label, pointer_join(pointer, unknown[0]), f"unknown key (known: {', '.join(sorted(known))})"
        )


def _binary_answer(operation: Operation) -> bool:
    return any(
        not media.is_json and media.media_type not in ("application/x-www-form-urlencoded",)
        for response in operation.success_responses()
        for media in response.content
    )


def read_download(raw: Any, label: str, pointer: str, operation: Operation) -> DownloadDecl | None:
    """`x-sdk-download` of an operation: `true` or `{name, max-resumes}`."""
    if raw is None or raw is False:
        return None
    if raw is True:
        raw = {}
    if not isinstance(raw, Mapping):
        raise _error(label, pointer, "expected true or {name, max-resumes}")
    _unknown(raw, DOWNLOAD_KEYS, label, pointer)
    if not _binary_answer(operation):
        raise _error(
            label,
            pointer,
            f"{operation.label}: a download needs a 2xx answer with a binary (non-JSON) media type",
        )
    name = raw.get("name", f"{operation.sdk_name}_to")
    if not isinstance(name, str) or not name.isidentifier() or name == operation.sdk_name:
        raise _error(
            label, pointer_join(pointer, "name"), "expected a Python identifier other than the operation's"
        )
    resumes = raw.get("max-resumes", 5)
    if not isinstance(resumes, int) or isinstance(resumes, bool) or not 0 <= resumes <= 100:
        raise _error(label, pointer_join(pointer, "max-resumes"), "expected an integer from 0 to 100")
    return DownloadDecl(name=name, max_resumes=resumes)


class _WorkflowReader:
    def __init__(self, label: str, operations: Mapping[str, Operation]) -> None:
        self.label = label
        self.operations = operations

    def error(self, pointer: str, message: str) -> InputError:
        return _error(self.label, pointer, message)

    def workflows(self, raw: Any) -> tuple[WorkflowDecl, ...]:
        if raw is None:
            return ()
        pointer = "/x-sdk-workflows"
        if not isinstance(raw, Mapping) or not raw:
            raise self.error(pointer, "expected a mapping: method name -> {resource, arguments, steps}")
        return tuple(
            self.workflow(str(name), value, pointer_join(pointer, name)) for name, value in raw.items()
        )

    def workflow(self, name: str, raw: Any, pointer: str) -> WorkflowDecl:
        if not _NAME.match(name):
            raise self.error(pointer, "a workflow's name is its facade method: a snake_case identifier")
        if not isinstance(raw, Mapping):
            raise self.error(pointer, "expected {resource, summary, description, arguments, steps}")
        _unknown(raw, WORKFLOW_KEYS, self.label, pointer)
        arguments = self.arguments(raw.get("arguments"), pointer_join(pointer, "arguments"))
        steps_raw = raw.get("steps")
        steps_pointer = pointer_join(pointer, "steps")
        if not isinstance(steps_raw, list) or not steps_raw:
            raise self.error(steps_pointer, "expected a list of steps ({operation, ...} or {upload, ...})")
        known = {f"arg.{argument.name}" for argument in arguments} | FILE_VALUES
        steps: list[CallDecl | UploadDecl] = []
        for index, step in enumerate(steps_raw):
            at = pointer_join(steps_pointer, index)
            if isinstance(step, Mapping) and "upload" in step:
                steps.append(self.upload(step, at, known))
            else:
                call = self.call(step, at, known)
                known |= set(call.save)
                steps.append(call)
        uploads = [step for step in steps if isinstance(step, UploadDecl)]
        if len(uploads) != 1:
            raise self.error(steps_pointer, f"expected exactly one upload step, found {len(uploads)}")
        returning = [step for step in steps if isinstance(step, CallDecl) and step.returns]
        if len(returning) != 1:
            raise self.error(
                steps_pointer, f"expected exactly one step with `returns: true`, found {len(returning)}"
            )
        first = next(step for step in steps if isinstance(step, CallDecl))
        resource = raw.get("resource", self.operations[first.operation_id].resource)
        if not isinstance(resource, str) or not _NAME.match(resource):
            raise self.error(pointer_join(pointer, "resource"), "expected a facade resource (snake_case)")
        if resource not in {operation.resource for operation in self.operations.values()}:
            raise self.error(
                pointer_join(pointer, "resource"), f"no operation is tagged for resource {resource!r}"
            )
        clash = [
            operation.label
            for operation in self.operations.values()
            if operation.resource == resource
            and (
                name in (operation.sdk_name, f"{operation.sdk_name}_pages")
                or name in {variant.name for variant in operation.variants}
            )
        ]
        if clash:
            raise self.error(pointer, f"the resource {resource!r} already has a method {name!r} ({clash[0]})")
        return WorkflowDecl(
            name=name,
            resource=resource,
            summary=str(raw.get("summary") or name.replace("_", " ").capitalize()),
            description=str(raw.get("description") or ""),
            arguments=arguments,
            steps=tuple(steps),
        )

    def arguments(self, raw: Any, pointer: str) -> tuple[WorkflowArgument, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, Mapping):
            raise self.error(pointer, "expected a mapping: argument name -> {type, description}")
        found = []
        for name, spec in raw.items():
            at = pointer_join(pointer, name)
            if not isinstance(name, str) or not _NAME.match(name) or name in RESERVED_ARGUMENTS:
                raise self.error(
                    at, f"expected a snake_case name other than {', '.join(sorted(RESERVED_ARGUMENTS))}"
                )
            if not isinstance(spec, Mapping) or spec.get("type") not in ARGUMENT_TYPES:
                raise self.error(
                    at, f"expected {{type: {' | '.join(ARGUMENT_TYPES)}, description, required}}"
                )
            _unknown(spec, frozenset({"type", "description", "required"}), self.label, at)
            required = spec.get("required", False)
            if not isinstance(required, bool):
                raise self.error(pointer_join(at, "required"), "expected true or false")
            found.append(
                WorkflowArgument(name, str(spec["type"]), str(spec.get("description") or ""), required)
            )
        return tuple(found)

    def references(self, template: Any, pointer: str, known: set[str]) -> None:
        """Every `$name` of a template names a file value, an argument or an earlier saved field."""
        if isinstance(template, str) and template.startswith("$"):
            if template[1:] not in known:
                raise self.error(
                    pointer,
                    f"{template!r} is not known here (known: {', '.join('$' + k for k in sorted(known))})",
                )
        elif isinstance(template, Mapping):
            for key, value in template.items():
                self.references(value, pointer_join(pointer, key), known)
        elif isinstance(template, list):
            for index, value in enumerate(template):
                self.references(value, pointer_join(pointer, index), known)

    def call(self, raw: Any, pointer: str, known: set[str]) -> CallDecl:
        if not isinstance(raw, Mapping) or not isinstance(raw.get("operation"), str):
            raise self.error(pointer, "expected {operation: <operationId>, path, query, body, save, returns}")
        _unknown(raw, CALL_KEYS, self.label, pointer)
        operation = self.operations.get(raw["operation"])
        if operation is None:
            raise self.error(pointer_join(pointer, "operation"), f"no operation {raw['operation']!r}")
        parameters: dict[str, dict[str, Any]] = {}
        for location in ("path", "query"):
            values = raw.get(location) or {}
            where = pointer_join(pointer, location)
            if not isinstance(values, Mapping):
                raise self.error(where, f"expected a mapping: {location} parameter -> value")
            declared = {parameter.name for parameter in operation.parameters_in(location)}
            for name in values:
                if name not in declared:
                    raise self.error(
                        pointer_join(where, name), f"{operation.label} has no {location} parameter {name!r}"
                    )
            self.references(dict(values), where, known)
            parameters[location] = dict(values)
        missing = [p.name for p in operation.parameters_in("path") if p.name not in parameters["path"]]
        missing += [
            p.name
            for p in operation.parameters_in("query")
            if p.required and p.name not in parameters["query"]
        ]
        if missing:
            raise self.error(pointer, f"{operation.label} needs a value for {', '.join(missing)}")
        body = raw.get("body")
        if body is not None:
            if operation.request_body is None:
                raise self.error(pointer_join(pointer, "body"), f"{operation.label} takes no body")
            self.references(body, pointer_join(pointer, "body"), known)
        elif operation.request_body is not None and operation.request_body.required:
            raise self.error(pointer, f"{operation.label} needs a body")
        save = raw.get("save") or {}
        if not isinstance(save, Mapping) or not all(
            isinstance(k, str) and _NAME.match(k) and isinstance(v, str) and v for k, v in save.items()
        ):
            raise self.error(pointer_join(pointer, "save"), "expected a mapping: name -> dotted answer field")
        returns = raw.get("returns", False)
        if not isinstance(returns, bool):
            raise self.error(pointer_join(pointer, "returns"), "expected true or false")
        conditions: dict[str, str | None] = {}
        for key in ("when", "unless"):
            condition = raw.get(key)
            if condition is not None and (not isinstance(condition, str) or not condition.startswith("$")):
                raise self.error(pointer_join(pointer, key), "expected a value's name: $<name>")
            self.references(condition, pointer_join(pointer, key), known)
            conditions[key] = condition
        if returns and (conditions["when"] or conditions["unless"]):
            raise self.error(
                pointer_join(pointer, "returns"), "the step whose answer is returned must always run"
            )
        if returns and not any(response.content for response in operation.success_responses()):
            raise self.error(pointer_join(pointer, "returns"), f"{operation.label} answers no body to return")
        return CallDecl(
            operation_id=operation.operation_id,
            path=parameters["path"],
            query=parameters["query"],
            body=body,
            save=dict(save),
            returns=returns,
            when=conditions["when"],
            unless=conditions["unless"],
        )

    def upload(self, raw: Mapping[str, Any], pointer: str, known: set[str]) -> UploadDecl:
        _unknown(raw, UPLOAD_KEYS, self.label, pointer)
        url = raw["upload"]
        if not isinstance(url, str) or not url.startswith("$"):
            raise self.error(pointer_join(pointer, "upload"), "expected the URL as a saved value: $<name>")
        self.references(url, pointer_join(pointer, "upload"), known)
        method = raw.get("method", "PUT")
        if method not in ("PUT", "POST"):
            raise self.error(pointer_join(pointer, "method"), "expected PUT or POST")
        headers = raw.get("headers") or {}
        if not isinstance(headers, Mapping) or not all(isinstance(v, str) for v in headers.values()):
            raise self.error(pointer_join(pointer, "headers"), "expected a mapping: header -> value or $name")
        lowered = {str(name).lower() for name in headers}
        if lowered & {"authorization", "cookie", "content-length"}:
            raise self.error(
                pointer_join(pointer, "headers"),
                "Authorization and Cookie never go to the upload URL; Content-Length is the file's size",
            )
        self.references(dict(headers), pointer_join(pointer, "headers"), known)
        return UploadDecl(url=url, method=method, headers={str(k): str(v) for k, v in headers.items()})


def read_workflows(raw: Any, label: str, operations: Mapping[str, Operation]) -> tuple[WorkflowDecl, ...]:
    """Root `x-sdk-workflows`, checked against the operations it calls."""
    return _WorkflowReader(label, operations).workflows(raw)
