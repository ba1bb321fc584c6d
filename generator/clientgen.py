"""Generate a vendor's typed client package with openapi-python-client, extended through its hooks.

openapi-python-client parses the merged spec into a plain data model (`GeneratorData`) and renders
Jinja templates; we use it as a library rather than a CLI so that we can:
- put our own templates first on its template search path (`templates/opc/` overrides files of the
  same name, e.g. `pyproject.toml.jinja`, `README.md.jinja`, `package_init.py.jinja`),
- render extra files from the same data model (`_vendor.py`: auth/route/rate-limit data taken from
  the spec's `x-` metadata) and copy the shared client runtime (`generator/runtime/`) into the
  package as `_runtime/`, so each published package stands alone,
- treat every parser warning as an error: a silently skipped endpoint is a missing method.
"""

from __future__ import annotations

import copy
import importlib.metadata
import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openapi_python_client import Project as OpcProject
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties.schemas import Class
from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.clientgen_transfers import TransferCode
from generator.distribution import package_doc
from generator.errors import GenerationError, InputError
from generator.model import Api, Operation, Returns, SdkVariant
from generator.model.pointers import jsonpath, pointer_join
from generator.templatecache import template_bytecode_cache
from generator.vendor_data import VendorData, pages_docstring, paging_constant, python_source, vendor_data
from generator.vendors import Vendor
from generator.versioning import pep440_release

TEMPLATES_DIR = Path(__file__).parent / "templates" / "opc"
RUNTIME_DIR = Path(__file__).parent / "runtime"
JSON_ENCODED = "x-json-encoded"
SHADOWED_BUILTINS = frozenset(
    {"list", "dict", "set", "type", "tuple", "str", "int", "float", "bool", "bytes"}
)
EXTRA_TEMPLATES = {
    "_vendor.py.jinja": "_vendor.py",
    "facade.py.jinja": "facade.py",
    "_version.py.jinja": "_version.py",
}
RESOURCES_INIT = '''"""One module per spec tag with that tag's resource classes, imported by the client on first use."""
'''


class _VendorkitProject(OpcProject):
    """openapi-python-client's Project plus our extra files; post-hooks run by us, not by it."""

    def __init__(self, *, vendor: VendorData, label: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.env.bytecode_cache = template_bytecode_cache()  # set before any template is loaded
        self._label = label
        # One version string for the package's pyproject.toml and its `_version.py` (`__version__`):
        # openapi-python-client's own (the config's `package_version_override`, which the pipeline sets
        # from `generator.versioning`, else the spec's `info.version`).
        self.env.globals.update(version_text=package_version(self), generator_version=generator_version())
        self.env.filters["pyrepr"] = repr
        self.env.filters["tuple"] = tuple
        self.env.globals.update(
            vendor=vendor,
            module_name=self._module_name,
            sdk_name=lambda endpoint: vendor.operation_at(endpoint.method, _raw(endpoint.path)).sdk_name,
            pagination=lambda endpoint: vendor.operation_at(endpoint.method, _raw(endpoint.path)).pagination,
            paging_constant=lambda endpoint: paging_constant(self._operation(endpoint)),
            paging_constants=self._paging_constants,
            pages_docstring=lambda endpoint: pages_docstring(self._operation(endpoint)),
            raw=_raw,
            success_type=_success_type,
            facade_imports=self._facade_imports,
            facade_methods=self._facade_methods,
            returns_type=self._returns_type,
            returns_class=self._returns_class,
            envelope=lambda endpoint: self._operation(endpoint).envelope,
            json_encoded_properties=_json_encoded_properties,
            call_order=_call_order,
            param_encoding=lambda endpoint, prop: vendor.parameter_encodings.get(
                (endpoint.method.upper(), _raw(endpoint.path), prop.name)
            ),
        )
        self._vendor = vendor
        self._transfers = TransferCode(
            self.openapi,
            self._operation,
            vendor.workflows,
            self.config.field_prefix,
            _success_type,
            vendor.name,
        )
        self.env.globals.update(
            download_of=self._transfers.download_of,
            workflows_of=self._transfers.rendered,
            is_range=self._transfers.is_range,
            list_items=lambda endpoint, return_type: self._list_items(endpoint, return_type)[:2],
            raw_methods=self._raw_methods,
        )

    def _import_encoders(self) -> None:
        """Endpoint modules that encode query parameters import the runtime's encoders.

        The endpoint template renders `endpoint.relative_imports`, so adding the import there
        keeps the upstream endpoint template as it is.
        """
        encoded = {(method, path) for method, path, _ in self._vendor.parameter_encodings}
        for collection in self.openapi.endpoint_collections_by_tag.values():
            for endpoint in collection.endpoints:
                if (endpoint.method.upper(), _raw(endpoint.path)) in encoded:
                    endpoint.relative_imports.add(
                        "from ..._runtime.encoding import encode_csv_param, encode_json_param"
                    )
                    endpoint.relative_imports.add("from collections.abc import Mapping")

    def _operation(self, endpoint: Any) -> Operation:
        return self._vendor.operation_at(endpoint.method, _raw(endpoint.path))

    def _paging_constants(self, collection: Any) -> list[tuple[str, str]]:
        """(constant name, `Paging(...)` source) of each paged operation of a resource module."""
        found = []
        for endpoint in collection.endpoints:
            operation = self._operation(endpoint)
            if operation.pagination is not None and not operation.variants:
                found.append((paging_constant(operation), python_source(operation.pagination)))
        return found

    def _facade_methods(self, collection: Any) -> list[tuple[Any, SdkVariant | None]]:
        """(endpoint, variant) per facade method of a resource, names that shadow builtins last.

        Inside a class body a method called `list` shadows the builtin for the annotations of the
        methods after it (mypy reads `-> list[X]` as the method), so such methods come last.
        """
        methods: list[tuple[Any, SdkVariant | None]] = []
        for endpoint in collection.endpoints:
            variants = self._operation(endpoint).variants
            methods.extend((endpoint, variant) for variant in variants) if variants else methods.append(
                (endpoint, None)
            )

        def name(item: tuple[Any, SdkVariant | None]) -> str:
            endpoint, variant = item
            return variant.name if variant else self._operation(endpoint).sdk_name

        return sorted(methods, key=lambda item: name(item) in SHADOWED_BUILTINS)

    def _list_items(
        self, endpoint: Any, return_type: str
    ) -> tuple[tuple[tuple[str, ...], ...], str, set[str]]:
        """What `<method>_all()` yields: (attribute paths of the item lists in a page, item type, its imports).

        A page that is a list holds the items itself; otherwise the items are the answer's fields
        named by `x-pagination.items`, or its only array property. An object answer with no items
        declared and several (or no) arrays is refused, naming the operation's `x-pagination`.
        """
        operation = self._operation(endpoint)
        if return_type.startswith("list[") and return_type.endswith("]"):
            return (), return_type[5:-1], set()
        model = self._page_model(endpoint, operation)
        declared = operation.pagination.items if operation.pagination is not None else ()
        arrays = [name for name, prop in _properties(model).items() if _is_list(prop)] if model else []
        fields = [tuple(name.split(".")) for name in declared] or ([(arrays[0],)] if len(arrays) == 1 else [])
        if not fields or model is None:
            raise InputError(
                file=self._label,
                location=jsonpath(pointer_join(operation.pointer, "x-pagination", "items")),
                message=(
                    f"{operation.sdk_name}_all() cannot tell which field of the answer holds the items "
                    f"(its arrays: {', '.join(arrays) or 'none'}); name it in x-pagination.items"
                ),
            )
        paths: list[tuple[str, ...]] = []
        types: set[str] = set()
        imports: set[str] = set()
        for field in fields:
            path, prop = self._item_list(model, field, operation)
            paths.append(path)
            inner = prop.inner_property
            types.add(str(inner.get_type_string(no_optional=True).as_unembedded_code()))
            info = getattr(inner, "class_info", None)
            if info is not None:
                imports.add(f"from ..models.{info.module_name} import {info.name}")
        return tuple(paths), " | ".join(sorted(types)), imports

    def _page_model(self, endpoint: Any, operation: Operation) -> Any:
        """The opc model of one page: the envelope's schema, else the 2xx answer's model (None: not a model)."""
        if operation.envelope is not None:
            wanted = self._returns_class(operation.envelope)
            return next((m for m in self.openapi.models if str(m.class_info.name) == wanted), None)
        for response in endpoint.responses:
            success = response.status_code.range and 200 <= response.status_code.range[0] < 300
            if success and hasattr(response.prop, "required_properties"):
                wanted = str(response.prop.class_info.name)
                # The model as built (the answer's property may be a reference to it).
                return next((m for m in self.openapi.models if str(m.class_info.name) == wanted), None)
        return None

    def _item_list(
        self, model: Any, field: tuple[str, ...], operation: Operation
    ) -> tuple[tuple[str, ...], Any]:
        """(Python attribute path, list property) of a dotted item field of the page model."""
        path: list[str] = []
        prop: Any = None
        for name in field:
            prop = _properties(model).get(name) if model is not None else None
            if prop is None:
                raise InputError(
                    file=self._label,
                    location=jsonpath(pointer_join(operation.pointer, "x-pagination", "items")),
                    message=f"the answer has no field {'.'.join(field)!r}",
                )
            path.append(str(prop.python_name))
            model = prop if hasattr(prop, "required_properties") else None
        if not _is_list(prop):
            raise InputError(
                file=self._label,
                location=jsonpath(pointer_join(operation.pointer, "x-pagination", "items")),
                message=f"the answer's field {'.'.join(field)!r} is not an array",
            )
        return tuple(path), prop

    def _raw_methods(self, collection: Any) -> list[str]:
        """The resource's methods that answer once, and so have a `with_raw_response` form."""
        return sorted(
            variant.name if variant else self._operation(endpoint).sdk_name
            for endpoint, variant in self._facade_methods(collection)
        )

    def _returns_class(self, returns: Returns) -> str:
        return str(ClassName(returns.schema, self.config.field_prefix))

    def _returns_type(self, returns: Returns) -> str:
        cls = self._returns_class(returns)
        return f"list[{cls}]" if returns.many else cls

    def _module_name(self, endpoint: Any) -> str:
        return str(PythonIdentifier(endpoint.name, self.config.field_prefix))

    def _facade_imports(self, collection: Any) -> list[str]:
        """The model imports of a resource's endpoints, re-rooted from `api/<tag>/` to `resources/`,
        plus the models that variants and envelopes parse into."""
        lines: set[str] = set()
        for endpoint in collection.endpoints:
            lines.update(line.replace("from ...", "from ..", 1) for line in endpoint.relative_imports)
            operation = self._operation(endpoint)
            for returns in [v.returns for v in operation.variants] + [operation.envelope]:
                if returns is not None:
                    model = Class.from_string(string=returns.schema, config=self.config)
                    lines.add(f"from ..models.{model.module_name} import {model.name}")
        lines |= self._transfers.imports(str(collection.tag), collection)
        for endpoint in collection.endpoints:
            operation = self._operation(endpoint)
            if operation.pagination is not None and not operation.variants:
                envelope = operation.envelope
                return_type = self._returns_type(envelope) if envelope else _success_type(endpoint)
                lines |= self._list_items(endpoint, return_type)[2]
        return sorted(lines)

    def build(self) -> Sequence[GeneratorError]:
        self._import_encoders()
        self.project_dir.mkdir(parents=True, exist_ok=True)
        self._create_package()
        self._build_metadata()
        self._build_models()
        self._build_api()
        self._build_vendorkit_extras()
        return self._get_errors()

    def _build_vendorkit_extras(self) -> None:
        runtime_target = self.package_dir / "_runtime"
        runtime_target.mkdir()
        for source in sorted(RUNTIME_DIR.glob("*.py")):
            if source.name == "transfers.py" and not self._vendor.transfers:
                continue  # 750 lines no other runtime module imports: only where downloads or workflows are
            shutil.copyfile(source, runtime_target / source.name)
        for template_name, file_name in EXTRA_TEMPLATES.items():
            template = self.env.get_template(template_name)
            (self.package_dir / file_name).write_text(template.render(), encoding="utf-8")
        resources = self.package_dir / "resources"
        resources.mkdir()
        (resources / "__init__.py").write_text(RESOURCES_INIT, encoding="utf-8")
        template = self.env.get_template("resource.py.jinja")
        for tag, collection in sorted(self.openapi.endpoint_collections_by_tag.items()):
            text = template.render(tag=tag, collection=collection)
            (resources / f"{tag}.py").write_text(text, encoding="utf-8")


def package_version(project: OpcProject) -> str:
    """The version of a generated package: written to its pyproject.toml and its `_version.py`."""
    return _raw(project.version)


def generator_version() -> str:
    """vendorkit's own version, named in every client's User-Agent."""
    try:
        return importlib.metadata.version("vendorkit")
    except importlib.metadata.PackageNotFoundError:
        return "0+unknown"


def _properties(model: Any) -> dict[str, Any]:
    """An opc model property's fields by their JSON name."""
    props = list(getattr(model, "required_properties", None) or []) + list(
        getattr(model, "optional_properties", None) or []
    )
    return {_raw(prop.name): prop for prop in props}


def _is_list(prop: Any) -> bool:
    return hasattr(prop, "inner_property")


def _json_encoded_properties(model: Any) -> list[str]:
    """Names of the model's properties marked `x-json-encoded` in the spec (see client_view)."""
    properties = getattr(model.data, "properties", None) or {}
    return sorted(
        name
        for name, schema in properties.items()
        if (getattr(schema, "model_extra", None) or {}).get(JSON_ENCODED)
    )


def client_view(merged: dict[str, Any]) -> dict[str, Any]:
    """The merged spec as the client generator should see it.

    The wire format stays truthful in the merged spec (a string holding JSON, described by
    `contentMediaType`/`contentSchema`); the client instead types such a property as the decoded
    value (its `contentSchema`) and encodes it in `to_dict` (see templates/opc/model.py.jinja).
    """
    view = copy.deepcopy(merged)

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            properties = node.get("properties")
            if isinstance(properties, dict):
                for name, schema in list(properties.items()):
                    if isinstance(schema, dict) and schema.get(JSON_ENCODED) and "contentSchema" in schema:
                        decoded = dict(schema["contentSchema"])
                        decoded[JSON_ENCODED] = True
                        if "description" in schema:
                            decoded.setdefault("description", schema["description"])
                        properties[name] = decoded
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for item in node:
                visit(item)

    visit(view)
    _leave_parameter_defaults_to_the_server(view)
    return view


def _leave_parameter_defaults_to_the_server(view: dict[str, Any]) -> None:
    """A parameter's spec `default` becomes documentation, not a value the client sends.

    openapi-python-client would make `page: int | Unset = 1` and so send `page=1` on every call the
    user made without it: a request that says more than the user did, and that changes meaning when
    the server's default differs from the documented one. The server applies its own default; the
    docstring still names it. (Model fields get the same treatment in templates/opc/model.py.jinja.)
    """
    parameters: list[Any] = list(view.get("components", {}).get("parameters", {}).values())
    for item in view.get("paths", {}).values():
        if not isinstance(item, dict):
            continue
        parameters.extend(item.get("parameters", []))
        for operation in item.values():
            if isinstance(operation, dict):
                parameters.extend(operation.get("parameters", []))
    for parameter in parameters:
        schema = parameter.get("schema") if isinstance(parameter, dict) else None
        if isinstance(schema, dict) and "default" in schema:
            default = schema.pop("default")
            note = f"Server default: {json.dumps(default)} (not sent unless given)."
            # openapi-python-client documents a parameter with its schema's description.
            description = schema.get("description") or parameter.get("description")
            schema["description"] = f"{description} {note}" if description else note


def _raw(value: Any) -> str:
    """The text of an openapi-python-client UntrustedString (it renders as itself only through filters)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def _call_order(endpoint: Any) -> list[tuple[str, Any]]:
    """(kind, parameter) of each argument of an endpoint's `_get_kwargs`, in its positional order.

    The facade passes `_get_kwargs` its arguments by position: CPython binds each keyword argument
    by scanning the parameter names, so Mediagraph's 59-parameter search spent about 30k
    instructions a call (3% of it) on keyword matching alone. Path parameters come first, then the
    other required ones, then the optional ones (a parameter with a default cannot precede one
    without); each group keeps upstream's order (body, query, header, cookie). The kind "body"
    stands for the one `body` argument, whose parameter is the endpoint's first body (several
    bodies make one optional union argument, as upstream declares it).
    """
    others: list[tuple[str, Any]] = []
    if endpoint.bodies:
        others.append(("body", endpoint.bodies[0]))
    others += [("query", parameter) for parameter in endpoint.query_parameters]
    others += [("header", parameter) for parameter in endpoint.header_parameters]
    others += [("cookie", parameter) for parameter in endpoint.cookie_parameters]

    def required(slot: tuple[str, Any]) -> bool:
        kind, item = slot
        if kind == "body":
            return len(endpoint.bodies) == 1 and bool(item.prop.required)
        return bool(item.required)

    path = [("path", parameter) for parameter in endpoint.path_parameters]
    return (
        path + [slot for slot in others if required(slot)] + [slot for slot in others if not required(slot)]
    )


def _success_type(endpoint: Any) -> str:
    """The Python type of the endpoint's 2xx answers (what a facade method returns)."""
    types = sorted(
        {
            str(response.prop.get_type_string().as_unembedded_code())
            for response in endpoint.responses
            if response.status_code.range and 200 <= response.status_code.range[0] < 300
        }
    )
    return " | ".join(types) if types else "None"


def _config(vendor: Vendor, spec_path: Path, output: Path, version: str) -> Config:
    config_file = ConfigFile(
        project_name_override=vendor.project_name,
        package_name_override=vendor.package_name,
        package_version_override=version,
        post_hooks=[],
        literal_enums=False,
        docstrings_on_attributes=True,
    )
    return Config.from_sources(
        config_file, MetaType.PDM, spec_path, "utf-8", overwrite=True, output_path=output
    )


def generate_client(
    vendor: Vendor, api: Api, output: Path, spec_path: Path, version: str | None = None
) -> None:
    """Render the client package of `vendor` into `output`; `spec_path` is the merged spec on disk.

    `version` goes into pyproject.toml and `_version.py` (the pipeline renders a placeholder there
    and puts the real version in once the content is hashed: see `generator.versioning`).
    """
    spec_label = api.label
    config = _config(vendor, spec_path, output, version or pep440_release(api.version))
    data = GeneratorData.from_dict(client_view(api.document), config=config)
    if isinstance(data, GeneratorError):
        raise GenerationError(
            spec_label, None, f"openapi-python-client could not parse it: {_describe(data)}"
        )
    data_of_vendor = vendor_data(api, vendor.name)
    project = _VendorkitProject(
        openapi=data,
        config=config,
        custom_template_path=TEMPLATES_DIR,
        vendor=data_of_vendor,
        label=spec_label,
    )
    # The package's metadata and README (templates pyproject.toml.jinja, README.md.jinja).
    project.env.globals["doc"] = package_doc(api, data_of_vendor, vendor.project_name, vendor.package_name)
    errors = list(project.build())
    if errors:
        details = "; ".join(_describe(error) for error in errors)
        raise GenerationError(spec_label, None, f"openapi-python-client reported: {details}")


def _describe(error: GeneratorError) -> str:
    header = error.header or "error"
    detail = f": {error.detail}" if error.detail else ""
    return f"{header}{detail}".replace("\n", " ").strip()
