"""Printiki's business rules for the mock engine (one handler per operationId of the spec).

The engine has already authenticated the request (nothing on Login, the refresh token on Refresh
token, the access token elsewhere -- each token only where its scheme is required), and validated
path, query and body against the spec, including the patterns that admit exactly the JSON objects
`where` and `search` may hold. Handlers therefore deal with state and the query language only.

- Login checks username and password against the seeded accounts (`_printiki_state`) and answers
  201 with an access token and a refresh token, both issued by the engine's token service under
  their own schemes (so neither works where the other belongs), and `expires`, the access token's
  expiry as a Unix time in a string.
- Refresh token answers a new access token for the refresh token's user, and the same refresh token.
- Cognito answers a stable identity id per user and a signed OpenID token.
- Get user photos / products are declared lists of the user's own records (overlays/printiki/
  quirks.yaml, "Mock resources": ownership, offset paging with X-Total-Records and the next and
  previous URLs); here: the query language (`_printiki_query`: where, search, after, before,
  groupby, orderby, fields), and another user's id refused with 403 ("You don't have necessary
  permissions for the resource"), whether or not that user exists.

Records are validated through the generated pydantic models once, when the data is seeded, so the
seeded data cannot drift from the response schemas unnoticed.
"""

from __future__ import annotations

import functools
import hashlib
import math
import uuid
from typing import Any, Final

import jwt

from generator.mock.context import RequestContext
from generator.mock.errors import MockError, MockSetupError, forbidden
from generator.mock.resources import Step
from generator.mock.responses import MockResponse, json_response
from generator.mock.vendors import MockVendor, VendorSetup, require_models
from generator.mock.vendors._printiki_query import ListingQuery, project, select
from generator.mock.vendors._printiki_state import Account, PrintikiState, Record, seed_accounts
from generator.model import Api

FORBIDDEN_MESSAGE: Final = "You don't have necessary permissions for the resource."
LOGIN_FAILED_MESSAGE: Final = "Authorization error. Please reauthenticate and try again."
TOKEN_TYPE: Final = "bearer"  # Auth example: "token_type": "bearer"
COGNITO_REGION: Final = "eu-west-1"  # Cognito example: "eu-west-1:9145134e-..."
COGNITO_TOKEN_SECONDS: Final = 900  # GetOpenIdTokenForDeveloperIdentity's default TokenDuration (15 min)
_COGNITO_NAMESPACE: Final = uuid.UUID("9145134e-764f-4399-ab8d-870b4ea6ea2c")  # the docs' example GUID
_MODELS: Final = ("Auth", "CognitoIdentity", "Photo", "Product")
_LOGIN_PREFERENCES: Final[tuple[str, ...]] = ("locale", "countryid", "currency")


def _only_scheme(spec: Api, operation_id: str) -> str:
    """The one security scheme `operation_id` requires (the spec gives each operation one)."""
    security = spec.operation(operation_id).security or ()
    names = {name for requirement in security for name in requirement}
    if len(names) != 1:
        raise MockSetupError("merged spec", operation_id, "expected exactly one security scheme")
    return names.pop()


class Printiki(PrintikiState):
    """The state plus what handlers need from the spec: models and token schemes."""

    def __init__(self, setup: VendorSetup) -> None:
        self.models: Any = require_models(setup, _MODELS)
        credentials = {**setup.spec.mock.defaults(), **setup.options.credentials}
        if not credentials.get("username") or not credentials.get("password"):
            raise MockSetupError("merged spec", "/x-mock/credentials", "needs a username and a password")
        accounts = []
        for seeded in self._seeded(setup.options.seed, credentials["username"], credentials["password"]):
            # The store keeps (copies of) the records; the account lists what it stored.
            account = Account(user=dict(seeded.user), username=seeded.username, password=seeded.password)
            account.photos = [setup.store["photos"].add(record) for record in seeded.photos]
            account.products = [setup.store["products"].add(record) for record in seeded.products]
            accounts.append(account)
        super().__init__(accounts)
        self.access_scheme = _only_scheme(setup.spec, "getCognitoIdentity")
        self.refresh_scheme = _only_scheme(setup.spec, "refreshToken")
        if self.access_scheme == self.refresh_scheme:
            raise MockSetupError("merged spec", "/x-auth/schemes", "refresh and access tokens share a scheme")
        self.cognito_secret = hashlib.sha256(f"printiki-cognito-{setup.options.seed}".encode()).digest()
        # The OpenID token of each account's last cognito call, by the second it was issued in.
        self.cognito_tokens: dict[int, tuple[int, str]] = {}

    def _seeded(self, seed: int, username: str, password: str) -> list[Account]:
        """The seeded accounts with their records validated and dumped by the models: the same for
        the same seed, credentials and models, so made once per process and copied by each mock
        (`Store.add` copies a record; they hold only strings, numbers and nulls). Seeding 13,800
        records took about 40 ms, on every start and every reset (the fuzz tests reset per operation)."""
        key = (seed, username, password, id(self.models))
        cached = _SEEDED.get(key)
        if cached is None or cached[0] is not self.models:
            accounts = seed_accounts(seed, username, password)
            for account in accounts:
                account.photos = [self.dump("Photo", record) for record in account.photos]
                account.products = [self.dump("Product", record) for record in account.products]
            flat = all(
                isinstance(value, str | int | float | bool | None)
                for account in accounts
                for record in (*account.photos, *account.products)
                for value in record.values()
            )
            if not flat:  # a nested value would be shared between mocks: made anew every time
                return accounts
            cached = _SEEDED[key] = (self.models, accounts)
        return cached[1]

    def dump(self, model: str, data: Any) -> Any:
        """`data` validated by the generated model `model` and dumped as JSON-ready values (the
        fields given, nulls included: null is a documented value of several Photo fields)."""
        return getattr(self.models, model).model_validate(data).model_dump(mode="json", exclude_unset=True)


_SEEDED: dict[tuple[int, str, str, int], tuple[Any, list[Account]]] = {}
"""Seed, credentials and models -> the seeded accounts (see `Printiki._seeded`); never changed."""

VENDOR: MockVendor[Printiki] = MockVendor("printiki", Printiki, needs_models=True)
Context = RequestContext[Printiki]


# -- authorization -----------------------------------------------------------------------------------


# The claims of the docs' example access token besides iat/exp (Auth > access_token, decoded):
# {"iss": "hema", "data": {"id": 878, "affiliateid": 0, "currency": "EUR", "language": "nl",
#  "countryid": 150, "email": ..., "first_name": ..., "last_name": ..., "temporary": 0}}.
TOKEN_ISSUER: Final = "hema"
TOKEN_USER_FIELDS: Final = (
    "id",
    "affiliateid",
    "currency",
    "language",
    "countryid",
    "email",
    "first_name",
    "last_name",
    "temporary",
)


def _token_claims(account: Account) -> dict[str, Any]:
    """The documented claims: no documented operation returns the logged-in user's id, so a user
    following the docs reads it from the token's `data` (issue 14). The language, country and
    currency chosen at the login are the session's (Login takes locale, countryid and currency)."""
    user, session = account.user, account.session
    chosen: dict[str, Any] = {"affiliateid": user.get("affiliateid") or 0}
    if session.get("locale") is not None:
        chosen["language"] = session["locale"]
    if session.get("countryid", "").isdigit():
        chosen["countryid"] = int(session["countryid"])
    if session.get("currency") is not None:
        chosen["currency"] = session["currency"]
    data = {
        name: chosen[name] if name in chosen else user[name]
        for name in TOKEN_USER_FIELDS
        if name in chosen or name in user
    }
    return {"iss": TOKEN_ISSUER, "data": data}


def _auth_body(ctx: Context, account: Account, refresh_token: str) -> dict[str, str]:
    # The docs' Unix-time string of the token's `exp` claim, rounded down (a client never believes
    # a token valid longer than it is); read from the issue, not decoded back from the token.
    # Four strings, as the generated `Auth` model types them: not validated through it on every
    # login and refresh (a tenth of a login's work); `tests/mock/test_printiki.py` holds the two equal.
    issued = ctx.tokens.issue_token(
        ctx.state.access_scheme, str(account.id), extra_claims=_token_claims(account)
    )
    return {
        "expires": str(issued.expires_at),
        "access_token": issued.token,
        "refresh_token": refresh_token,
        "token_type": TOKEN_TYPE,
    }


def _account(ctx: Context) -> Account:
    """The account whose token authenticated the request."""
    account = ctx.state.accounts.get(int(ctx.subject))
    if account is None:  # tokens are only issued for seeded accounts, which are never removed
        raise MockError(401, LOGIN_FAILED_MESSAGE)
    return account


@VENDOR.operation("login")
async def login(ctx: Context) -> MockResponse:
    body = ctx.json_body()
    account = ctx.state.authenticate(body["username"], body["password"])
    if account is None:
        raise MockError(401, LOGIN_FAILED_MESSAGE)
    preferences = {name: str(body[name]) for name in _LOGIN_PREFERENCES if name in body}
    ctx.state.record_login(account, ctx.now(), preferences)
    refresh_token, _ = ctx.tokens.issue(ctx.state.refresh_scheme, str(account.id))
    return json_response(_auth_body(ctx, account, refresh_token), status=201)


@VENDOR.operation("refreshToken")
async def refresh_token(ctx: Context) -> MockResponse:
    """A new access token; the refresh token stays the same (and valid until it expires)."""
    account = _account(ctx)
    presented = ctx.request.headers.get("authorization", "").strip().partition(" ")[2].strip()
    ctx.state.refreshes += 1
    return json_response(_auth_body(ctx, account, presented))


def _cognito_token(secret: bytes, identity_id: str, issued_at: int) -> str:
    """An OpenID token as Cognito gives it: the identity as subject, valid COGNITO_TOKEN_SECONDS."""
    return jwt.encode(
        {
            "iss": "https://cognito-identity.amazonaws.com",
            "sub": identity_id,
            "aud": f"{COGNITO_REGION}:{_COGNITO_NAMESPACE}",
            "amr": ["authenticated", "creator.printiki.com"],
            "iat": issued_at,
            "exp": issued_at + COGNITO_TOKEN_SECONDS,
        },
        secret,
        algorithm="HS256",
        headers={"kid": f"{COGNITO_REGION}1"},
    )


@functools.lru_cache(maxsize=256)
def _identity_id(account_id: int) -> str:
    """The account's Cognito identity id (REGION:GUID), the same every time (a name-based UUID)."""
    return f"{COGNITO_REGION}:{uuid.uuid5(_COGNITO_NAMESPACE, str(account_id))}"


@VENDOR.operation("getCognitoIdentity")
async def get_cognito_identity(ctx: Context) -> MockResponse:
    """The same identity id for the same user every time (REGION:GUID) and a fresh OpenID token."""
    account = _account(ctx)
    identity_id = _identity_id(account.id)
    issued_at = math.floor(ctx.now())
    cached = ctx.state.cognito_tokens.get(account.id)
    if cached is not None and cached[0] == issued_at:
        # The same claims signed again would give the same bytes: signing is ~1/3 of the call.
        token = cached[1]
    else:
        token = _cognito_token(ctx.state.cognito_secret, identity_id, issued_at)
        ctx.state.cognito_tokens[account.id] = (issued_at, token)
    return json_response(ctx.state.dump("CognitoIdentity", {"identityId": identity_id, "token": token}))


# -- user data -----------------------------------------------------------------------------------------


def _query_language(ctx: Context, step: Step, date_field: str | None) -> None:
    """The path's userid must be the caller's own (403 otherwise); the records are the ones the
    query language selects, grouped and ordered, before the engine's offset paging."""
    if ctx.path["userid"] != _account(ctx).id:
        raise forbidden(FORBIDDEN_MESSAGE)
    step.records = select(step.records, ListingQuery.from_query(ctx.query), date_field=date_field)


@VENDOR.rule("getUserPhotos")
def user_photos(ctx: Context, step: Step) -> None:
    _query_language(ctx, step, "photodate")


@VENDOR.rule("getUserProducts")
def user_products(ctx: Context, step: Step) -> None:
    _query_language(ctx, step, None)


def _fields(ctx: Context, record: Record) -> Any:
    """`fields`: the fields each returned record keeps."""
    fields = ctx.query.get("fields")
    return project(record, [str(name) for name in fields] if isinstance(fields, list) else None)


VENDOR.view("photos")(_fields)
VENDOR.view("products")(_fields)
