"""The worked example of a generated client README, made to run against a vendor's mock.

A client README (templates/opc/README.md.jinja) holds one Python example, followed by a `text` block
of what it prints. Readers replace the credentials written `name="…"` and the `base_url`; the tests
put the mock's demo credentials and its address there (keeping the path of the documented base URL,
as the mock serves the API under it) and change nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlsplit

PLACEHOLDER = "…"


def readme_example(readme: str) -> tuple[str, str]:
    """(code, printed output) of the README's only Python example."""
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    if len(blocks) != 1:
        raise AssertionError(f"expected one Python example in the README, found {len(blocks)}")
    printed = re.search(r"```python\n.*?```\n\nprints\n\n```text\n(.*?)```", readme, flags=re.DOTALL)
    if printed is None:
        raise AssertionError("the README's example is not followed by what it prints")
    return blocks[0], printed.group(1)


def for_mock(code: str, credentials: Mapping[str, str], mock_base_url: str) -> str:
    """`code` with the mock's credentials in place of `name="…"` and its address as `base_url`."""
    for name, value in credentials.items():
        code = code.replace(f'{name}="{PLACEHOLDER}"', f"{name}={value!r}")
    if PLACEHOLDER in code:
        raise AssertionError("the example holds a placeholder the mock has no credential for")

    def address(match: re.Match[str]) -> str:
        return f"base_url={mock_base_url + urlsplit(match.group(1)).path.rstrip('/')!r}"

    replaced, count = re.subn(r'base_url="([^"]+)"', address, code)
    if count != 1:
        raise AssertionError(f'expected one base_url="..." in the example, found {count}')
    return replaced
