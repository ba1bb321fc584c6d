"""The values a user gave a client, and the templates of `x-auth` filled from them.

A scheme's configuration says where values come from rather than holding them:
`$credential.<name>` (a constructor argument), `$subject` (whom the client acts for), `$token` and
`$refresh_token` (the tokens held now); anything else is literal (see `schemes.py`). Every auth
kind fills its templates here, so "which credentials does this client hold" has one answer, and
the values stay wrapped in `Secret` until the moment they go on the wire.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .errors import APIError
from .redaction import Secret
from .schemes import CREDENTIAL_PREFIX, REFRESH_TOKEN, SUBJECT, TOKEN, credential_of


class AuthConfigurationError(APIError):
    """The client lacks what an operation's security requirement needs (a credential, a subject,
    a token); raised before the request is sent. The message names what is missing, never a value."""


class Credentials:
    """Named secrets and the subject of one client."""

    def __init__(self, values: Mapping[str, str | None], subject: str | None = None) -> None:
        self._secrets = {name: Secret(value) for name, value in values.items() if value}
        self.subject = subject

    def __repr__(self) -> str:
        return f"Credentials(names={self.names}, subject={self.subject!r})"

    @property
    def names(self) -> list[str]:
        """The names of the credentials given (never their values)."""
        return sorted(self._secrets)

    def get(self, name: str | None) -> Secret | None:
        return self._secrets.get(name) if name else None

    def has(self, template: str) -> bool:
        """Whether `template` can be filled without tokens (`$token`/`$refresh_token` count as fillable)."""
        if template == SUBJECT:
            return self.subject is not None
        name = credential_of(template)
        return name is None or name in self._secrets

    def has_all(self, templates: Iterable[str]) -> bool:
        return all(self.has(template) for template in templates)

    def fill(self, template: str, token: Secret | None = None, refresh_token: Secret | None = None) -> str:
        """The value of a template; raises `AuthConfigurationError` naming what is missing."""
        if template == SUBJECT:
            if self.subject is None:
                raise AuthConfigurationError("this operation needs a subject (e.g. a user id) and none was given")
            return self.subject
        if template.startswith(CREDENTIAL_PREFIX):
            name = template.removeprefix(CREDENTIAL_PREFIX)
            secret = self._secrets.get(name)
            if secret is None:
                raise AuthConfigurationError(f"missing credential {name!r}")
            return secret.reveal()
        if template == TOKEN:
            return token.reveal() if token else ""
        if template == REFRESH_TOKEN:
            return refresh_token.reveal() if refresh_token else ""
        return template
