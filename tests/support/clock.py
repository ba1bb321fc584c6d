"""The tests' hand-moved clock: the one the pytest plugin gives integrators (`generator.mockkit.clock`).

`sleep` and `asleep` do not wait: they move the clock on by the time asked for and record it, so
a test of expiry, pacing or backoff runs at once and can assert how long the code would have
waited. One class for both, so what the plugin's users get is what the suite itself relies on.
"""

from __future__ import annotations

from generator.mockkit.clock import ManualClock

FakeClock = ManualClock

__all__ = ["FakeClock"]
