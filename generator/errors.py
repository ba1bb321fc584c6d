"""User-facing errors of vendorkit.

Everything the tool reports to its user derives from `VendorkitError`, so the CLI can catch that one
class and print the message alone: a user who wrote a bad spec or overlay needs to read *which file,
where and what was expected*, never a Python traceback.
"""

from __future__ import annotations


class VendorkitError(Exception):
    """Base of every error meant for the tool's user; `str(error)` is the complete readable message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class LocatedError(VendorkitError):
    """An error tied to a place, rendered as `<file>: <location>: <message>`.

    `location` is a JSONPath inside the file (or an operation, or a line) so the reader can go straight
    to the offending spot; `file` and `location` are left out of the rendering when unknown.
    """

    def __init__(self, file: str | None, location: str | None, message: str) -> None:
        # Exception.__init__ gets all three fields so that pickling (e.g. across worker processes)
        # rebuilds the error with the same constructor arguments.
        Exception.__init__(self, file, location, message)
        self.file = file
        self.location = location
        self.message = message

    def __str__(self) -> str:
        return ": ".join(part for part in (self.file, self.location, self.message) if part)


class InputError(LocatedError):
    """A problem in a hand-written input file (spec, overlay, vendor data): the user must fix the file."""


class GenerationError(LocatedError):
    """A code generator or formatter failed on an input that passed validation: a tool-side problem."""
