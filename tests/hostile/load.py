"""The load run of `test_load_consistency.py`: which resources of a vendor it loads (those a plain
JSON create, and a read and delete by one id, are bound to with `x-mock`), how, and how many
requests that makes (the README's table counts them with `planned_requests`)."""

from __future__ import annotations

import asyncio
import copy
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from generator.fuzz.auth import apply_credentials
from generator.mock import engine_of
from generator.model import Api, Operation
from generator.model.mockresources import Binding, ResourceDecl
from tests.support.fuzzing.target import FuzzTarget
from tests.support.rawhttp import RawAnswer, RawPool

CONCURRENCY = 32
RECORDS_PER_VENDOR = 2000  # creates, spread over its resources; then as many reads and deletes
MIN_RECORDS_PER_RESOURCE = 64  # twice the concurrency: every resource sees overlapping writes


@dataclass(frozen=True)
class Crud:
    """A resource's plain JSON or form create (with an example body), and its read and delete by one id."""

    resource: ResourceDecl
    create: Operation
    body: dict[str, Any]
    read: Operation | None
    delete: Operation | None
    media_type: str = "application/json"

    def key(self, operation: Operation | None, action: str) -> str:
        """The record field an operation's id is matched with."""
        binding = binding_for(operation, action) if operation is not None else None
        return (binding.key if binding is not None else None) or self.resource.id.field


def binding_for(operation: Operation, action: str) -> Binding | None:
    """The operation's binding doing `action` (a read may share its operation with a list)."""
    if operation.mock is None:
        return None
    return next((binding for binding in operation.mock.bindings if binding.action == action), None)


def id_location(operation: Operation, binding: Binding) -> tuple[str, str] | None:
    """Where the record id goes: `("path", name)` or `("query", name)`; None when not by one id."""
    if binding.id is not None:
        return (binding.id.location, binding.id.name) if binding.id.location in ("path", "query") else None
    path_parameters = [p.name for p in operation.parameters if p.location == "path"]
    return ("path", path_parameters[0]) if len(path_parameters) == 1 else None


BODY_MEDIA_TYPES = ("application/json", "application/x-www-form-urlencoded")


def example_body(operation: Operation) -> tuple[str, dict[str, Any]] | None:
    """The docs' example body of a JSON or form create, with its media type."""
    for media in operation.request_body.content if operation.request_body else ():
        if media.media_type not in BODY_MEDIA_TYPES or media.schema is None:
            continue
        schema = media.schema.resolved if isinstance(media.schema.resolved, dict) else {}
        for candidate in (*media.examples, schema.get("example")):
            if isinstance(candidate, dict):
                return media.media_type, copy.deepcopy(candidate)
        properties = schema.get("properties") or {}
        assembled = {
            name: node["example"]
            for name, node in properties.items()
            if isinstance(node, dict) and "example" in node
        }
        if set(schema.get("required") or []) <= set(assembled):
            return media.media_type, assembled
    return None


def body_is_parents(operation: Operation) -> bool:
    """Whether a read or delete needs no body, or only fields that are also path parameters."""
    if operation.request_body is None:
        return True
    schema = operation.request_body.content[0].schema
    resolved = schema.resolved if schema is not None and isinstance(schema.resolved, dict) else {}
    path_names = {parameter.name for parameter in operation.parameters if parameter.location == "path"}
    return set(resolved.get("required") or []) <= path_names


def parents_known(resource: ResourceDecl, create: Operation) -> bool:
    """Whether every path parameter of the create names a parent record the store can supply (a
    filter on a field that references another declared resource)."""
    binding = binding_for(create, "create")
    sources = {
        source.name
        for field, source in (binding.filters if binding is not None else {}).items()
        if source.location == "path" and resource.reference(field) is not None
    }
    return {parameter.name for parameter in create.parameters if parameter.location == "path"} <= sources


def crud_resources(api: Api) -> list[Crud]:
    """Resources with a plain JSON or form create (with an example body), and their read and delete by one id."""
    found = []
    for resource in api.mock.resources:
        by_action: dict[str, Operation] = {}
        for operation in api.operations:
            for action in ("create", "read", "delete"):
                binding = binding_for(operation, action)
                if (
                    binding is not None
                    and binding.resource == resource.name
                    and action not in by_action
                    and (action == "create" or id_location(operation, binding) is not None)
                    and (action == "create" or body_is_parents(operation))
                ):
                    by_action[action] = operation
        example = example_body(by_action["create"]) if "create" in by_action else None
        if example is not None and parents_known(resource, by_action["create"]):
            media_type, body = example
            found.append(
                Crud(
                    resource,
                    by_action["create"],
                    body,
                    by_action.get("read"),
                    by_action.get("delete"),
                    media_type,
                )
            )
    return found


class Driver:
    def __init__(self, target: FuzzTarget, pool: RawPool) -> None:
        self.target = target
        self.pool = pool
        self.api = target.api
        self._credentials: dict[str, Any] = {}  # per operation: a token is issued once, not per call

    async def call(
        self,
        operation: Operation,
        action: str,
        record_id: Any = None,
        body: Any = None,
        media_type: str = "application/json",
        parents: dict[str, Any] | None = None,
    ) -> RawAnswer:
        headers: dict[str, str] = {}
        query: dict[str, str] = {}
        cookies: dict[str, str] = {}
        if operation.operation_id not in self._credentials:
            self._credentials[operation.operation_id] = self.target.auth.credentials_for(
                operation.method, operation.path
            )
        credentials = self._credentials[operation.operation_id]
        if credentials:
            apply_credentials(credentials, headers=headers, query=query, cookies=cookies)
        path = operation.path
        binding = binding_for(operation, action)
        where = id_location(operation, binding) if binding is not None and action != "create" else None
        if where is not None and where[0] == "path":
            path = path.replace("{" + where[1] + "}", str(record_id))
        elif where is not None:
            query[where[1]] = str(record_id)
        for name, value in (parents or {}).items():  # a parent's id (a tag's taxonomy)
            path = path.replace("{" + name + "}", str(value))
        if cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
        if body is None and action != "create" and operation.request_body is not None:
            # A read or delete that takes a body (Mediagraph's DELETE with a form body naming the
            # parent): its required fields are the parents' ids the path names too.
            media = operation.request_body.content[0]
            body, media_type = {name: value for name, value in (parents or {}).items()}, media.media_type
        content: bytes | None = None
        if body is not None:
            headers["Content-Type"] = media_type
            content = (
                json.dumps(body).encode()
                if media_type == "application/json"
                else urlencode(body, doseq=True).encode()
            )
        return await self.pool.request(
            operation.method, self.api.base_path + path, query=query, headers=headers, content=content
        )

    def answer_record(self, crud: Crud, answer: RawAnswer) -> Any:
        data = answer.json()
        envelope = crud.resource.envelope or self.api.mock.envelope
        binding = binding_for(crud.create, "create")
        if envelope is not None and (binding is None or binding.envelope) and isinstance(data, dict):
            data = data.get(envelope.field, data)
        return data


def unique_body(crud: Crud, n: int) -> dict[str, Any]:
    body = copy.deepcopy(crud.body)
    for unique in crud.resource.unique:
        for field in unique.fields:
            if isinstance(body.get(field), str):
                body[field] = f"load-{n}-{body[field]}"[:60]
    return body


def parents(target: FuzzTarget, crud: Crud) -> dict[str, Any]:
    """Path parameters of the create that name a parent record (`filters` to a field that references
    another resource, as a taxonomy tag's `taxonomy_id`): the id of a live parent from the store."""
    binding = binding_for(crud.create, "create")
    found: dict[str, Any] = {}
    for field, source in (binding.filters if binding is not None else {}).items():
        reference = crud.resource.reference(field)
        if source.location != "path" or reference is None:
            continue
        engine = engine_of(target.app.app)
        records = engine.services.store[reference.resource].records(everyone=True)
        assert records, f"{crud.create.operation_id}: no {reference.resource} record to create under"
        parent = target.api.mock.resource(reference.resource)
        found[source.name] = records[0][parent.id.field if parent else "id"]
    return found


def stored(target: FuzzTarget, crud: Crud) -> list[str]:
    """The ids of the resource's live records, in the mock's store (JSON text, so any id compares)."""
    engine = engine_of(target.app.app)
    records = engine.services.store[crud.resource.name].records(everyone=True)
    return sorted(json.dumps(record[crud.resource.id.field]) for record in records)


async def load_and_check(target: FuzzTarget, base_url: str, crud: Crud, count: int) -> int:
    async with RawPool(base_url, CONCURRENCY) as pool:
        driver = Driver(target, pool)
        before = stored(target, crud)
        under = parents(target, crud)
        created = await asyncio.gather(
            *(
                driver.call(
                    crud.create,
                    "create",
                    body=unique_body(crud, n),
                    media_type=crud.media_type,
                    parents=under,
                )
                for n in range(count)
            )
        )
        refused = [answer for answer in created if not answer.ok]
        assert not refused, f"{crud.create.operation_id}: {refused[0].status} {refused[0].body[:300]!r}"
        records = [driver.answer_record(crud, answer) for answer in created]
        ids = [json.dumps(record[crud.resource.id.field]) for record in records]
        assert len(set(ids)) == len(ids), "two creations answered the same id"
        deleted = records[::2] if crud.delete is not None else []
        kept = records[1::2] if crud.delete is not None else records
        delete_key, read_key = crud.key(crud.delete, "delete"), crud.key(crud.read, "read")
        answers = await asyncio.gather(
            *(
                driver.call(crud.delete, "delete", record[delete_key], parents=under)
                for record in deleted
                if crud.delete
            ),
            *(
                driver.call(crud.read, "read", record[read_key], parents=under)
                for record in kept
                if crud.read
            ),
        )
        failed = [answer for answer in answers if not answer.ok]
        assert not failed, f"{crud.resource.name}: {failed[0].status} {failed[0].body[:200]!r}"
        gone = await asyncio.gather(
            *(
                driver.call(crud.read, "read", record[read_key], parents=under)
                for record in deleted
                if crud.read
            )
        )
        for record, answer in zip(deleted, gone, strict=False):
            assert 400 <= answer.status < 500, (record, answer.status, answer.body[:200])
        expected = sorted(before + [json.dumps(record[crud.resource.id.field]) for record in kept])
        assert stored(target, crud) == expected
        return len(created) + len(answers) + len(gone)


def records_per_resource(resources: list[Crud]) -> int:
    return max(MIN_RECORDS_PER_RESOURCE, RECORDS_PER_VENDOR // max(1, len(resources)))


def planned_requests(api: Api) -> int:
    """Requests `load_and_check` sends to `api`'s mock: creates, deletes of every other record, reads
    of the rest and then of the deleted ones."""
    resources = crud_resources(api)
    count = records_per_resource(resources)
    total = 0
    for crud in resources:
        deleted = (count + 1) // 2 if crud.delete is not None else 0
        total += count + deleted + ((count - deleted) + deleted if crud.read is not None else 0)
    return total
