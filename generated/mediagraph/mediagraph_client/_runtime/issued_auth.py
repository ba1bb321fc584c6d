"""A bearer token that the API issues from one of its own operations (`IssuedBearer`).

The ways vendors issue and renew, all from the scheme's data: a login with credentials in the
body (Printiki, Jilster), a token an admin credential issues for a subject (JumpStory's user
tokens), renewal with a refresh token (Printiki), renewal by posting the expired token within a
refresh window (Jilster), and tokens the user already holds (`initial_token`). Renewal refreshes
while that is possible and issues anew otherwise; when renewal happens is `TokenKeeper`'s part.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from .clock import SYSTEM_CLOCK, Clock
from .credentials import Credentials
from .flows import Flow, ReadBody
from .plain_auth import PlainAuth
from .redaction import Secret
from .schemes import REFRESH_TOKEN, TOKEN, IssuedBearer, TokenCall
from .token_auth import (
    HeldToken,
    RefreshWindowExpiredError,
    TokenKeeper,
    TokenRenewalError,
    held,
    jwt_expiry,
    read_token_answer,
)


class IssuedBearerAuth(TokenKeeper):
    """Issues, renews and sends one `IssuedBearer` token.

    `call_auth` holds the plain schemes a token call may be authenticated with (`TokenCall.auth`,
    e.g. JumpStory's admin secret); `base_path` is the path of the client's base URL, which the
    token calls' paths (spec paths) follow.
    """

    def __init__(
        self,
        scheme: IssuedBearer,
        credentials: Credentials,
        *,
        call_auth: Mapping[str, PlainAuth] | None = None,
        base_path: str = "",
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        super().__init__(
            clock=clock,
            renew_before_seconds=scheme.renew_before_seconds,
            renew_on_401=scheme.renew_on_401,
        )
        self.scheme = scheme
        self._credentials = credentials
        self._call_auth = dict(call_auth or {})
        self._base_path = base_path.rstrip("/")
        self._can_issue = self._callable(scheme.issue)
        self._can_call_refresh = self._callable(scheme.refresh)
        self.token = self._initial_token()

    def __repr__(self) -> str:
        return f"IssuedBearerAuth(credentials={self._credentials!r})"

    def _callable(self, call: TokenCall | None) -> bool:
        """Whether the client holds what the call needs (tokens aside, which renewal checks)."""
        if call is None:
            return False
        needed = [template for template in call.templates() if template not in (TOKEN, REFRESH_TOKEN)]
        auth = self._call_auth.get(call.auth) if call.auth else None
        return self._credentials.has_all(needed) and (call.auth is None or (auth is not None and auth.satisfiable()))

    def _initial_token(self) -> HeldToken | None:
        """A token the user passed in, valid for the documented lifetime (or until its `exp`)."""
        scheme, credentials = self.scheme, self._credentials
        if not scheme.initial_token or not credentials.has(scheme.initial_token):
            return None
        value = credentials.fill(scheme.initial_token)
        refresh_template = scheme.initial_refresh_token
        refresh = (
            Secret(credentials.fill(refresh_template))
            if refresh_template and credentials.has(refresh_template)
            else None
        )
        lifetime = scheme.lifetime_seconds
        expiry = jwt_expiry(value) if scheme.answer.lifetime_from_jwt else None
        if expiry is not None:
            lifetime = expiry - self.clock.time()
        return HeldToken(Secret(value), self.clock.monotonic() + lifetime, max(lifetime, 0.0), refresh)

    def _can_refresh(self, current: HeldToken | None) -> bool:
        if not self._can_call_refresh or current is None:
            return False
        if current.refreshable_until is not None and self.clock.monotonic() >= current.refreshable_until:
            return False
        return (current.refresh if self.scheme.renewal == "refresh-token" else current.value) is not None

    def can_renew(self, current: HeldToken | None) -> bool:
        return self._can_issue or self._can_refresh(current) or self._window_over(current)

    def _window_over(self, current: HeldToken | None) -> bool:
        """Whether the session's refresh window is over and the scheme says to stop there."""
        return (
            self.scheme.after_refresh_window == "error"
            and current is not None
            and current.refreshable_until is not None
            and self.clock.monotonic() >= current.refreshable_until
        )

    def reauthenticate(self) -> None:
        """Forget the session, so the next call logs in again (after `RefreshWindowExpiredError`)."""
        self.token = None

    def renewal(self, request: httpx.Request, current: HeldToken | None) -> Flow[HeldToken]:
        """Refresh while possible (a refused refresh falls back to issuing), else issue anew."""
        scheme = self.scheme
        if self._can_refresh(current):
            assert scheme.refresh is not None and current is not None
            response = yield self._token_request(request, scheme.refresh, current)
            yield ReadBody(response)
            if response.status_code < 400 or not self._can_issue:
                facts = read_token_answer(response, scheme.answer, self.clock)
                window = current.refreshable_until or self._refresh_window()
                return held(facts, self.clock, scheme.lifetime_seconds, current, window)
        if self._window_over(current):
            hours = (scheme.refreshable_seconds or 0) / 3600
            raise RefreshWindowExpiredError(
                f"the session's refresh window ({hours:g} hours after the login to "
                f"{scheme.issue.path if scheme.issue else 'the API'}) is over: the token can no longer be "
                "refreshed; log in again with client.reauthenticate() or a new client"
            )
        if scheme.issue is None or not self._can_issue:
            raise TokenRenewalError("the token expired and can be neither refreshed nor issued anew")
        response = yield self._token_request(request, scheme.issue, None)
        yield ReadBody(response)
        facts = read_token_answer(response, scheme.answer, self.clock)
        return held(facts, self.clock, scheme.lifetime_seconds, None, self._refresh_window())

    def _refresh_window(self) -> float | None:
        seconds = self.scheme.refreshable_seconds
        return self.clock.monotonic() + seconds if seconds is not None else None

    def _token_request(self, template: httpx.Request, call: TokenCall, token: HeldToken | None) -> httpx.Request:
        """The token call as a request to the same host as `template`, with its timeout."""
        current, refresh = (token.value, token.refresh) if token else (None, None)

        def fill(value: str) -> str:
            return self._credentials.fill(value, current, refresh)

        path = call.path
        for name, value in call.path_params.items():
            path = path.replace("{" + name + "}", quote(fill(value), safe=""))
        url = template.url.copy_with(path=self._base_path + path, query=None)
        if call.query:
            url = url.copy_merge_params({name: fill(value) for name, value in call.query.items()})
        content: dict[str, Any] = {}
        if call.body is not None:
            payload = {key: fill(value) for key, value in call.body.items()}
            content["data" if call.body_format == "form" else "json"] = payload
        request = httpx.Request(
            call.method,
            url,
            headers={"Accept": "application/json"},
            extensions={"timeout": template.extensions.get("timeout", {})},
            **content,
        )
        if call.bearer:
            request.headers["Authorization"] = f"Bearer {fill(call.bearer)}"
        elif call.auth:
            self._call_auth[call.auth].apply(request)
        return request
