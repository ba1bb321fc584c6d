"""One generated case through a generated client's facade, with the exchange on the wire recorded.

The facade is what users call, so it is what client fuzzing calls: it builds the request with the
generated `_get_kwargs`, authenticates itself (issuing and renewing tokens through its own auth
flow) and parses the answer with the generated `_parse_response`. httpx event hooks record every
request and response, so a test can compare the operation's own request with the case
(`tests.support.fuzzing.fidelity`) and the parsed result with the body the server sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.support.fuzzing.clients import ClientOperation, GeneratedClient, plain_body, typed_arguments
from tests.support.fuzzing.fidelity import body_mismatch, expected_query, path_values, query_values, text_of


def raw_path(request: httpx.Request) -> str:
    """The path as sent, still percent-encoded (`url.path` is decoded, which would decode twice)."""
    return request.url.raw_path.split(b"?", 1)[0].decode("ascii")


@dataclass
class Exchange:
    request: httpx.Request
    response: httpx.Response | None = None

    def __repr__(self) -> str:  # never the query: it may carry a credential (`?token=...`)
        status = self.response.status_code if self.response is not None else None
        return f"Exchange({self.request.method} {raw_path(self.request)} -> {status})"


@dataclass
class Recorder:
    """httpx event hooks that keep every exchange of a client."""

    exchanges: list[Exchange] = field(default_factory=list)

    def hooks(self) -> dict[str, list[Any]]:
        return {"request": [self._on_request], "response": [self._on_response]}

    def _on_request(self, request: httpx.Request) -> None:
        request.read()  # multipart bodies are streams: keep the bytes for the comparison
        self.exchanges.append(Exchange(request))

    def _on_response(self, response: httpx.Response) -> None:
        response.read()
        for exchange in reversed(self.exchanges):
            if exchange.request is response.request:
                exchange.response = response
                return

    def clear(self) -> None:
        self.exchanges.clear()

    def last_for(self, operation: ClientOperation) -> Exchange | None:
        """The last exchange of `operation` (auth requests the client made on the way are skipped)."""
        pattern = re.sub(r"\\\{[^{}/]+\\\}", "[^/]+", re.escape(operation.path))
        for exchange in reversed(self.exchanges):
            request = exchange.request
            if request.method == operation.method and re.fullmatch(pattern, raw_path(request)):
                return exchange
        return None


@dataclass
class Outcome:
    """What one call of a facade method gave: the status, the parsed result, the exchange."""

    status: int
    result: Any
    exchange: Exchange | None
    error: Exception | None = None
    envelope: str | None = None  # the answer's field the facade method returned unwrapped

    def answered(self, body: Any) -> Any:
        """The part of a response body the result stands for (the envelope's field, if any)."""
        if self.envelope is not None and isinstance(body, dict):
            return body.get(self.envelope)
        return body


def call_facade(
    client: GeneratedClient, facade: Any, operation: ClientOperation, case: Any, recorder: Recorder
) -> Outcome:
    """Call `operation` through the facade with the case's values converted to the typed arguments."""
    from schemathesis.core import NOT_SET

    arguments = typed_arguments(
        operation,
        path_parameters=case.path_parameters,
        query=case.query,
        headers=case.headers,
        cookies=case.cookies,
        body=case.body,
        has_body=case.body is not NOT_SET,
        part_content_types=case.multipart_content_types,
    )
    recorder.clear()
    sdk_name = operation.sdk_name
    if operation.variants:
        # One path, several documented operations (`x-sdk-variants`): the facade has a method per
        # variant. A combination no variant documents is still sent through the shipped package,
        # by the generated endpoint function the facade methods wrap.
        sdk_name = operation.variant_for(case.query or {}) or ""
        if not sdk_name:
            response = operation.module.sync_detailed(client=facade.client, **arguments)
            exchange = recorder.last_for(operation)
            return Outcome(int(response.status_code), response.parsed, exchange)
    method = getattr(getattr(facade, operation.resource), sdk_name)
    envelope = operation.envelopes.get(sdk_name)
    status_error = client.package.APIStatusError
    try:
        result = method(**arguments)
    except status_error as error:
        return Outcome(error.status_code, None, recorder.last_for(operation), error, envelope)
    exchange = recorder.last_for(operation)
    status = exchange.response.status_code if exchange and exchange.response is not None else 0
    return Outcome(status, result, exchange, envelope=envelope)


def fidelity_problems(operation: ClientOperation, case: Any, request: httpx.Request) -> list[str]:
    """Every way the request the client sent differs from the generated case."""
    from schemathesis.core import NOT_SET

    problems: list[str] = []
    sent_path = path_values(operation.path, raw_path(request))
    wanted_path = {name: text_of(value) for name, value in (case.path_parameters or {}).items()}
    if sent_path != wanted_path:
        problems.append(f"path parameters differ: sent {sent_path}, expected {wanted_path}")
    declared = [p for p in operation.parameters if p.location == "query"]
    given = {k: v for k, v in (case.query or {}).items() if k in {p.name for p in declared}}
    # A parameter's schema default is what the server assumes when it is absent: sending it (as
    # openapi-python-client does for defaulted arguments) and leaving it out are the same request.
    defaults = expected_query({p.name: p.default for p in declared if p.has_default})
    wanted_query = {**defaults, **expected_query(given)}
    # Credentials in the query (Storyly's `?token=`) are the client's auth, not part of the case.
    sent_values = {
        k: v
        for k, v in query_values(request).items()
        if k not in operation.auth_query or k in {p.name for p in declared}
    }
    sent_query = {**defaults, **sent_values}
    if sent_query != wanted_query:
        problems.append(f"query differs: sent {sent_values}, expected {expected_query(given)}")
    body = None if case.body is NOT_SET else plain_body(case.body)
    schema = operation.body_schemas.get(case.media_type or "")
    mismatch = body_mismatch(request, body, case.media_type, schema)
    if mismatch:
        problems.append(mismatch)
    return problems
