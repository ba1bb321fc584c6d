"""Numbers read from URLs and headers: ASCII digits only, within a bound.

`str.isdigit()` accepts what `int()` refuses (a superscript two) and `int()` accepts what a URL
should never alias (fullwidth or Arabic-Indic digits read as the ASCII id), and neither bounds the
length (a 5000-digit id). Every id or count the mocks take from text goes through here, so a
hostile spelling is "no such record" or "malformed", never a 500 or another record.
"""

from __future__ import annotations

import re
from typing import Final

_ASCII_DIGITS: Final = re.compile(r"[0-9]{1,18}")  # 18 digits: always below 2**63, an int64 id


def ascii_int(text: str | None) -> int | None:
    """`text` as a non-negative integer when it is 1-18 ASCII digits; else None."""
    if text is None or not _ASCII_DIGITS.fullmatch(text):
        return None
    return int(text)
