"""Error styles as data (`x-mock.errors`): the reader and its errors (file + JSONPath), the neutral
default, how a style renders each kind, and each present vendor's style over HTTP in process, every
answer checked against the vendor's declared Error schemas."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from generator.errors import InputError
from generator.mock import MockOptions, build_app, load_vendor_app
from generator.mock.errors import ErrorKind, FieldProblem, MockError, MockSetupError, not_found
from generator.mock.errorstyle import NEUTRAL, NEUTRAL_STYLE, fill, read_error_style
from tests.conftest import GENERATED

from .conftest import FakeClock, client_for, make_mini_vendor, mini_spec, user_headers

pytestmark = pytest.mark.anyio

LABEL = "overlays/mini/quirks.yaml"


def style(raw: Any) -> Any:
    return read_error_style(raw, LABEL)


# -- the reader ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "location", "message"),
    [
        ({"nonsense": {}}, "$['x-mock']['errors']['nonsense']", "unknown key 'nonsense'"),
        (
            {"validation": []},
            "$['x-mock']['errors']['validation']",
            "expected an object {status, message, body}",
        ),
        ({"validation": {"status": 200}}, "$['x-mock']['errors']['validation']['status']", "400..599"),
        ({"validation": {"status": True}}, "$['x-mock']['errors']['validation']['status']", "400..599"),
        ({"validation": {"code": 1}}, "$['x-mock']['errors']['validation']['code']", "unknown key 'code'"),
        (
            {"not-found": {"message": "No {allowed}"}},
            "$['x-mock']['errors']['not-found']['message']",
            "{allowed}",
        ),
        (
            {"not-found": {"message": 404}},
            "$['x-mock']['errors']['not-found']['message']",
            "expected a string",
        ),
        ({"too-large": {"message": []}}, "$['x-mock']['errors']['too-large']['message']", "non-empty list"),
        (
            {"too-large": {"message": ["{first_error}", "{path}"]}},
            "$['x-mock']['errors']['too-large']['message'][1]",
            "unknown placeholder {path}",
        ),
        ({"body": {"error": "{nonsense}"}}, "$['x-mock']['errors']['body']['error']", "{nonsense}"),
        ({"body": {"at": [1, {"x": object()}]}}, "$['x-mock']['errors']['body']['at'][1]['x']", "JSON value"),
        ({"forbidden": {"body": ["{oops}"]}}, "$['x-mock']['errors']['forbidden']['body'][0]", "{oops}"),
        ({"fields": {"key": "camel"}}, "$['x-mock']['errors']['fields']['key']", "dotted, brackets, pointer"),
        (
            {"fields": {"attribute": "upper"}},
            "$['x-mock']['errors']['fields']['attribute']",
            "key, words, sentence",
        ),
        ({"fields": {"root": 1}}, "$['x-mock']['errors']['fields']['root']", "expected a string"),
        (
            {"fields": {"types": {"decimal": "a decimal"}}},
            "$['x-mock']['errors']['fields']['types']['decimal']",
            "unknown",
        ),
        (
            {"fields": {"messages": {"maxThings": "x"}}},
            "$['x-mock']['errors']['fields']['messages']['maxThings']",
            "unknown",
        ),
        (
            {"fields": {"messages": {"required": "{attribute} needs {limit} {status}"}}},
            "$['x-mock']['errors']['fields']['messages']['required']",
            "unknown placeholder {status}",
        ),
    ],
)
def test_mistakes_name_the_file_and_the_jsonpath(raw: Any, location: str, message: str) -> None:
    with pytest.raises(MockSetupError) as error:
        style(raw)
    assert error.value.file == LABEL and error.value.location == location
    assert message in error.value.message


def test_a_bad_style_stops_the_mock_at_start_up(clock: FakeClock) -> None:
    spec = mini_spec()
    spec["x-mock"]["errors"] = {"validation": {"status": 99}}
    with pytest.raises(
        MockSetupError, match=r"^mini\.yaml: \$\['x-mock'\]\['errors'\]\['validation'\]\['status'\]"
    ):
        build_app(spec, MockOptions(clock=clock), vendor=make_mini_vendor(), label="mini.yaml")
    spec["x-mock"]["errors"] = ["not", "an", "object"]
    with pytest.raises(InputError, match=r"\$\['x-mock'\]\['errors'\]: expected an object"):
        build_app(spec, MockOptions(clock=clock), vendor=make_mini_vendor(), label="mini.yaml")


# -- rendering -------------------------------------------------------------------------------------


def test_the_neutral_default_holds_every_kind_and_no_vendor_words() -> None:
    assert set(NEUTRAL) - {"description", "body", "fields"} == {kind.value for kind in ErrorKind}
    words = str(NEUTRAL)
    for vendors_words in (
        "Unauthenticated.",
        "The given data was invalid.",
        "Too Many Attempts.",
        "field is required",
    ):
        assert vendors_words not in words
    answer = NEUTRAL_STYLE.render(
        MockError(ErrorKind.VALIDATION, errors=[FieldProblem(("age",), "type", {"types": ["integer"]})]), None
    )
    assert (answer.status, answer.body) == (
        422,
        {"message": "The request is invalid.", "errors": {"age": ["age must be an integer."]}},
    )


def test_a_kind_takes_what_its_parent_declares_before_the_neutral_default() -> None:
    declared = style({"unauthenticated": {"status": 401, "message": "Nope.", "body": {"error": "{message}"}}})
    for kind in (ErrorKind.MISSING_CREDENTIALS, ErrorKind.LOGIN_FAILED, ErrorKind.REFRESH_FAILED):
        answer = declared.render(MockError(kind), None)
        assert (answer.status, answer.body) == (401, {"error": "Nope."})
    own = style(
        {
            "unauthenticated": {"message": "Nope."},
            "missing-credentials": {"status": 400, "message": "Token not provided"},
        }
    )
    answer = own.render(MockError(ErrorKind.MISSING_CREDENTIALS), None)
    assert (answer.status, answer.body) == (400, {"message": "Token not provided"})
    routes = style({"not-found": {"message": "Not here."}})
    assert routes.render(MockError(ErrorKind.ROUTE_NOT_FOUND, params={"path": "/x"}), None).body == {
        "message": "Not here."
    }
    assert routes.render(MockError(ErrorKind.CONFLICT), None).body == {
        "message": NEUTRAL["conflict"]["message"]
    }


def test_body_templates() -> None:
    declared = style(
        {
            "body": {
                "status": "{status}",
                "kind": "{kind}",
                "detail": "{message} ({reason})",
                "all": "{error_messages}",
                "first": "{first_error}",
                "where": "at {path}",
                "list": ["{first_error}", "fixed"],
                "ok": False,
            },
            "fields": {
                "attribute": "sentence",
                "key": "brackets",
                "messages": {"required": "{attribute} can't be blank"},
            },
        }
    )
    problems = [
        FieldProblem(("user", "first_name"), "required"),
        FieldProblem(("tags", 0), "minLength", {"limit": 2}),
    ]
    answer = declared.render(MockError(ErrorKind.VALIDATION, errors=problems), None)
    assert answer.body == {
        "status": 422,
        "kind": "validation",
        "detail": "The request is invalid. (Unprocessable Entity)",
        "all": ["User[first name] can't be blank", "Tags[0] must be at least 2 characters long."],
        "first": "User[first name] can't be blank",
        "list": ["User[first name] can't be blank", "fixed"],
        "ok": False,
    }
    # Without field errors, the members that quote them (and a parameter this kind lacks) are left out.
    assert declared.render(not_found(), None).body == {
        "status": 404,
        "kind": "not-found",
        "detail": "The resource does not exist. (Not Found)",
        "list": ["fixed"],
        "ok": False,
    }


def test_messages_fields_and_alternatives() -> None:
    declared = style(
        {
            "validation": {"status": 400, "message": "{first_error}"},
            "too-large": {"message": ["{first_error}", "At most {kilobytes} KB."]},
            "fields": {
                "attribute": "words",
                "messages": {"default": "The {attribute} is wrong.", "maximum": "{field} <= {limit}"},
            },
        }
    )
    problems = [
        FieldProblem(("page_count",), "multipleOf", {"limit": 4.0}),
        FieldProblem(("size",), "maximum", {"limit": 10}),
    ]
    answer = declared.render(MockError(ErrorKind.VALIDATION, errors=problems), None)
    # A rule the style does not word takes the style's default before the neutral wording.
    assert answer.body == {
        "message": "The page count is wrong.",
        "errors": {"page_count": ["The page count is wrong."], "size": ["size <= 10"]},
    }
    upload = FieldProblem(
        ("file",), "upload-size", {"max_bytes": 2048, "kilobytes": 2}, message="Too big a file."
    )
    assert (
        declared.render(MockError(ErrorKind.TOO_LARGE, errors=[upload], params={"kilobytes": 2}), None).body[
            "message"
        ]
        == "Too big a file."
    )
    assert declared.render(MockError(ErrorKind.TOO_LARGE, params={"kilobytes": 2}), None).body == {
        "message": "At most 2 KB."
    }
    # A vendor module's own message and status win; a bare status stands for its kind.
    own = declared.render(MockError(409, "A story group contains up to 100 stories."), None)
    assert (own.status, own.body) == (409, {"message": "A story group contains up to 100 stories."})
    assert (
        MockError(404).kind is ErrorKind.NOT_FOUND
        and MockError(400, errors={"a": ["b"]}).kind is ErrorKind.VALIDATION
    )
    assert fill("{known} and {unknown}", {"known": 1}) == "1 and {unknown}"


async def test_a_status_the_operation_does_not_declare_falls_back(clock: FakeClock) -> None:
    spec = mini_spec()
    spec["x-mock"]["errors"] = {"forbidden": {"message": "Not yours."}}
    options = MockOptions(clock=clock, rate_limit=None, validate_responses=True, raise_server_errors=True)
    app = build_app(spec, options, vendor=make_mini_vendor())
    async with client_for(app) as client:
        app.state.mock.state.fragile_mode = "forbidden"  # GET /fragile declares 401, not 403
        answer = await client.get("/fragile", headers=await user_headers(client))
        assert answer.status_code == 401 and answer.json() == {"message": "Not yours."}


# -- the present vendors' styles, over HTTP in process -------------------------------------------


def strict(clock: FakeClock) -> MockOptions:
    return MockOptions(clock=clock, rate_limit=None, validate_responses=True, raise_server_errors=True)


@pytest.fixture
async def jumpstory(clock: FakeClock) -> AsyncIterator[httpx.AsyncClient]:
    async with client_for(load_vendor_app("jumpstory", GENERATED, strict(clock))) as client:
        yield client


async def test_jumpstory_speaks_laravel(jumpstory: httpx.AsyncClient) -> None:
    admin = {"Authorization": "Bearer demo-admin-key"}
    invalid = await jumpstory.post("/v1/user", json={"metadata": "x"}, headers=admin)
    assert invalid.status_code == 422
    assert invalid.json() == {
        "message": "The given data was invalid.",
        "errors": {
            "user_id": ["The user id field is required."],
            "metadata": ["The metadata field must be an object."],
        },
    }
    assert (await jumpstory.get("/v1/user")).json() == {"message": "Unauthenticated."}
    token = (await jumpstory.post("/v1/user", json={"user_id": "u1"}, headers=admin)).json()["token"]
    user = {"Authorization": f"Bearer {token}"}
    missing = await jumpstory.get("/v1/archive/file/abc", headers=user)
    assert missing.status_code == 404 and missing.json() == {"message": "Not Found."}
    assert (await jumpstory.get("/v1/user", headers=user)).json() == {
        "message": "This action is unauthorized."
    }
    nowhere = await jumpstory.get("/v1/nowhere")
    assert nowhere.status_code == 404 and nowhere.json() == {
        "message": "The route v1/nowhere could not be found."
    }
    patched = await jumpstory.patch("/v1/user")
    assert patched.json() == {
        "message": "The PATCH method is not supported for route v1/user. Supported methods: GET, POST."
    }


async def test_printiki_speaks_its_responses_section(clock: FakeClock) -> None:
    async with client_for(load_vendor_app("printiki", GENERATED, strict(clock))) as client:
        client.base_url = httpx.URL("http://testserver/api")
        missing = await client.get("/user/cognito")
        assert missing.status_code == 401
        assert missing.json() == {"message": "Authorization error. Please reauthenticate and try again."}
        session = (
            await client.post("/auth/login", json={"username": "demo", "password": "demo-password"})
        ).json()
        refresh = {"Authorization": f"Bearer {session['refresh_token']}"}
        forbidden = await client.get("/user/cognito", headers=refresh)
        assert forbidden.status_code == 403
        assert forbidden.json() == {"message": "You don't have necessary permissions for the resource."}
        invalid = await client.post("/auth/login", json={"username": "demo"})
        assert invalid.status_code == 400
        assert invalid.json() == {
            "message": "The server cannot or will not process the request due to something that is perceived to be a client error.",
            "errors": {"password": ["password is required."]},
        }
        unknown = await client.get(
            "/user/abc/photos", headers={"Authorization": f"Bearer {session['access_token']}"}
        )
        assert (
            unknown.status_code == 400
        )  # no 404 in Printiki's docs: the not-found of an invalid id falls back
        put = await client.put("/auth/refresh")
        assert put.status_code == 405 and put.json()["message"].startswith(
            "A request was made of a resource using a request method not supported by that resource"
        )


async def test_storyly_speaks_its_envelope(clock: FakeClock) -> None:
    options = MockOptions(
        credentials={"token": "t"},
        clock=clock,
        rate_limit=None,
        validate_responses=True,
        raise_server_errors=True,
    )
    async with client_for(load_vendor_app("storyly", GENERATED, options)) as client:
        client.base_url = httpx.URL("http://testserver/external")
        assert (await client.get("/app", params={"token": "wrong"})).json() == {
            "status": "error",
            "message": "invalid token",
        }
        assert (await client.get("/app")).json() == {"status": "error", "message": "token required"}
        invalid = await client.get("/story-group", params={"token": "t", "story_group_id": "x"})
        assert invalid.status_code == 422
        assert invalid.json() == {
            "status": "error",
            "message": "invalid request",
            "errors": {"story_group_id": ["story_group_id must be an integer."]},
        }
        missing = await client.get("/story-group", params={"token": "t", "story_group_id": "999"})
        assert missing.status_code == 404
        assert missing.json() == {
            "status": "error",
            "message": "Story group 999 not found.",
        }  # the module's words
        nowhere = await client.get("/nowhere", params={"token": "t"})
        assert nowhere.status_code == 404 and nowhere.json() == {"status": "error", "message": "not found"}


def test_keys_types_and_the_rules_the_validator_reports() -> None:
    from generator.mock.schemas import SchemaRegistry
    from generator.model import load_api

    document = mini_spec()
    document["components"]["schemas"]["Strict"] = {
        "type": "object",
        "unevaluatedProperties": False,
        "properties": {
            "pages": {"type": "integer", "multipleOf": 4},
            "when": {"type": ["string", "null"]},
            "either": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
        },
    }
    api = load_api(document, "mini")
    problems = SchemaRegistry(api.document, "mini").problems(
        api.resolver.at("/components/schemas/Strict"),
        {"pages": 6, "when": 1, "either": [], "extra": 1},
        root=("data",),
    )
    assert {(problem.path, problem.rule) for problem in problems} == {
        (("data", "pages"), "multipleOf"),
        (("data", "when"), "type"),
        (("data", "either"), "anyOf"),
        (("data", "extra"), "additionalProperties"),
    }
    declared = style(
        {
            "route-not-found": {"message": "{method} {path}: no such route"},
            "fields": {"key": "pointer", "types": {"null": "nothing"}, "type-separator": " / "},
        }
    )
    rendered = declared.render(MockError(ErrorKind.VALIDATION, errors=problems), None).body["errors"]
    assert rendered == {
        "/data/pages": ["/data/pages must be a multiple of 4."],
        "/data/when": ["/data/when must be nothing / a string."],
        "/data/either": ["/data/either is invalid (anyOf)."],
        "/data/extra": ["/data/extra is not allowed."],
    }
    route = declared.render(
        MockError(ErrorKind.ROUTE_NOT_FOUND, params={"method": "GET", "path": "/x", "route": "x"}), None
    )
    assert route.body == {"message": "GET /x: no such route"}
    gone = declared.render(MockError(410, "Gone for good."), None)
    assert MockError(410).kind is ErrorKind.OTHER and (gone.status, gone.body) == (
        410,
        {"message": "Gone for good."},
    )
