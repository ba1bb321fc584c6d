"""The one `$ref` resolver of vendorkit: follows local references and says where a broken one is."""

from __future__ import annotations

from typing import Any

from generator.errors import InputError
from generator.model.api import JsonObject, SchemaRef
from generator.model.pointers import jsonpath, pointer_join, pointer_tokens


class Resolver:
    """Follows local `$ref`s (`#/components/...`) of one document; errors name `label` and the place."""

    def __init__(self, document: JsonObject, label: str) -> None:
        self.document = document
        self.label = label

    def error(self, pointer: str, message: str) -> InputError:
        return InputError(file=self.label, location=jsonpath(pointer), message=message)

    def get(self, pointer: str) -> Any:
        """The node at a JSON pointer (KeyError when there is none)."""
        node: Any = self.document
        for token in pointer_tokens(pointer):
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise KeyError(pointer)
        return node

    def follow(self, node: Any, pointer: str) -> tuple[Any, str]:
        """`node` (found at `pointer`) with its `$ref`s followed, and the pointer of what it became."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if not ref.startswith("#"):
                raise self.error(pointer, f"only local $refs are supported, found {ref!r}")
            if ref in seen:
                raise self.error(pointer, f"$ref cycle through {ref!r}")
            seen.add(ref)
            try:
                node = self.get(ref)
            except KeyError:
                raise self.error(pointer, f"$ref {ref!r} points at nothing") from None
            pointer = ref[1:]
        return node, pointer

    def schema(self, node: Any, pointer: str) -> SchemaRef:
        resolved, _ = self.follow(node, pointer)
        if not isinstance(resolved, dict | bool):
            raise self.error(pointer, "a schema must be an object or a boolean")
        return SchemaRef(pointer=pointer, raw=node, resolved=resolved)

    def property(self, schema: SchemaRef | None, name: str) -> SchemaRef | None:
        """The schema of property `name` of an object schema (top-level `$ref`s followed), or None."""
        if schema is None:
            return None
        properties = schema.node.get("properties")
        if not isinstance(properties, dict) or name not in properties:
            return None
        _, target = self.follow(schema.raw, schema.pointer)
        return self.schema(properties[name], pointer_join(target, "properties", name))

    def at(self, pointer: str) -> SchemaRef:
        """The schema written at `pointer`."""
        try:
            node = self.get(pointer)
        except KeyError:
            raise self.error(pointer, "no schema here") from None
        return self.schema(node, pointer)
