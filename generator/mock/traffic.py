"""Whether anything but time could have changed the mock while one request waited for its body.

A request is authenticated on its head; its body may come much later, and meanwhile another request
may delete its user or revoke its token, so the engine authenticates it again once the body is in
(`MockEngine._dispatch`, issue 15). On the event loop, the mock's state changes only while the
waiting request is suspended, and only by other requests (each begins and ends in
`MockEngine.__call__`, control requests included; a rule run off the loop belongs to an open
request) or by time (a token expires: `Principal.expires`). When no request began since the head
was authenticated and no other is open, nothing but time can have changed, and the engine checks
the expiry alone: most bodies come with their head, and verifying an issued token again (its
signature, its revocation) was work a request to a mock otherwise idle never needed.
"""

from __future__ import annotations


class Traffic:
    """How many requests the engine began, and how many are open (begun, not yet answered)."""

    __slots__ = ("begun", "open")

    def __init__(self) -> None:
        self.begun = 0
        self.open = 0

    def begin(self) -> None:
        self.begun += 1
        self.open += 1

    def end(self) -> None:
        self.open -= 1

    def quiet_since(self, begun: int) -> bool:
        """No request began since `begun` was read and none but the asking one is open."""
        return self.begun == begun and self.open == 1
