"""Obtaining the credentials an operation needs, for fuzzing, from the `AuthPlan`.

Why not a fixed `Authorization` header: operations of one vendor need different credentials
(JumpStory's `/v1/user*` take the partnership admin secret, everything else a user JWT that another
operation issues and that expires after 900 s; Printiki a login token; Storyly a query parameter).
`FuzzAuth` gives each operation what its `security` requires, obtained the way a partner's code
would, for every kind of `generator.runtime.schemes`: static bearers, API keys (query, header or
cookie) and HTTP basic (with its extra headers) as they are; issued bearers by calling the issuing
operation (after creating the fuzz subject once, when tokens are per subject); OAuth 2.0
authorization code by the refresh-token grant at the token endpoint with the demo client and
refresh token, else with a held access token, else by the whole authorization-code flow (which
needs an authorization server that approves at once, as the mock's does). It does not cache
tokens: its caller (schemathesis' caching auth provider, see `provider`) keeps them for their
documented lifetime and asks again after a 401, which also covers a subject that the fuzzing
itself deleted.
"""

from __future__ import annotations

import base64
import secrets
import threading
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote_plus

import httpx

from generator.fuzz.plan import AuthPlan, OperationRef, expand_path, fill_subject
from generator.runtime.schemes import (
    ApiKey,
    HttpBasic,
    IssuedBearer,
    OAuth2AuthorizationCode,
    StaticBearer,
    TokenCall,
)

DEFAULT_SUBJECT = "vendorkit-fuzz"
REDIRECT_URI = "http://127.0.0.1/vendorkit-fuzz/callback"
"""Where fuzzing asks an OAuth 2.0 authorization server to send the code (never fetched: the code
is read from the redirect's `Location`)."""
HttpFactory = Callable[[], httpx.Client]


class FuzzAuthError(Exception):
    """A credential could not be obtained (the issuing operation failed or answered without a token)."""


@dataclass(frozen=True)
class Credential:
    """One value to put on a request: a header, query parameter or cookie."""

    location: str  # "header" | "query" | "cookie"
    name: str
    value: str
    secret: bool = True

    def __repr__(self) -> str:  # never the value, even in a traceback's locals
        return f"Credential({self.location}:{self.name}=***)"


class FuzzAuth:
    """Gives each operation the credentials its `security` requires, obtaining tokens when needed.

    `http` builds the client that calls provisioning and issuing operations: an `httpx.Client` with
    the server's base URL, or one whose transport calls an in-process app. It is built on first use, so
    the server may start after this object is made. `mock`: the server is a vendorkit mock, which
    serves an OAuth 2.0 authorization server of another host (`https://auth.vendor.com/oauth/token`)
    at its path; against the real API such URLs are called as they are.
    """

    def __init__(
        self, plan: AuthPlan, http: HttpFactory, *, subject: str = DEFAULT_SUBJECT, mock: bool = False
    ) -> None:
        self.plan = plan
        self.subject = subject
        self.mock = mock
        self._http_factory = http
        self._http: httpx.Client | None = None
        self._lock = threading.RLock()
        self._provisioned: set[str] = set()
        self._seen: list[str] = []
        self._refresh_tokens: dict[str, str] = {}  # OAuth2: the latest refresh token per scheme

    def __repr__(self) -> str:
        return f"FuzzAuth(vendor={self.plan.vendor!r}, subject={self.subject!r})"

    @property
    def secrets(self) -> tuple[str, ...]:
        """Every secret value used so far (secret credentials, issued tokens, encodings), for redaction."""
        with self._lock:
            return (*self.plan.secrets, *self._seen)

    def ensure_subjects(self) -> None:
        """Create the fuzz subject of every scheme that has a provisioning operation."""
        with self._lock:
            for name in self.plan.provisioning:
                if name not in self._provisioned:
                    self._provision(name)

    def forget_subjects(self) -> None:
        """Provision subjects again before the next token, start again from the demo refresh tokens
        (the server's state was reset)."""
        with self._lock:
            self._provisioned.clear()
            self._refresh_tokens.clear()

    def close(self) -> None:
        with self._lock:
            if self._http is not None:
                self._http.close()
                self._http = None

    def credentials_for(self, method: str, path: str) -> list[Credential] | None:
        """What to send for the operation `method path` (a spec path template); None: no auth."""
        requirement = self.plan.requirement_for(method, path)
        if not requirement:
            return None
        return [credential for name in requirement for credential in self._credentials(name)]

    def for_subject(self, subject: str) -> FuzzAuth:
        """The same authentication for another subject (a second user, for isolation tests)."""
        return FuzzAuth(self.plan, self._http_factory, subject=subject, mock=self.mock)

    def credentials_of(self, scheme: str) -> list[Credential]:
        """What the scheme `scheme` puts on a request (a token is obtained when it issues one); for
        tests that send one scheme's credential where another is required."""
        return self._credentials(scheme)

    # -- schemes ----------------------------------------------------------------------------------

    def _fill(self, template: str) -> str:
        if template.startswith("$credential."):
            return self.plan.credentials[template.removeprefix("$credential.")]
        if template == "$subject":
            return self.subject
        return template

    def _is_secret(self, *templates: str) -> bool:
        return any(t.removeprefix("$credential.") in self.plan.secret_credentials for t in templates)

    def _credentials(self, name: str) -> list[Credential]:
        scheme = self.plan.schemes[name]
        if isinstance(scheme, StaticBearer):
            key = "$credential." + scheme.credential
            return [
                Credential("header", "Authorization", "Bearer " + self._fill(key), self._is_secret(key)),
                *self._headers(scheme.headers),
            ]
        if isinstance(scheme, ApiKey):
            key = "$credential." + scheme.credential
            return [Credential(scheme.location, scheme.name, self._fill(key), self._is_secret(key))]
        if isinstance(scheme, HttpBasic):
            pair = f"{self._fill(scheme.username)}:{self._fill(scheme.password)}".encode()
            value = "Basic " + base64.b64encode(pair).decode()
            secret = self._is_secret(scheme.username, scheme.password)
            return [
                Credential("header", "Authorization", self._remember(value, secret), secret),
                *self._headers(scheme.headers),
            ]
        return [Credential("header", "Authorization", "Bearer " + self.issue(name))]

    def _credential(self, name: str | None) -> str | None:
        """The value of a credential the plan has (None: no such credential, or none declared)."""
        return self.plan.credentials.get(name) if name is not None else None

    def _headers(self, templates: Any) -> list[Credential]:
        return [
            Credential("header", h, self._fill(t), self._is_secret(t)) for h, t in dict(templates).items()
        ]

    def _remember(self, value: str, secret: bool = True) -> str:
        if secret:
            with self._lock:
                if value not in self._seen:
                    self._seen.append(value)
        return value

    # -- issued tokens ----------------------------------------------------------------------------

    def issue(self, name: str) -> str:
        """A new token of the issued or OAuth2 scheme `name` (for the fuzz subject when it takes one)."""
        scheme = self.plan.schemes[name]
        if isinstance(scheme, OAuth2AuthorizationCode):
            with self._lock:
                return self._remember(self._oauth2_token(name, scheme))
        assert isinstance(scheme, IssuedBearer)
        with self._lock:
            if scheme.issue is None:
                assert scheme.initial_token is not None  # AuthPlan.satisfiable checked it
                return self._remember(self._fill(scheme.initial_token))
            if name in self.plan.provisioning and name not in self._provisioned:
                self._provision(name)
            response = self._token_call(scheme.issue)
            if response.status_code == 404 and name in self.plan.provisioning:
                # The subject is gone (fuzzing may delete it): create it again, then retry once.
                self._provision(name)
                response = self._token_call(scheme.issue)
            return self._remember(self._token_from(name, scheme, response))

    def _token_call(self, call: TokenCall) -> httpx.Response:
        path = expand_path(call.path, {key: self._fill(value) for key, value in call.path_params.items()})
        query = {key: self._fill(value) for key, value in call.query.items()}
        body = (
            {key: self._fill(value) for key, value in (call.body or {}).items()}
            if call.body is not None
            else None
        )
        credentials = [c for name in ((call.auth,) if call.auth else ()) for c in self._credentials(name)]
        form = call.body_format == "form"
        return self._send(
            call.method,
            path,
            credentials,
            json=None if form else body,
            data=body if form else None,
            query=query,
        )

    def _provision(self, name: str) -> None:
        provisioning = self.plan.provisioning[name]
        operation = provisioning.operation
        params = {key: fill_subject(value, self.subject) for key, value in provisioning.path_params.items()}
        requirement = self.plan.requirement_for(operation.method, operation.path)
        credentials = [c for scheme in requirement for c in self._credentials(scheme)]
        response = self._send(
            operation.method,
            expand_path(operation.path, params),
            credentials,
            json=fill_subject(provisioning.body, self.subject),
        )
        # 409 / 422 "taken": the subject exists already (a server that outlived an earlier run).
        if response.status_code >= 500 or response.status_code in {401, 403}:
            raise FuzzAuthError(
                f"creating the fuzz subject {self.subject!r} with {_describe(operation)} failed with HTTP "
                f"{response.status_code}"
            )
        self._provisioned.add(name)

    def _token_from(self, name: str, scheme: IssuedBearer, response: httpx.Response) -> str:
        assert scheme.issue is not None
        where = f"{scheme.issue.method} {scheme.issue.path} (the issuer of {name})"
        token_field = scheme.answer.token_field
        if not 200 <= response.status_code < 300:
            raise FuzzAuthError(f"{where} failed with HTTP {response.status_code}")
        try:
            value: Any = response.json()
            for part in token_field.split("."):
                value = value[part]
        except (ValueError, KeyError, TypeError):
            raise FuzzAuthError(f"the answer of {where} has no {token_field!r} field") from None
        if not isinstance(value, str) or not value:
            raise FuzzAuthError(f"the {token_field!r} field of the answer of {where} is not a string")
        return value

    # -- OAuth 2.0 authorization code -----------------------------------------------------------

    def _oauth2_token(self, name: str, scheme: OAuth2AuthorizationCode) -> str:
        """An access token: refreshed (RFC 6749 §6) with the latest refresh token or the demo one,
        else the one the user holds, else from the authorization-code flow (§4.1). A refresh token
        the fuzzing revoked (or the server rotated away) falls through to the next way."""
        failures: list[str] = []
        held = (self._refresh_tokens.get(name), self._credential(scheme.refresh_token))
        for refresh in dict.fromkeys(token for token in held if token):
            form = {"grant_type": "refresh_token", "refresh_token": self._remember(refresh)}
            try:
                return self._oauth2_answer(name, scheme, scheme.refresh_url or scheme.token_url, form)
            except FuzzAuthError as error:
                failures.append(str(error))
                self._refresh_tokens.pop(name, None)
        access = self._credential(scheme.access_token)
        if access is not None:
            return access
        try:
            code = self._authorization_code(name, scheme)
            form = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT_URI}
            return self._oauth2_answer(name, scheme, scheme.token_url, form)
        except FuzzAuthError as error:
            raise FuzzAuthError("; ".join([*failures, str(error)])) from None

    def _authorization_code(self, name: str, scheme: OAuth2AuthorizationCode) -> str:
        """Ask the authorization endpoint for a code and read it from the redirect (§4.1.1-2)."""
        state = secrets.token_urlsafe(16)
        params = {
            "response_type": "code",
            "client_id": self.plan.credentials[scheme.client_id],
            "redirect_uri": REDIRECT_URI,
            "state": state,
        }
        if scheme.scopes:
            params["scope"] = " ".join(scheme.scopes)
        where = f"the authorization endpoint of {name} ({scheme.authorization_url})"
        response = self._client().get(
            self._endpoint(scheme.authorization_url), params=params, follow_redirects=False
        )
        location = response.headers.get("Location") if response.is_redirect else None
        if location is None:
            raise FuzzAuthError(
                f"{where} answered HTTP {response.status_code} without a redirect: it waits for a user, "
                "so give the fuzz run a refresh token or an access token (x-mock.credentials) instead"
            )
        answer = httpx.URL(location).params
        if answer.get("state") != state:
            raise FuzzAuthError(f"{where} redirected with another state than the one sent")
        code = answer.get("code")
        if not code:
            error = answer.get("error") or "no code"
            raise FuzzAuthError(f"{where} redirected without a code ({error})")
        return self._remember(code)

    def _endpoint(self, url: str) -> str:
        """An OAuth 2.0 endpoint URL as this run calls it: relative ones against the server's base URL,
        and, on a mock, an absolute one of another host at its path on the mock."""
        parsed = httpx.URL(url)
        if self.mock and parsed.is_absolute_url:
            return parsed.copy_with(scheme=None, host=None, port=None).raw_path.decode("ascii")
        return url

    def _oauth2_answer(
        self, name: str, scheme: OAuth2AuthorizationCode, url: str, form: dict[str, str]
    ) -> str:
        """POST `form` to a token endpoint with the client's authentication (§2.3.1) and read the
        access token (and a new refresh token, when the server rotates them) from the answer (§5.1)."""
        client_id = self.plan.credentials[scheme.client_id]
        secret = self._credential(scheme.client_secret)
        headers = {"Accept": "application/json"}
        if scheme.client_authentication == "basic" and secret is not None:
            pair = f"{quote_plus(client_id)}:{quote_plus(secret)}".encode()
            headers["Authorization"] = self._remember("Basic " + base64.b64encode(pair).decode())
        else:
            form = {
                **form,
                "client_id": client_id,
                **({"client_secret": secret} if secret is not None else {}),
            }
        response = self._client().post(self._endpoint(url), data=form, headers=headers)
        where = f"the token endpoint of {name} ({url}, {form['grant_type']})"
        if not 200 <= response.status_code < 300:
            raise FuzzAuthError(f"{where} failed with HTTP {response.status_code}")
        try:
            answer = response.json()
        except ValueError:
            raise FuzzAuthError(f"the answer of {where} is not JSON") from None
        token = answer.get("access_token") if isinstance(answer, dict) else None
        if not isinstance(token, str) or not token:
            raise FuzzAuthError(f"the answer of {where} has no access_token")
        rotated = answer.get("refresh_token")
        if isinstance(rotated, str) and rotated:
            self._refresh_tokens[name] = self._remember(rotated)
        return token

    def _client(self) -> httpx.Client:
        if self._http is None:
            self._http = self._http_factory()
        return self._http

    def _send(
        self,
        method: str,
        path: str,
        credentials: list[Credential],
        *,
        json: Any = None,
        data: Any = None,
        query: dict[str, str] | None = None,
    ) -> httpx.Response:
        headers: dict[str, str] = {"Accept": "application/json"}
        params: dict[str, str] = dict(query or {})
        cookies: dict[str, str] = {}
        apply_credentials(credentials, headers=headers, query=params, cookies=cookies)
        return self._client().request(
            method, path, json=json, data=data, headers=headers, params=params, cookies=cookies or None
        )


def _describe(operation: OperationRef) -> str:
    return f"{operation.operation_id} ({operation.method} {operation.path})"


def apply_credentials(
    credentials: list[Credential],
    *,
    headers: MutableMapping[str, Any],
    query: MutableMapping[str, Any],
    cookies: MutableMapping[str, Any],
) -> None:
    """Put each credential where its scheme says (header, query parameter or cookie)."""
    for credential in credentials:
        target = {"header": headers, "query": query, "cookie": cookies}[credential.location]
        if credential.location == "header":
            # Drop any generated spelling of the same header, whatever its case.
            for key in [k for k in target if str(k).lower() == credential.name.lower()]:
                del target[key]
        target[credential.name] = credential.value
