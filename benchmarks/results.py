"""What a benchmark section hands to the report: tables to show, goals with their verdict, raw data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TIMES = "\u00d7"  # the multiplication sign of ratios ("1.25 times")


@dataclass
class Goal:
    """A goal of the issue, measured as a ratio; `met` is None when it could not be measured."""

    name: str
    target: str
    measured: float | None
    met: bool | None
    note: str = ""

    @classmethod
    def at_most(cls, name: str, measured: float | None, limit: float, note: str = "") -> Goal:
        met = None if measured is None else measured <= limit
        return cls(name, f"≤ {limit:g}{TIMES}", measured, met, note)

    @classmethod
    def at_least(cls, name: str, measured: float | None, limit: float, note: str = "") -> Goal:
        met = None if measured is None else measured >= limit
        return cls(name, f"≥ {limit:g}{TIMES}", measured, met, note)


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Section:
    """One section of the report (generation, mocks, clients, fuzzing)."""

    key: str
    title: str
    intro: str
    tables: list[Table] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)


def fmt_ratio(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}{TIMES}"


def fmt_seconds(value: float | None) -> str:
    if value is None:
        return "n/a"
    return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"


def fmt_micro(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 1e6:.0f} µs"


def fmt_number(value: float | None, digits: int = 0) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"
