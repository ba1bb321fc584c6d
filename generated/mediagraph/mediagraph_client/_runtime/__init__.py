"""Client runtime shared by every generated package.

These modules are copied verbatim into each generated package as `<package>/_runtime/`, so a
published client stands alone. They only import the standard library, httpx and each other
(relatively), and take every vendor-specific choice as data rendered from the merged spec's
`x-` metadata (see `<package>/_vendor.py`).

- `base.py`: the call path of every facade method (pacing, retries, deadlines, error mapping,
  paging), written once as a flow (`flows.py`) that sync and async resources drive;
- `auth.py`: the vendor's auth per operation, from one `httpx.Auth` per kind of `schemes.py`
  (`plain_auth.py`, `issued_auth.py`, `oauth2.py`) and the shared renewal (`token_auth.py`);
- `pagination.py`: every paging style from its `Paging` data;
- `clock.py`: the one clock everything that reads or waits on time goes through.
"""
