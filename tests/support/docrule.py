"""The spec-fidelity rule (issue 14): every constraint a spec states is either backed by the vendor's
docs or marked as inferred.

A *constraint* is one of the keywords in `SCHEMA_KEYWORDS` on a schema (bounds, lengths, patterns,
item rules, `required` lists, `additionalProperties: false`, an added `null` type, enums, formats,
media types, defaults; not `format: binary` or `password`, which describe a representation), a multipart part's `encoding.<part>.contentType` and the upload rules of `x-upload` (media types, extensions,
`max-bytes`), an error status (4xx/5xx or
`default`) answered by an operation, and the vendor facts declared in `x-` keys: token lifetimes
(`x-auth.schemes.<name>.lifetime-seconds`, `refreshable-seconds`) and the throttle (`x-rate-limit`).

A constraint is *backed* when one of its anchors carries a mark:
- `x-inferred`: a non-empty text saying what the constraint was inferred from; or
- `x-doc-source`: `"<file>, <where>: '<quote>'"` (or a list of such texts) whose quote (the text between the first and the last
  `'`) occurs, whitespace-normalised, in `vendor-docs/<file>` (a copy of the vendor's published
  docs), and which names the constrained value: the number of a bound or length, every name of a
  `required` list, every value of an `enum`, the `default`, the status code. Other keywords (pattern,
  format, media type, ...) need the quote only.

The anchors of a constraint, nearest first:
- on a schema: the schema node itself, then each enclosing schema up to and including the nearest
  *property schema* (a value of `properties`/`patternProperties`) or *root schema* (a component
  schema, or the schema of a parameter, header or media type); a root schema of a parameter or header
  adds that parameter or header object. A mark on an object schema does not cover its properties.
- a multipart part's `contentType`: the encoding object of that part, then the media type object;
  `x-upload` rules: the `x-upload` mapping, then the media type object.
- an error status: the response object (the operation's inline answer, and the component response it
  `$ref`s). The operation's own `x-doc-source` backs it when its quote names the status code.
- `x-auth` lifetimes: the scheme's entry; `x-rate-limit`: its mapping.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "vendor-docs"

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: keyword -> does the quote have to name the value (True) or only exist (False)
SCHEMA_KEYWORDS: dict[str, bool] = {
    "minimum": True,
    "maximum": True,
    "exclusiveMinimum": True,
    "exclusiveMaximum": True,
    "multipleOf": True,
    "minLength": True,
    "maxLength": True,
    "minItems": True,
    "maxItems": True,
    "minProperties": True,
    "maxProperties": True,
    "pattern": False,
    "uniqueItems": False,
    "required": True,
    "additionalProperties": False,
    "null": False,
    "enum": True,
    "format": False,
    "contentMediaType": False,
    "contentEncoding": False,
    "default": True,
}
SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
SUBSCHEMA_ONES = (
    "items",
    "contains",
    "not",
    "if",
    "then",
    "else",
    "propertyNames",
    "additionalProperties",
    "contentSchema",
)
SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
LIFETIME_KEYS = ("lifetime-seconds", "refreshable-seconds")
UPLOAD_KEYS = ("media-types", "extensions", "max-bytes")
#: formats that describe a representation, not a rule a value can break: a file part, a masked field
REPRESENTATION_FORMATS = frozenset({"binary", "password"})


@dataclass(frozen=True)
class Finding:
    """One constraint without backing: where (JSONPath in the merged spec), which keyword, and why."""

    vendor: str
    path: str
    keyword: str
    reason: str

    def __str__(self) -> str:
        return f"{self.vendor}: {self.path}: {self.keyword}: {self.reason}"


def normalise(text: str) -> str:
    return " ".join(text.split())


_DOC_CACHE: dict[str, str] = {}


def doc_text(name: str) -> str | None:
    """The whitespace-normalised text of `vendor-docs/<name>`, or None when there is no such file."""
    if name not in _DOC_CACHE:
        path = DOCS / name
        if "/" in name or not path.is_file():
            return None
        _DOC_CACHE[name] = normalise(path.read_text(encoding="utf-8"))
    return _DOC_CACHE[name]


def quote_of(source: str) -> tuple[str, str] | None:
    """(`file`, `quote`) of an `x-doc-source` text, or None when it has no file or no quote."""
    file, _, rest = source.partition(",")
    first, last = rest.find("'"), rest.rfind("'")
    if not file.strip() or first < 0 or last <= first + 1:
        return None
    return file.strip(), normalise(rest[first + 1 : last])


def sources_of(anchor: Mapping[str, Any]) -> list[str]:
    """An anchor's `x-doc-source`: one text, or a list of them (one quote each) where several
    sentences of the docs state the constraints of one node."""
    source = anchor.get("x-doc-source")
    if isinstance(source, str):
        return [source]
    if isinstance(source, list):
        return [item for item in source if isinstance(item, str)]
    return []


def value_words(keyword: str, value: Any) -> list[str]:
    """The texts a doc quote must contain to back `keyword: value`."""
    if keyword in ("required", "enum"):
        return [_text(item) for item in value] if isinstance(value, list) else [_text(value)]
    return [_text(value)]


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def backing_problem(
    anchors: list[Mapping[str, Any]], keyword: str, value: Any, needs_value: bool
) -> str | None:
    """None when one anchor backs the constraint, else why none does."""
    problems: list[str] = []
    for anchor in anchors:
        inferred = anchor.get("x-inferred")
        if isinstance(inferred, str) and inferred.strip():
            return None
        for source in sources_of(anchor):
            parsed = quote_of(source)
            if parsed is None:
                problems.append(f"x-doc-source {source!r} has no \"<file>, <where>: '<quote>'\"")
                continue
            file, quote = parsed
            text = doc_text(file)
            if text is None:
                problems.append(f"x-doc-source names {file!r}, which is not in vendor-docs/")
            elif quote not in text:
                problems.append(f"x-doc-source quote {quote!r} does not occur in vendor-docs/{file}")
            elif needs_value and (missing := [w for w in value_words(keyword, value) if w not in quote]):
                problems.append(f"x-doc-source quote {quote!r} does not name {missing}")
            else:
                return None
    return "; ".join(problems) or "neither x-inferred nor an x-doc-source quote backs it"


def jsonpath(parts: list[str | int]) -> str:
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            out += f".{part}"
        else:
            out += "['" + part.replace("'", "\\'") + "']"
    return out


class Walker:
    """Walks one merged spec and yields a `Finding` for every constraint without backing."""

    def __init__(self, vendor: str, document: Mapping[str, Any]) -> None:
        self.vendor = vendor
        self.document = document

    def resolve(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and seen < 20:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                return node
            target: Any = self.document
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                target = target.get(part) if isinstance(target, Mapping) else None
            node, seen = target, seen + 1
        return node

    def findings(self) -> Iterator[Finding]:
        doc = self.document
        components = doc.get("components") or {}
        for name, schema in (components.get("schemas") or {}).items():
            yield from self.schema(schema, ["components", "schemas", name], [])
        for name, param in (components.get("parameters") or {}).items():
            yield from self.parameter(param, ["components", "parameters", name])
        for name, header in (components.get("headers") or {}).items():
            yield from self.parameter(header, ["components", "headers", name])
        for name, body in (components.get("requestBodies") or {}).items():
            yield from self.content(body, ["components", "requestBodies", name])
        for name, response in (components.get("responses") or {}).items():
            yield from self.response(response, ["components", "responses", name])
        for route, item in (doc.get("paths") or {}).items():
            if not isinstance(item, Mapping):
                continue
            for index, param in enumerate(item.get("parameters") or []):
                yield from self.parameter(param, ["paths", route, "parameters", index])
            for method in METHODS:
                operation = item.get(method)
                if isinstance(operation, Mapping):
                    yield from self.operation(operation, ["paths", route, method])
        yield from self.extensions()

    def operation(self, operation: Mapping[str, Any], at: list[str | int]) -> Iterator[Finding]:
        for index, param in enumerate(operation.get("parameters") or []):
            yield from self.parameter(param, [*at, "parameters", index])
        body = operation.get("requestBody")
        if isinstance(body, Mapping):
            yield from self.content(body, [*at, "requestBody"])
        for status, response in (operation.get("responses") or {}).items():
            where = [*at, "responses", str(status)]
            code = str(status)
            if code == "default" or code[:1] in ("4", "5"):
                anchors = [response, self.resolve(response), {"x-doc-source": operation.get("x-doc-source")}]
                problem = backing_problem(
                    [a for a in anchors if isinstance(a, Mapping)], "status", code, True
                )
                if problem:
                    yield Finding(self.vendor, jsonpath(where), f"error status {code}", problem)
            if isinstance(response, Mapping) and "$ref" not in response:
                yield from self.response(response, where)

    def response(self, response: Any, at: list[str | int]) -> Iterator[Finding]:
        if not isinstance(response, Mapping) or "$ref" in response:
            return
        for name, header in (response.get("headers") or {}).items():
            yield from self.parameter(header, [*at, "headers", name])
        yield from self.content(response, at)

    def parameter(self, param: Any, at: list[str | int]) -> Iterator[Finding]:
        if not isinstance(param, Mapping) or "$ref" in param:
            return
        if isinstance(param.get("schema"), Mapping):
            yield from self.schema(param["schema"], [*at, "schema"], [param])
        yield from self.content(param, at)

    def content(self, holder: Any, at: list[str | int]) -> Iterator[Finding]:
        if not isinstance(holder, Mapping) or "$ref" in holder:
            return
        for media, entry in (holder.get("content") or {}).items():
            if not isinstance(entry, Mapping):
                continue
            where = [*at, "content", media]
            if isinstance(entry.get("schema"), Mapping):
                yield from self.schema(entry["schema"], [*where, "schema"], [])
            upload = entry.get("x-upload")
            for key in UPLOAD_KEYS:
                if isinstance(upload, Mapping) and key in upload:
                    problem = backing_problem([upload, entry], key, upload[key], key == "max-bytes")
                    if problem:
                        path = jsonpath([*where, "x-upload", key])
                        yield Finding(self.vendor, path, f"x-upload {key}", problem)
            for part, encoding in (entry.get("encoding") or {}).items():
                if isinstance(encoding, Mapping) and "contentType" in encoding:
                    problem = backing_problem(
                        [encoding, entry], "contentType", encoding["contentType"], False
                    )
                    if problem:
                        path = jsonpath([*where, "encoding", part, "contentType"])
                        yield Finding(self.vendor, path, "encoding contentType", problem)

    def schema(self, node: Any, at: list[str | int], outer: list[Mapping[str, Any]]) -> Iterator[Finding]:
        """`outer`: the anchors enclosing `node` up to its property or root schema, nearest first."""
        if not isinstance(node, Mapping) or ("$ref" in node and len(node) == 1):
            return
        anchors = [node, *outer]
        for keyword, needs_value in SCHEMA_KEYWORDS.items():
            present, value = self.constraint(node, keyword)
            if present:
                problem = backing_problem(anchors, keyword, value, needs_value)
                if problem:
                    yield Finding(
                        self.vendor,
                        jsonpath([*at, keyword if keyword != "null" else "type"]),
                        keyword,
                        problem,
                    )
        for key in SUBSCHEMA_MAPS:
            for name, sub in (node.get(key) or {}).items() if isinstance(node.get(key), Mapping) else []:
                starts_anchor = key in ("properties", "patternProperties")
                yield from self.schema(sub, [*at, key, name], [] if starts_anchor else anchors)
        for key in SUBSCHEMA_ONES:
            if isinstance(node.get(key), Mapping):
                yield from self.schema(node[key], [*at, key], anchors)
        for key in SUBSCHEMA_LISTS:
            for index, sub in enumerate(node.get(key) or []):
                yield from self.schema(sub, [*at, key, index], anchors)

    @staticmethod
    def constraint(node: Mapping[str, Any], keyword: str) -> tuple[bool, Any]:
        if keyword == "null":
            kind = node.get("type")
            added = (
                kind == "null" or (isinstance(kind, list) and "null" in kind) or node.get("nullable") is True
            )
            return added, "null"
        if keyword == "additionalProperties":
            return node.get(keyword) is False, False
        if keyword == "format":
            return node.get(keyword) not in (None, *REPRESENTATION_FORMATS), node.get(keyword)
        if keyword == "uniqueItems":
            return node.get(keyword) is True, True
        if keyword == "required":
            return isinstance(node.get(keyword), list) and bool(node[keyword]), node.get(keyword)
        return keyword in node, node.get(keyword)

    def extensions(self) -> Iterator[Finding]:
        auth = self.document.get("x-auth")
        schemes = auth.get("schemes") if isinstance(auth, Mapping) else None
        for name, scheme in (schemes or {}).items():
            for key in LIFETIME_KEYS:
                if isinstance(scheme, Mapping) and key in scheme:
                    problem = backing_problem([scheme], key, scheme[key], True)
                    if problem:
                        yield Finding(self.vendor, jsonpath(["x-auth", "schemes", name, key]), key, problem)
        limit = self.document.get("x-rate-limit")
        if isinstance(limit, Mapping):
            problem = backing_problem([limit], "requests", limit.get("requests"), True)
            if problem:
                yield Finding(self.vendor, "$['x-rate-limit'].requests", "x-rate-limit", problem)
            inferred = limit.get("x-inferred")
            if "scope" in limit and not (isinstance(inferred, str) and inferred.strip()):
                reason = "no doc states what the throttle is counted per: needs x-inferred"
                yield Finding(self.vendor, "$['x-rate-limit'].scope", "x-rate-limit scope", reason)


def findings(vendor: str, document: Mapping[str, Any]) -> list[Finding]:
    return list(Walker(vendor, document).findings())


def quote_problems(vendor: str, document: Any, at: str = "$") -> Iterator[Finding]:
    """Every `x-doc-source` of the document whose quote the vendor's docs do not hold, also where an
    `x-inferred` beside it backs the constraint: a mark that backs nothing must not look as if it
    did. An operation's own `x-doc-source` says where the operation comes from, often in several
    quoted fragments, and is checked only where it backs an error status."""
    if isinstance(document, Mapping):
        is_operation = "operationId" in document
        for key, value in document.items():
            where = jsonpath_child(at, str(key))
            if key == "x-doc-source" and not is_operation:
                for source in sources_of(document):
                    parsed = quote_of(source)
                    if parsed is None:
                        yield Finding(vendor, where, "x-doc-source", "no \"<file>, <where>: '<quote>'\"")
                        continue
                    file, quote = parsed
                    text = doc_text(file)
                    if text is None:
                        reason = f"names {file!r}, which is not in vendor-docs/"
                        yield Finding(vendor, where, "x-doc-source", reason)
                    elif quote not in text:
                        yield Finding(
                            vendor, where, "x-doc-source", f"quote {quote!r} does not occur in {file}"
                        )
            else:
                yield from quote_problems(vendor, value, where)
    elif isinstance(document, list):
        for index, item in enumerate(document):
            yield from quote_problems(vendor, item, f"{at}[{index}]")


def jsonpath_child(at: str, key: str) -> str:
    return at + jsonpath([key])[1:]
