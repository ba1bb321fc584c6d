"""What a client package tells its users: PEP 621 metadata and the README, derived from the spec.

The pyproject and README templates (`templates/opc/pyproject.toml.jinja`, `README.md.jinja`) only
render a `PackageDoc`; everything vendor-specific in it comes from the merged spec: its `info`
(title, contact) and servers for the project URLs, `x-auth` for the authentication section (every
scheme, the constructor's credential parameters and their environment variables), the operations
with their client method names and paging, and `x-readme` for the worked example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.model import Api, Operation
from generator.model.readme import ReadmeExample, parse_readme
from generator.runtime.schemes import (
    ApiKey,
    HttpBasic,
    IssuedBearer,
    OAuth2AuthorizationCode,
    StaticBearer,
)
from generator.vendor_data import VendorData, python_source

LICENSE = "MIT"
PYTHON_VERSIONS = ("3.11",)  # the versions CI runs the clients' tests on
# Dependencies of every client: up to, not including, the next major release after the one the test
# suite runs the clients with (for httpx, before 1.0, the next minor), so that an install never
# resolves a release nobody ran them against (tests run httpx 0.28, attrs 26, python-dateutil 4).
DEPENDENCIES = ("httpx>=0.27,<0.29", "attrs>=22.2.0,<27", "python-dateutil>=2.8.0,<5")
CLASSIFIERS = (
    "Development Status :: 4 - Beta",
    "Intended Audience :: Developers",
    "Operating System :: OS Independent",
    "Programming Language :: Python :: 3",
    "Programming Language :: Python :: 3 :: Only",
    *(f"Programming Language :: Python :: {version}" for version in PYTHON_VERSIONS),
    "Topic :: Internet :: WWW/HTTP",
    "Topic :: Software Development :: Libraries :: Python Modules",
    "Typing :: Typed",
)


@dataclass(frozen=True)
class CredentialDoc:
    parameter: str
    description: str
    env_var: str
    secret: bool


@dataclass(frozen=True)
class SchemeDoc:
    name: str
    how: str
    credentials: tuple[str, ...]
    operations: int


@dataclass(frozen=True)
class OperationDoc:
    call: str  # resource.method
    method: str
    path: str
    summary: str
    pages: str | None  # resource.method_pages when the operation is paged


@dataclass(frozen=True)
class PackageDoc:
    """Everything the pyproject and README templates render."""

    vendor: str
    title: str
    api_title: str
    summary: str
    project_name: str
    package_name: str
    client_class: str
    default_base_url: str
    base_url_env: str
    urls: tuple[tuple[str, str], ...]
    classifiers: tuple[str, ...]
    dependencies: tuple[str, ...]
    license: str
    keywords: tuple[str, ...]
    credentials: tuple[CredentialDoc, ...]
    subject_argument: str | None
    schemes: tuple[SchemeDoc, ...]
    operations: tuple[OperationDoc, ...]
    example: ReadmeExample | None
    oauth: bool
    transfers: bool
    base_error: str
    status_error: str


def env_var(vendor: str, parameter: str) -> str:
    """The environment variable of a constructor parameter: `<VENDOR>_<PARAM>`, upper case."""
    return f"{vendor}_{parameter}".upper()


def package_doc(api: Api, vendor: VendorData, project_name: str, package_name: str) -> PackageDoc:
    document = api.document
    info: dict[str, Any] = document.get("info") or {}
    return PackageDoc(
        vendor=vendor.name,
        title=vendor.title,
        api_title=str(info.get("title") or vendor.title),
        summary=f"Typed Python client (sync and async) for the {info.get('title') or vendor.title}",
        project_name=project_name,
        package_name=package_name,
        client_class=vendor.client_class,
        default_base_url=vendor.default_base_url,
        base_url_env=env_var(vendor.name, "base_url"),
        urls=_urls(document),
        classifiers=CLASSIFIERS,
        dependencies=DEPENDENCIES,
        license=LICENSE,
        keywords=(vendor.name, vendor.title.lower(), "api", "client", "openapi", "sdk"),
        credentials=tuple(
            CredentialDoc(c.name, c.description, env_var(vendor.name, c.name), c.secret)
            for c in vendor.credentials
        ),
        subject_argument=vendor.subject_argument,
        schemes=tuple(_scheme_doc(name, scheme, vendor) for name, scheme in vendor.schemes.items()),
        operations=_operations(vendor),
        example=parse_readme(api.extensions, api.label, package_name).example,
        oauth=vendor.oauth_scheme is not None,
        transfers=vendor.transfers,
        base_error="APIError",
        status_error="APIStatusError",
    )


def _urls(document: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """Project URLs from the spec: the vendor's site, its documentation and the API's server."""
    found: list[tuple[str, str]] = []
    contact = (document.get("info") or {}).get("contact") or {}
    if isinstance(contact.get("url"), str):
        found.append(("Homepage", contact["url"]))
    external = document.get("externalDocs") or {}
    if isinstance(external.get("url"), str):
        found.append(("Documentation", external["url"]))
    servers = [s.get("url") for s in document.get("servers") or [] if isinstance(s, dict)]
    concrete = [url for url in servers if isinstance(url, str) and "{" not in url and url.startswith("http")]
    if concrete:
        found.append(("API", concrete[0]))
    return tuple(found)


def _scheme_doc(name: str, scheme: Any, vendor: VendorData) -> SchemeDoc:
    source = python_source(scheme)
    used = tuple(
        c.name for c in vendor.credentials if re.search(rf"\b{re.escape(c.name)}\b", source) is not None
    )
    operations = sum(
        1 for operation in vendor.operations if any(name in requirement for requirement in operation.security)
    )
    return SchemeDoc(name, _how(scheme), used, operations)


def _how(scheme: Any) -> str:
    if isinstance(scheme, StaticBearer):
        return f"`{scheme.credential}` sent as a bearer token (`Authorization: Bearer …`)"
    if isinstance(scheme, ApiKey):
        return f"`{scheme.credential}` sent in the {scheme.location} as `{scheme.name}`"
    if isinstance(scheme, HttpBasic):
        extra = (
            f", with the header(s) {', '.join(f'`{h}`' for h in scheme.headers)}" if scheme.headers else ""
        )
        return (
            f"HTTP basic authentication (user name {_value(scheme.username)}, password"
            f" {_value(scheme.password)}){extra}"
        )
    if isinstance(scheme, IssuedBearer):
        issued = f" by `{scheme.issue.method} {scheme.issue.path}`" if scheme.issue else ""
        retry = " and once after a 401" if scheme.renew_on_401 else ""
        window = (
            f"; {_duration(scheme.refreshable_seconds)} after the login, calls raise `RefreshWindowExpiredError`"
            " until `client.reauthenticate()`"
            if scheme.refreshable_seconds and scheme.after_refresh_window == "error"
            else ""
        )
        return (
            f"a bearer token the API issues{issued}, requested and renewed by the client before it"
            f" expires (it lives {_duration(scheme.lifetime_seconds)}){retry}{window}"
        )
    if isinstance(scheme, OAuth2AuthorizationCode):
        return "OAuth 2.0 authorization code flow (`client.oauth`), tokens refreshed before they expire"
    return type(scheme).__name__


def _duration(seconds: float) -> str:
    """`900` -> "15 minutes", `2592000` -> "30 days": a lifetime as the docs would say it."""
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size and seconds % size == 0:
            count = int(seconds // size)
            return f"{count} {unit}{'s' if count != 1 else ''}"
    return f"{seconds:g} seconds"


def _value(template: str) -> str:
    """How a scheme's value template reads in prose: `$credential.x` is the parameter `x`."""
    if not template:
        return "empty"
    return f"`{template.removeprefix('$credential.')}`"


def _operations(vendor: VendorData) -> tuple[OperationDoc, ...]:
    found: list[OperationDoc] = []
    for operation in vendor.operations:
        named = [(v.name, v.summary) for v in operation.variants] or [
            (operation.sdk_name, _one_line(operation))
        ]
        for name, summary in named:
            pages = (
                f"{operation.resource}.{name}_pages"
                if operation.pagination is not None and not operation.variants
                else None
            )
            found.append(
                OperationDoc(
                    f"{operation.resource}.{name}",
                    operation.method,
                    operation.path,
                    summary.strip().split("\n")[0].replace("|", "\\|"),
                    pages,
                )
            )
    return tuple(sorted(found, key=lambda doc: doc.call))


def _one_line(operation: Operation) -> str:
    text = (operation.summary or operation.description or "").strip().split("\n")[0]
    return text.replace("|", "\\|")
