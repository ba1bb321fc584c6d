"""The typed model of a merged spec (`generator.model`): what it reads, and how it refuses `x-auth`.

Every consumer (client generation, the mock, fuzzing, the benchmarks) reads this model instead of
the raw document, so its facts and its errors are pinned here: each refusal names the file, the
JSONPath and what was expected.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator.errors import InputError
from generator.model import load_api
from generator.runtime.schemes import ApiKey, HttpBasic, IssuedBearer, OAuth2AuthorizationCode, StaticBearer
from generator.specio import load_document

GENERATED = Path(__file__).resolve().parents[2] / "generated"


def _operation(operation_id: str, **extra: Any) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "tags": ["things"],
        "responses": {"200": {"description": "ok"}},
        **extra,
    }


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Things", "version": "1"},
    "servers": [{"url": "https://{tenant}.things.test/api/v1", "variables": {"tenant": {"default": "demo"}}}],
    "paths": {
        "/login": {"post": _operation("login", security=[])},
        "/refresh": {"post": _operation("refresh", security=[])},
        "/users/{id}/token": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "post": _operation("issueToken", security=[{"admin": []}]),
        },
        "/things": {"get": _operation("listThings")},
    },
    "security": [{"session": []}, {"basic": []}],
    "components": {
        "securitySchemes": {
            "admin": {"type": "http", "scheme": "bearer"},
            "session": {"type": "http", "scheme": "bearer"},
            "user": {"type": "http", "scheme": "bearer"},
            "basic": {"type": "http", "scheme": "basic"},
            "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
            "oauth": {
                "type": "oauth2",
                "flows": {
                    "authorizationCode": {
                        "authorizationUrl": "https://auth.things.test/authorize",
                        "tokenUrl": "/oauth/token",
                        "scopes": {"write": "w", "read": "r"},
                    }
                },
            },
        }
    },
    "x-auth": {
        "credentials": {
            "admin_key": {"description": "admin"},
            "email": {"secret": False},
            "password": {},
            "client_id": {"secret": False},
            "org": {"secret": False},
        },
        "subject-argument": "user_id",
        "schemes": {
            "admin": {"kind": "static-bearer", "credential": "admin_key"},
            "session": {
                "kind": "issued-bearer",
                "issue": {
                    "operation": "login",
                    "body": {"email": "$credential.email", "password": "$credential.password"},
                },
                "refresh": {"operation": "refresh", "body": {"token": "$token"}},
                "lifetime-from-jwt": True,
                "lifetime-seconds": 120,
                "refreshable-seconds": 43200,
            },
            "user": {
                "kind": "issued-bearer",
                "issue": {"operation": "issueToken", "auth": "admin", "path-params": {"id": "$subject"}},
                "lifetime-seconds": 900,
            },
            "basic": {
                "kind": "http-basic",
                "password": "$credential.password",
                "headers": {"OrganizationId": "$credential.org"},
            },
            "key": {"kind": "api-key", "credential": "admin_key"},
            "oauth": {
                "kind": "oauth2-authorization-code",
                "client-id": "client_id",
                "revocation-url": "/oauth/revoke",
            },
        },
    },
}


def spec() -> dict[str, Any]:
    return copy.deepcopy(SPEC)


@pytest.mark.parametrize("vendor", ["jumpstory", "printiki", "storyly"])
def test_the_merged_specs_of_the_vendors_read_into_the_model(vendor: str) -> None:
    path = GENERATED / vendor / "openapi.yaml"
    api = load_api(load_document(path), str(path), vendor)
    assert api.operations and all(operation.operation_id and operation.tags for operation in api.operations)
    assert set(api.auth.schemes) == set(api.security_schemes)


def test_what_the_model_reads() -> None:
    api = load_api(spec(), "things.yaml", "things")
    assert (api.default_base_url, api.base_path) == ("https://demo.things.test/api/v1", "/api/v1")
    assert api.client_name == "Things"
    listing = api.operation("listThings")
    assert (listing.method, listing.path, listing.resource, listing.sdk_name) == (
        "GET",
        "/things",
        "things",
        "list_things",
    )
    assert listing.requirements == (("session",), ("basic",)) and not listing.anonymous
    assert api.operation("login").anonymous
    token = api.operation("issueToken")
    assert [(p.name, p.location, p.required) for p in token.parameters] == [("id", "path", True)]

    schemes = api.auth.schemes
    assert schemes["admin"] == StaticBearer(credential="admin_key")
    assert schemes["key"] == ApiKey(credential="admin_key", location="header", name="X-Key")
    assert schemes["basic"] == HttpBasic(
        username="", password="$credential.password", headers={"OrganizationId": "$credential.org"}
    )
    session = schemes["session"]
    assert (
        isinstance(session, IssuedBearer) and session.renewal == "expired-token" and not session.needs_subject
    )
    assert session.issue is not None and (session.issue.method, session.issue.path) == ("POST", "/login")
    user = schemes["user"]
    assert isinstance(user, IssuedBearer) and user.needs_subject and user.renewal is None
    oauth = schemes["oauth"]
    assert isinstance(oauth, OAuth2AuthorizationCode)
    assert (oauth.authorization_url, oauth.token_url, oauth.scopes) == (
        "https://auth.things.test/authorize",
        "/oauth/token",
        ("read", "write"),
    )
    assert api.auth.secret_credentials == {"admin_key", "password"}


def test_the_input_document_is_not_shared() -> None:
    document = spec()
    api = load_api(document, "things.yaml")
    api.document["info"]["title"] = "changed"
    assert document == SPEC


def _set(document: dict[str, Any], where: str, value: Any) -> None:
    """Set (or, for None, delete) the value at `where`, a `/`-separated path (`~things~` is the
    path key `/things`)."""
    *parents, last = [part.replace("~things~", "/things") for part in where.split("/")]
    node = document
    for key in parents:
        node = node[key]
    if value is None:
        del node[last]
    else:
        node[last] = value


AUTH = "x-auth/schemes"


@pytest.mark.parametrize(
    ("where", "value", "place", "message"),
    [
        (f"{AUTH}/admin/kind", "magic", "['x-auth']['schemes']['admin']['kind']", "unknown kind 'magic'"),
        (
            f"{AUTH}/admin/credential",
            "admin_kye",
            "['admin']['credential']",
            "names credential 'admin_kye', which x-auth.credentials does not declare",
        ),
        (f"{AUTH}/admin/crendential", "x", "['admin']['crendential']", "unknown key 'crendential'"),
        (
            f"{AUTH}/key/kind",
            "static-bearer",
            "['key']['kind']",
            "needs the security scheme 'key' to be `type: http, scheme: bearer`",
        ),
        (
            f"{AUTH}/key/param",
            "X-Other",
            "['key']['param']",
            "differs from the security scheme's header parameter 'X-Key'",
        ),
        (
            f"{AUTH}/basic/headers/OrganizationId",
            "$credential.tenant",
            "['basic']['headers']['OrganizationId']",
            "names credential 'tenant'",
        ),
        (f"{AUTH}/basic/password", "$secret", "['basic']['password']", "unknown template '$secret'"),
        (
            f"{AUTH}/session/issue/operation",
            "signIn",
            "['session']['issue']['operation']",
            "names operationId 'signIn', which the spec does not have",
        ),
        (
            f"{AUTH}/session/issue/body/email",
            "$token",
            "['session']['issue']['body']['email']",
            "$token is only available when renewing a token",
        ),
        (
            f"{AUTH}/session/lifetime-seconds",
            None,
            "['x-auth']['schemes']['session']",
            "needs `lifetime-seconds`",
        ),
        (
            f"{AUTH}/session/lifetime-seconds",
            -1,
            "['session']['lifetime-seconds']",
            "expected a number of seconds",
        ),
        (
            f"{AUTH}/user/issue/path-params",
            {},
            "['user']['issue']['path-params']",
            "issueToken has path parameters ['id']",
        ),
        (
            f"{AUTH}/user/issue/auth",
            "session",
            "['user']['issue']['auth']",
            "must name a scheme the client holds a credential for",
        ),
        (
            "x-auth/subject-argument",
            None,
            "['user']['issue']['path-params']['id']",
            "$subject needs x-auth.subject-argument",
        ),
        (
            f"{AUTH}/oauth/client-authentication",
            "jwt",
            "['oauth']['client-authentication']",
            "expected body | basic",
        ),
        (
            "components/securitySchemes/oauth/flows",
            {},
            "['x-auth']['schemes']['oauth']",
            "needs flows.authorizationCode with authorizationUrl and tokenUrl",
        ),
        (f"{AUTH}/basic", None, "['x-auth']['schemes']", "no entry for security scheme 'basic'"),
        (
            "x-auth/credentials/admin_key/secret",
            "yes",
            "['credentials']['admin_key']['secret']",
            "expected true or false",
        ),
        ("security", [{"nobody": []}], "['security'][0]['nobody']", "unknown security scheme 'nobody'"),
        (
            "x-rate-limit",
            {"requests": 0, "per-seconds": 60},
            "['x-rate-limit']",
            "expected {requests: <n >= 1>",
        ),
        ("x-sdk", {"client-name": "not a name"}, "['x-sdk']['client-name']", "expected a Python class name"),
        (
            "paths/~things~/get/x-sdk-name",
            "list-things",
            "['paths']['/things']['get']['x-sdk-name']",
            "expected a Python identifier",
        ),
        ("paths/~things~/get/operationId", None, "['paths']['/things']['get']", "missing operationId"),
    ],
)
def test_refusals_name_the_file_the_json_path_and_what_was_expected(
    where: str, value: Any, place: str, message: str
) -> None:
    document = spec()
    _set(document, where, value)
    with pytest.raises(InputError) as error:
        load_api(document, "overlays/things/auth.yaml")
    text = str(error.value)
    assert text.startswith("overlays/things/auth.yaml: $"), text
    assert place in text and message in text, text
