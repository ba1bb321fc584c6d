"""Control endpoints of every mock, under the reserved prefix `/__vendorkit/` (outside any vendor API).

What a test or an operator needs besides the vendor's API, the same for every vendor:

- `GET  /__vendorkit/health`: `{"status": "ok", "vendor", "title", "seed", "requests", "state"}`;
- `POST /__vendorkit/reset`: records, vendor state and issued tokens back to what the seed makes,
  the journal emptied (and the state file, when there is one, rewritten);
- `GET  /__vendorkit/requests`: the request journal (`generator.mock.journal`), oldest first,
  filtered by `method`, `path` (a prefix of the path as sent), `status` (`404` or `4xx`), `since`
  (Unix seconds or an RFC 3339 date-time, on the mock's clock) and `operation` (an operationId);
  `DELETE /__vendorkit/requests` empties it;
- `GET  /__vendorkit/openapi.json` and `/__vendorkit/openapi.yaml`: the merged spec the mock
  serves, with the mock's own URL as first server and these endpoints listed in `info.description`.

No vendor path may start with the prefix: a spec (or a vendor module's helper route, or an OAuth
endpoint) that has one stops start-up with an error naming the operation. The control endpoints
take no credentials: a mock is a test double on a trusted network.
"""

from __future__ import annotations

import copy
import json
import math
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final

import yaml
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from generator.mock.context import raw_request_path
from generator.mock.errors import MockSetupError
from generator.mock.journal import JournalFilter

if TYPE_CHECKING:
    from generator.mock.app import MockEngine

PREFIX: Final = "/__vendorkit"

ENDPOINTS: Final = (
    ("GET", "health", "liveness and what is served: vendor, seed, number of journaled requests, state store"),
    ("POST", "reset", "records, vendor state and issued tokens back to the seed; the journal emptied"),
    (
        "GET",
        "requests",
        "the request journal (method, path, query with secrets masked, status, time, operation); "
        "filters: method, path (prefix), status (404 or 4xx), since (Unix seconds or RFC 3339), operation",
    ),
    ("DELETE", "requests", "empty the request journal"),
    ("GET", "openapi.json", "this document (JSON)"),
    ("GET", "openapi.yaml", "this document (YAML)"),
)


def control_description() -> str:
    """The Markdown section the served spec's `info.description` gains."""
    lines = [
        "## Mock control endpoints",
        "",
        f"This document is served by a vendorkit mock. Besides the API it answers, under `{PREFIX}/`"
        " (no credentials needed):",
        "",
    ]
    lines += [f"- `{method} {PREFIX}/{path}`: {what}" for method, path, what in ENDPOINTS]
    return "\n".join(lines)


class BadFilter(ValueError):
    """A journal filter parameter that cannot be read; the message names it and what was expected."""


def _since(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        try:
            value = datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()
        except ValueError:
            raise BadFilter(f"since: expected Unix seconds or an RFC 3339 date-time, got {text!r}") from None
    if not math.isfinite(value):
        raise BadFilter(f"since: expected a finite number of seconds, got {text!r}")
    return value


def parse_filter(query: Any) -> JournalFilter:
    """A `JournalFilter` from the query parameters of `GET /__vendorkit/requests`."""
    known = {"method", "path", "status", "since", "operation"}
    unknown = sorted(set(query.keys()) - known)
    if unknown:
        raise BadFilter(f"unknown filter {', '.join(unknown)}; expected {', '.join(sorted(known))}")
    status = query.get("status")
    exact: int | None = None
    status_class: int | None = None
    if status is not None:
        if len(status) == 3 and status[0] in "12345" and status[1:].lower() == "xx":
            status_class = int(status[0])
        elif status.isascii() and status.isdigit() and 100 <= int(status) <= 599:
            exact = int(status)
        else:
            raise BadFilter(f"status: expected a status (404) or a class (4xx), got {status!r}")
    since = query.get("since")
    return JournalFilter(
        method=query.get("method"),
        path_prefix=query.get("path"),
        status=exact,
        status_class=status_class,
        since=_since(since) if since is not None else None,
        operation=query.get("operation"),
    )


_UNDER_PREFIX: Final = PREFIX + "/"


class Control:
    """The ASGI endpoints under `PREFIX` of one engine."""

    def __init__(self, engine: MockEngine) -> None:
        self.engine = engine
        self._check_no_vendor_path_under_prefix()
        document = copy.deepcopy(dict(engine.spec.document))
        info = dict(document.get("info") or {})
        description = str(info.get("description") or "").rstrip()
        info["description"] = (description + "\n\n" if description else "") + control_description()
        document["info"] = info
        self._document = document

    def _check_no_vendor_path_under_prefix(self) -> None:
        engine = self.engine
        paths = [
            (f"{operation.method} {engine.spec.base_path}{operation.path}", operation.label)
            for operation in engine.spec.operations
        ]
        paths += [
            (f"{method} {path}", "a helper route of the vendor module")
            for method, path, _ in engine.vendor.helpers
        ]
        paths += [(f"* {path}", "an OAuth 2.0 endpoint") for path in engine.oauth]
        for where, owner in paths:
            path = where.split(" ", 1)[1]
            if path == PREFIX or path.startswith(PREFIX + "/"):
                raise MockSetupError(
                    engine.spec.label,
                    None,
                    f"{owner} ({where}) lies under {PREFIX}/, which the mock reserves for its control endpoints",
                )

    @staticmethod
    def claims_path(raw_path: str) -> bool:
        """Whether a request to `raw_path` (as sent) is for the control endpoints."""
        return raw_path == PREFIX or raw_path.startswith(_UNDER_PREFIX)

    def document(self, base_url: str) -> dict[str, Any]:
        """The served spec: the mock's URL (plus the API's base path) first among the servers."""
        document = dict(self._document)
        servers = list(document.get("servers") or [])
        document["servers"] = [
            {"url": base_url + self.engine.spec.base_path, "description": "this mock"},
            *servers,
        ]
        return document

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        response = self.answer(request)
        await response(scope, receive, send)

    def answer(self, request: Request) -> Response:
        name = raw_request_path(request.scope)[len(PREFIX) :].strip("/")
        methods = {path: [m for m, p, _ in ENDPOINTS if p == path] for _, path, _ in ENDPOINTS}
        if name not in methods:
            known = ", ".join(f"{PREFIX}/{path}" for path in methods)
            return _error(404, f"no control endpoint {PREFIX}/{name}; there are {known}")
        if request.method not in methods[name]:
            allowed = ", ".join(methods[name])
            return _error(
                405, f"{request.method} not allowed on {PREFIX}/{name} (allowed: {allowed})", allowed
            )
        engine = self.engine
        if name == "health":
            return JSONResponse(
                {
                    "status": "ok",
                    "vendor": engine.vendor.name,
                    "title": engine.spec.title,
                    "seed": engine.options.seed,
                    "requests": len(engine.journal),
                    "state": str(engine.options.state_file) if engine.options.state_file else "memory",
                }
            )
        if name == "reset":
            engine.reset()
            return JSONResponse({"status": "reset", "seed": engine.options.seed})
        if name == "requests":
            if request.method == "DELETE":
                engine.journal.clear()
                return Response(status_code=204)
            try:
                where = parse_filter(request.query_params)
            except BadFilter as exc:
                return _error(400, str(exc))
            return JSONResponse({"requests": [entry.as_json() for entry in engine.journal.select(where)]})
        document = self.document(engine.services.base_url(request))
        if name == "openapi.json":
            return Response(json.dumps(document, ensure_ascii=False), media_type="application/json")
        return Response(
            yaml.safe_dump(document, sort_keys=False, allow_unicode=True), media_type="application/yaml"
        )


def _error(status: int, message: str, allow: str | None = None) -> Response:
    return JSONResponse(
        {"error": message}, status_code=status, headers={"Allow": allow} if allow is not None else None
    )
