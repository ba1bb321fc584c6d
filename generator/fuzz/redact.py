"""Keeping credentials out of the fuzz report.

schemathesis already masks `Authorization` headers and `token`-like fields in what it prints, but
a fuzz report also shows response bodies, curl reproducers and error messages written by a server
we do not control. So everything the run prints goes through `RedactingWriter`, which masks every
credential the run has used (the demo admin key, each issued token) and anything shaped like a JWT.
The set of secrets is read at every write, because tokens are issued while the run goes on.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from typing import TextIO

MASK = "***"
JWT_PATTERN = re.compile(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]+")


def redact(text: str, secrets: Iterable[str]) -> str:
    """`text` with every secret (longest first, so a prefix never leaves a tail) and any JWT masked."""
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return JWT_PATTERN.sub(MASK, text)


class RedactingWriter(io.TextIOBase):
    """A text stream that masks secrets line by line before passing text on to `target`.

    Text is held back until a newline so that a secret split across two writes is still caught.
    """

    def __init__(self, target: TextIO, secrets: Callable[[], Iterable[str]]) -> None:
        super().__init__()
        self._target = target
        self._secrets = secrets
        self._pending = ""

    # Text reaches `target` as str; these only tell writers (click) that it takes any text.
    encoding = "utf-8"
    errors = "strict"

    def isatty(self) -> bool:
        return False

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._pending += text
        if "\n" in self._pending:
            complete, _, self._pending = self._pending.rpartition("\n")
            self._target.write(redact(complete + "\n", self._secrets()))
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self._target.write(redact(self._pending, self._secrets()))
            self._pending = ""
        self._target.flush()
