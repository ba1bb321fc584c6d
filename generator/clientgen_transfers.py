"""What the resource template renders for file transfers (`x-sdk-download`, `x-sdk-workflows`).

Kept apart from `clientgen.py`: the facts come from the typed model (`generator/model/transfers.py`)
and the openapi-python-client endpoints (module names, body classes, answer types); this module
turns them into the few names and source lines the template writes, so the template stays dumb.
The behaviour itself lives in the runtime (`generator/runtime/transfers.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.strings import PythonIdentifier

from generator.errors import GenerationError
from generator.model import Operation
from generator.model.transfers import CallDecl, DownloadDecl, UploadDecl, WorkflowDecl

DOWNLOAD_IMPORT = "from .._runtime.transfers import Destination, DownloadResult, download_flow, download_sink"
WORKFLOW_IMPORT = (
    "from .._runtime.transfers import CallStep, Source, UploadStep, Workflow, upload_source, workflow_flow"
)
FLOWS_IMPORT = "from .._runtime.flows import run_async, run_sync"


@dataclass(frozen=True)
class RenderedWorkflow:
    """A workflow as the resource template writes it."""

    decl: WorkflowDecl
    constant: str
    """The module constant holding the runtime `Workflow`."""
    source: str
    """Module-level source: one request builder per call step, then the constant."""
    return_type: str


class TransferCode:
    """Per vendor: which endpoints download, which workflows live on which resource, and their code."""

    def __init__(
        self,
        openapi: Any,
        operation_of: Callable[[Any], Operation],
        workflows: tuple[WorkflowDecl, ...],
        field_prefix: str,
        success_type: Callable[[Any], str],
        label: str,
    ) -> None:
        self.operation_of = operation_of
        self.workflows = workflows
        self.field_prefix = field_prefix
        self.success_type = success_type
        self.label = label
        self.endpoints: dict[str, tuple[str, Any]] = {}
        for tag, collection in openapi.endpoint_collections_by_tag.items():
            for endpoint in collection.endpoints:
                self.endpoints[operation_of(endpoint).operation_id] = (str(tag), endpoint)

    def download_of(self, endpoint: Any) -> DownloadDecl | None:
        return self.operation_of(endpoint).download

    @staticmethod
    def is_range(parameter: Any) -> bool:
        """Whether a header parameter is `Range`: the download method sets it itself, so does not take it."""
        return _raw(parameter.name).lower() == "range"

    def module(self, endpoint: Any) -> str:
        return str(PythonIdentifier(endpoint.name, self.field_prefix))

    def imports(self, tag: str, collection: Any) -> set[str]:
        """Import lines a resource module needs for its downloads and workflows."""
        lines: set[str] = set()
        if any(self.download_of(endpoint) for endpoint in collection.endpoints):
            lines |= {DOWNLOAD_IMPORT, FLOWS_IMPORT}
        for workflow in self.of_resource(tag):
            lines |= {WORKFLOW_IMPORT, FLOWS_IMPORT, "from collections.abc import Mapping"}
            for step in workflow.steps:
                if not isinstance(step, CallDecl):
                    continue
                step_tag, endpoint = self.endpoints[step.operation_id]
                if step_tag != tag:  # the resource module imports its own tag's endpoint modules
                    lines.add(f"from ..api.{step_tag} import {self.module(endpoint)}")
                lines.update(line.replace("from ...", "from ..", 1) for line in endpoint.relative_imports)
        return lines

    def of_resource(self, tag: str) -> tuple[WorkflowDecl, ...]:
        return tuple(workflow for workflow in self.workflows if workflow.resource == tag)

    def rendered(self, tag: str) -> list[RenderedWorkflow]:
        return [self.render(workflow) for workflow in self.of_resource(tag)]

    def render(self, workflow: WorkflowDecl) -> RenderedWorkflow:
        constant = f"_{workflow.name.upper()}_WORKFLOW"
        lines: list[str] = []
        steps: list[str] = []
        return_type = "None"
        for index, step in enumerate(workflow.steps):
            if isinstance(step, UploadDecl):
                steps.append(
                    f"UploadStep(url={step.url!r}, method={step.method!r}, headers={dict(step.headers)!r})"
                )
                continue
            _, endpoint = self.endpoints[step.operation_id]
            module = self.module(endpoint)
            builder = f"_{workflow.name}_{index}"
            lines.append(f"def {builder}(values: Mapping[str, Any]) -> dict[str, Any]:")
            lines.append(
                f'    """Step {index + 1} of `{workflow.name}`: the request of `{step.operation_id}`."""'
            )
            arguments = []
            for parameter in endpoint.path_parameters:
                arguments.append(f'{parameter.python_name}=values["path"][{_raw(parameter.name)!r}]')
            for parameter in endpoint.query_parameters:
                if _raw(parameter.name) in step.query:
                    arguments.append(
                        f'{parameter.python_name}=values["query"].get({_raw(parameter.name)!r}, UNSET)'
                    )
            if step.body is not None:
                arguments.append(f"body={self._body(endpoint, step)}")
            lines.append(f"    return {module}._get_kwargs({', '.join(arguments)})")
            lines.append("")
            lines.append("")
            parse = f", returns=True, parse={module}._parse_response" if step.returns else ""
            parse += f", when={step.when!r}" if step.when else ""
            parse += f", unless={step.unless!r}" if step.unless else ""
            if step.returns:
                return_type = self.success_type(endpoint)
            steps.append(
                f"CallStep(operation={step.operation_id!r}, build={builder}, path={dict(step.path)!r}, "
                f"query={dict(step.query)!r}, body={step.body!r}, save={dict(step.save)!r}{parse})"
            )
        lines.append(f"{constant} = Workflow(name={workflow.name!r}, steps=(")
        lines.extend(f"    {step}," for step in steps)
        lines.append("))")
        return RenderedWorkflow(workflow, constant, "\n".join(lines), return_type)

    def _body(self, endpoint: Any, step: CallDecl) -> str:
        bodies = endpoint.bodies
        if len(bodies) != 1:
            raise GenerationError(
                self.label,
                None,
                f"workflow step {step.operation_id}: the client takes {len(bodies)} body types; a step needs one",
            )
        prop = bodies[0].prop
        if isinstance(prop, ModelProperty):
            return f'{prop.class_info.name}.from_dict(values["body"])'
        return 'values["body"]'


def _raw(value: Any) -> str:
    """The text of an openapi-python-client UntrustedString."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)
