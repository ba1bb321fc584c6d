"""Fault mode: misbehave on purpose so clients' retries, timeouts and error handling can be tested.

Off unless asked for (`MockOptions(faults=FaultOptions(...))`, `vendorkit mock --fault-...`, or
`engine.faults.fail_next(...)` from a test). Faults apply to requests that reached an operation and
passed authentication and throttling, and they never change state: an injected answer (a JSON
error, an HTML page, a dropped connection) comes *instead of* the handler, and only a broken body
comes after the handler ran (the client cannot know whether it worked, as with a connection cut
mid-response). Injected answers are deliberately outside the contract, so they are not checked
against the spec.

The kinds of fault, as `fail_next` takes them:

- `503` (any status 400..599): a JSON error in the vendor's error style (the kind its status stands
  for: 429 rate-limited, 5xx server-error); 429 and 503 carry `Retry-After`;
- `"drop"`: the request is read, the status line, headers and half the body are sent, then the
  server gives up and closes the connection (the client sees `httpx.RemoteProtocolError`); each
  drop is logged as a warning here and as an error by uvicorn ("ASGI callable returned without
  completing response"), which is how an ASGI app gets a server to cut a connection;
- `"html"` / `"html:502"`: an HTML page (`Content-Type: text/html`) with status 200 or the given
  one, as a proxy, a captive portal or a maintenance page would answer;
- `"broken"`: the handler runs and its answer's body, whatever the status, is cut in half
  (`Content-Length` matches the cut body);
- `"slow:1.5"`: wait that many seconds more, then answer normally.

With rates, one random draw per request picks at most one of error / drop / HTML (so the three
rates are shares of all requests and add up to at most 1); broken bodies are drawn separately, for
successful JSON answers only. A `seed` makes the sequence repeatable.
"""

from __future__ import annotations

import logging
import math
import random
import re
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import escape
from http import HTTPStatus
from typing import Final, Literal

import anyio
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from generator.mock.errors import MockError
from generator.mock.ids import ascii_int
from generator.mock.responses import JSON, MockResponse, render

logger = logging.getLogger("vendorkit.mock")

_WITH_RETRY_AFTER: Final = frozenset({429, 503})
_NO_BODY: Final = frozenset({204, 304})

FaultKind = Literal["error", "drop", "html", "broken", "slow"]
_REPLACING: Final = frozenset({"error", "drop", "html"})


@dataclass(frozen=True)
class Fault:
    """One misbehaviour planned for one request (see the module docstring for the kinds)."""

    kind: FaultKind
    status: int = 0
    seconds: float = 0.0

    @property
    def replaces_answer(self) -> bool:
        """Answered instead of the handler (the handler does not run, state is untouched)."""
        return self.kind in _REPLACING

    @classmethod
    def parse(cls, value: int | str | Fault) -> Fault:
        """`503`, `"drop"`, `"html"`, `"html:502"`, `"broken"`, `"slow:1.5"` (or a Fault) -> Fault."""
        if isinstance(value, Fault):
            return value
        if isinstance(value, bool):  # bool is an int: fail_next(True) is a mistake, not a status
            raise ValueError(f"unknown fault {value!r}")
        if isinstance(value, int):
            _check_status(value, 400, "an error status")
            return cls("error", status=value)
        text = str(value).strip().lower()
        if text in ("drop", "broken"):
            return cls("drop") if text == "drop" else cls("broken")
        if text == "html":
            return cls("html", status=200)
        if (number := ascii_int(text)) is not None:
            return cls.parse(number)
        match = re.fullmatch(r"(html|slow):(.+)", text)
        if match and match[1] == "html" and (status := ascii_int(match[2])) is not None:
            _check_status(status, 200, "an HTML page's status")
            return cls("html", status=status)
        if match and match[1] == "slow":
            seconds = _float_or_none(match[2])
            if seconds is not None and math.isfinite(seconds) and seconds >= 0:
                return cls("slow", seconds=seconds)
        raise ValueError(
            f"unknown fault {value!r}: expected an error status (e.g. 503), 'drop', 'html', "
            "'html:502', 'broken' or 'slow:SECONDS'"
        )


def _float_or_none(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _check_status(status: int, lowest: int, what: str) -> None:
    if not lowest <= status <= 599:
        raise ValueError(f"{status} is not {what} ({lowest}..599)")


def _check_rate(name: str, value: float) -> None:
    if not (isinstance(value, int | float) and 0 <= value <= 1):
        raise ValueError(f"FaultOptions.{name} must be a share between 0 and 1, got {value!r}")


@dataclass(frozen=True)
class FaultOptions:
    """- `latency_seconds`: added before every answer;
    - `error_rate`: share (0..1) of requests answered with a JSON error from `error_statuses` instead;
    - `drop_rate`: share of requests whose connection is dropped mid-response instead;
    - `html_rate`: share of requests answered with an HTML page with a status from `html_statuses`;
    - `broken_body_rate`: share of successful JSON answers whose body is cut in half;
    - `retry_after_seconds`: `Retry-After` of injected 429 and 503 answers;
    - `seed`: makes the random choices repeatable.

    `error_rate + drop_rate + html_rate` is at most 1. Invalid values raise ValueError."""

    latency_seconds: float = 0.0
    error_rate: float = 0.0
    error_statuses: tuple[int, ...] = (429, 503)
    broken_body_rate: float = 0.0
    retry_after_seconds: int = 1
    seed: int | None = None
    drop_rate: float = 0.0
    html_rate: float = 0.0
    html_statuses: tuple[int, ...] = (200, 502)

    def __post_init__(self) -> None:
        latency = self.latency_seconds
        if not (isinstance(latency, int | float) and math.isfinite(latency) and latency >= 0):
            raise ValueError(
                f"FaultOptions.latency_seconds must be a number of seconds >= 0, got {latency!r}"
            )
        for name in ("error_rate", "drop_rate", "html_rate", "broken_body_rate"):
            _check_rate(name, getattr(self, name))
        if self.replacing_rate > 1 + 1e-9:
            raise ValueError(
                "FaultOptions.error_rate + drop_rate + html_rate must not exceed 1 "
                f"(got {self.replacing_rate:g}): each is a share of all requests"
            )
        for status in self.error_statuses:
            _check_status(status, 400, "an error status")
        for status in self.html_statuses:
            _check_status(status, 200, "an HTML page's status")
        if self.error_rate > 0 and not self.error_statuses:
            raise ValueError("FaultOptions.error_rate needs at least one status in error_statuses")
        if self.html_rate > 0 and not self.html_statuses:
            raise ValueError("FaultOptions.html_rate needs at least one status in html_statuses")
        if not (isinstance(self.retry_after_seconds, int) and self.retry_after_seconds >= 0):
            raise ValueError(
                f"FaultOptions.retry_after_seconds must be a whole number >= 0, got {self.retry_after_seconds!r}"
            )

    @property
    def replacing_rate(self) -> float:
        """Share of requests answered instead of the handler (error, drop or HTML)."""
        return self.error_rate + self.drop_rate + self.html_rate

    def describe(self) -> str:
        """One line for humans, e.g. `latency 0.5 s, errors 10% (429, 503), drops 5%, seed 7`."""
        parts = []
        if self.latency_seconds:
            parts.append(f"latency {self.latency_seconds:g} s")
        if self.error_rate:
            statuses = ", ".join(map(str, self.error_statuses))
            parts.append(
                f"errors {self.error_rate:.0%} ({statuses}, Retry-After {self.retry_after_seconds} s)"
            )
        if self.drop_rate:
            parts.append(f"dropped connections {self.drop_rate:.0%}")
        if self.html_rate:
            parts.append(f"HTML pages {self.html_rate:.0%} ({', '.join(map(str, self.html_statuses))})")
        if self.broken_body_rate:
            parts.append(f"broken bodies {self.broken_body_rate:.0%}")
        if self.seed is not None:
            parts.append(f"seed {self.seed}")
        return ", ".join(parts) or "no faults"


class FaultInjector:
    """Decides, per request, whether and how to misbehave; `engine.faults` of a mock."""

    def __init__(self, options: FaultOptions | None) -> None:
        self.configure(options)

    def configure(self, options: FaultOptions | None) -> None:
        """Start over with these options (the random sequence restarts, queued faults are dropped)."""
        self.options = options or FaultOptions()
        self._random = random.Random(self.options.seed)
        self._queued: deque[Fault] = deque()

    def fail_next(self, *faults: int | str | Fault) -> None:
        """Misbehave on the next requests, in order: `fail_next(503, "drop", "html", "html:502")`.

        Raises ValueError (and queues nothing) when one of them is not a fault (see the module doc)."""
        self._queued.extend([Fault.parse(fault) for fault in faults])

    @property
    def pending(self) -> int:
        """How many queued faults have not been used yet."""
        return len(self._queued)

    def clear(self) -> None:
        """Forget the queued faults."""
        self._queued.clear()

    @property
    def idle(self) -> bool:
        """Nothing to do before any request: no queued fault, no random one, no latency."""
        options = self.options
        return not self._queued and options.replacing_rate <= 0 and options.latency_seconds <= 0

    async def before(self) -> Fault | None:
        """Wait the configured latency; the fault for this request, or None to answer normally.

        The fault is chosen when the request arrives, before the latency: a request that is still
        waiting when a test queues faults for the next ones (its client gave up on a timeout) must
        not take one of them. A fault that `replaces_answer` is answered with `answer()` instead of
        running the handler; a broken one is applied to the handler's answer by `breaks_body()`."""
        options = self.options
        fault = self._choose(options)
        if options.latency_seconds > 0:
            await anyio.sleep(options.latency_seconds)
        if fault is not None and fault.kind == "slow":
            await anyio.sleep(fault.seconds)
            return None
        return fault

    def _choose(self, options: FaultOptions) -> Fault | None:
        if self._queued:
            return self._queued.popleft()
        if options.replacing_rate <= 0:
            return None
        draw = self._random.random()
        if draw < options.error_rate:
            return Fault("error", status=self._random.choice(options.error_statuses))
        if draw < options.error_rate + options.drop_rate:
            return Fault("drop")
        if draw < options.replacing_rate:
            return Fault("html", status=self._random.choice(options.html_statuses))
        return None

    def answer(
        self,
        fault: Fault,
        extra_headers: Mapping[str, str],
        render_error: Callable[[MockError], MockResponse],
    ) -> Response:
        """The HTTP answer of a fault that replaces the handler's (`extra_headers`: rate-limit
        counters); an injected error is worded by `render_error` (the vendor's error style)."""
        if fault.kind == "drop":
            return DroppedConnection()
        if fault.kind == "html":
            return Response(
                html_page(fault.status),
                fault.status,
                headers=self._retry_after(fault.status),
                media_type="text/html",
            )
        retry_after = self._retry_after(fault.status)
        error = MockError(
            fault.status, headers=retry_after, params={"retry_after": self.options.retry_after_seconds}
        )
        return render(render_error(error), None, extra_headers)

    def breaks_body(self, response: MockResponse, fault: Fault | None = None) -> bool:
        """Whether to cut this answer's body: a queued "broken" cuts any body, the rate only JSON successes."""
        if response.status in _NO_BODY:
            return False
        if fault is not None and fault.kind == "broken":
            return True
        rate = self.options.broken_body_rate
        return rate > 0 and 200 <= response.status < 300 and not response.raw and self._random.random() < rate

    def _retry_after(self, status: int) -> dict[str, str]:
        return {"Retry-After": str(self.options.retry_after_seconds)} if status in _WITH_RETRY_AFTER else {}


def html_page(status: int) -> str:
    """An HTML page as a proxy or a maintenance screen would send it, not the API's JSON."""
    if 200 <= status < 300:
        title, text = "Scheduled maintenance", "We&rsquo;ll be back shortly."
    else:
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:  # a status without a registered name, e.g. 599
            phrase = "Error"
        title, text = f"{status} {escape(phrase)}", "The upstream server did not answer in time."
    return (
        "<!DOCTYPE html>\n<html>\n<head><title>"
        + title
        + "</title></head>\n<body>\n<center><h1>"
        + title
        + "</h1></center>\n<p>"
        + text
        + "</p>\n<hr><center>nginx</center>\n</body>\n</html>\n"
    )


class DroppedConnection(Response):
    """Starts a JSON answer (status, headers with the full `Content-Length`, half the body) and stops.

    Returning from the ASGI call without finishing the body makes the server close the connection:
    the client sees a response cut short, as when a process or a proxy dies mid-answer. Nothing was
    done on the server (the handler did not run)."""

    def __init__(self) -> None:
        super().__init__(content=b'{"message": "This answer never arrives in full."}', media_type=JSON)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Read the request to its end first: closing a socket with unread data makes the kernel
        # send a reset, which the client may see before the partial answer (a ReadError instead of
        # a RemoteProtocolError, depending on timing). A drop should look the same every time.
        while (message := await receive())["type"] == "http.request" and message.get("more_body"):
            pass
        # uvicorn logs "ASGI callable returned without completing response" next: that is this drop.
        logger.warning(
            "fault mode: dropping the connection of %s %s on purpose", scope["method"], scope["path"]
        )
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        await send({"type": "http.response.body", "body": cut_in_half(bytes(self.body)), "more_body": True})


def cut_in_half(body: bytes) -> bytes:
    return body[: max(1, len(body) // 2)]
