"""Client runtime shared by every generated package.

These modules are copied verbatim into each generated package as `<package>/_runtime/`, so a
published client stands alone. They only import the standard library, httpx and each other
(relatively), and take every vendor-specific choice as data rendered from the merged spec's
`x-` metadata (see `<package>/_vendor.py`).
"""
