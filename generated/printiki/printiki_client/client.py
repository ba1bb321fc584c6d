import ssl
from typing import Any, Self

import httpx


class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.

    """

    raise_on_unexpected_status: bool

    """Whether or not to raise an errors.UnexpectedStatus if the API returns a status code that was not documented in the source OpenAPI document. Can also be provided as a keyword argument to the constructor."""
    _base_url: str
    _cookies: dict[str, str]
    _headers: dict[str, str]
    _timeout: httpx.Timeout | None
    _verify_ssl: str | bool | ssl.SSLContext
    _follow_redirects: bool
    _httpx_args: dict[str, Any]
    _client: httpx.Client | None
    _async_client: httpx.AsyncClient | None
    auth: httpx.Auth | None
    """vendorkit: none for the unauthenticated client."""

    def __init__(
        self,
        base_url: str,
        *,
        raise_on_unexpected_status: bool = False,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
    ) -> None:
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._base_url = base_url
        self._cookies = {} if cookies is None else cookies
        self._headers = {} if headers is None else headers
        self._timeout = timeout
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = {} if httpx_args is None else httpx_args
        self._client = None
        self._async_client = None
        self.auth = None

    def _fields(self) -> tuple[tuple[str, Any], ...]:
        """What repr shows and equality compares (as attrs did: never the token nor the auth)."""
        return (
            ("raise_on_unexpected_status", self.raise_on_unexpected_status),
            ("_base_url", self._base_url),
            ("_cookies", self._cookies),
            ("_headers", self._headers),
            ("_timeout", self._timeout),
            ("_verify_ssl", self._verify_ssl),
            ("_follow_redirects", self._follow_redirects),
            ("_httpx_args", self._httpx_args),
            ("_client", self._client),
            ("_async_client", self._async_client),
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(" + ", ".join(f"{name}={value!r}" for name, value in self._fields()) + ")"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, type(self))
        return self._fields() == other._fields() and self.auth == other.auth

    __hash__ = None  # type: ignore[assignment]

    def _evolve(self, **changes: Any) -> Self:
        """A new client with this one's settings and `changes` (what `attrs.evolve` gave): the httpx
        clients are not shared."""
        settings: dict[str, Any] = {
            "base_url": self._base_url,
            "raise_on_unexpected_status": self.raise_on_unexpected_status,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify_ssl": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "httpx_args": self._httpx_args,
        }
        settings.update(changes)
        return type(self)(**settings)

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return self._evolve(headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return self._evolve(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return self._evolve(timeout=timeout)

    def _httpx_kwargs(self) -> dict[str, Any]:
        """vendorkit: the httpx client's arguments; `httpx_args` wins, its headers and cookies merged in."""
        extra = dict(self._httpx_args)
        kwargs: dict[str, Any] = {
            "base_url": self._base_url,
            "cookies": {**self._cookies, **extra.pop("cookies", {})},
            "headers": {**self._headers, **extra.pop("headers", {})},
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
        }
        kwargs.update(extra)
        if self.auth is not None:
            kwargs["auth"] = self.auth  # the client's own auth, never replaced by an `httpx_args` one
        return kwargs

    def auth_args(self) -> dict[str, Any]:
        """vendorkit: what each request of the generated functions adds: the client's `auth`, if any,
        so that it authenticates whichever httpx client is set."""
        return {"auth": self.auth} if self.auth is not None else {}

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        vendorkit: the client's `auth` (the vendor's auth flow) still goes with every request, as
        `auth=` of the request, so the given client is not changed and calls stay authenticated.
        """
        self._client = client
        return self

    def close(self) -> None:
        """vendorkit: close the httpx.Client if one was opened (a failed construction leaves none)."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """vendorkit: close the httpx.AsyncClient if one was opened."""
        if self._async_client is not None:
            await self._async_client.aclose()

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(**self._httpx_kwargs())
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client  # vendorkit: its requests carry `auth` too (see set_httpx_client)
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._httpx_kwargs())
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


class AuthenticatedClient:
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take. API functions will raise
        httpx.TimeoutException if this is exceeded.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.

    """

    raise_on_unexpected_status: bool

    """Whether or not to raise an errors.UnexpectedStatus if the API returns a status code that was not documented in the source OpenAPI document. Can also be provided as a keyword argument to the constructor."""
    _base_url: str
    _cookies: dict[str, str]
    _headers: dict[str, str]
    _timeout: httpx.Timeout | None
    _verify_ssl: str | bool | ssl.SSLContext
    _follow_redirects: bool
    _httpx_args: dict[str, Any]
    _client: httpx.Client | None
    _async_client: httpx.AsyncClient | None
    auth: httpx.Auth | None
    """vendorkit: the vendor's auth flow, sent with every request (whichever httpx client is set)."""
    token: str

    """A fixed token for the Authorization header. Leave empty when an `httpx.Auth` (the vendor's auth flow, passed in `httpx_args`) authenticates requests; never shown in repr."""
    prefix: str

    """The prefix to use for the Authorization header"""
    auth_header_name: str

    """The name of the Authorization header"""

    def __init__(
        self,
        base_url: str,
        token: str = "",
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        *,
        raise_on_unexpected_status: bool = False,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
        auth: httpx.Auth | None = None,
    ) -> None:
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self._base_url = base_url
        self._cookies = {} if cookies is None else cookies
        self._headers = {} if headers is None else headers
        self._timeout = timeout
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = {} if httpx_args is None else httpx_args
        self._client = None
        self._async_client = None
        self.auth = auth
        self.token = token
        self.prefix = prefix
        self.auth_header_name = auth_header_name

    def _fields(self) -> tuple[tuple[str, Any], ...]:
        """What repr shows and equality compares (as attrs did: never the token nor the auth)."""
        return (
            ("raise_on_unexpected_status", self.raise_on_unexpected_status),
            ("_base_url", self._base_url),
            ("_cookies", self._cookies),
            ("_headers", self._headers),
            ("_timeout", self._timeout),
            ("_verify_ssl", self._verify_ssl),
            ("_follow_redirects", self._follow_redirects),
            ("_httpx_args", self._httpx_args),
            ("_client", self._client),
            ("_async_client", self._async_client),
            ("prefix", self.prefix),
            ("auth_header_name", self.auth_header_name),
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(" + ", ".join(f"{name}={value!r}" for name, value in self._fields()) + ")"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, type(self))
        return self._fields() == other._fields() and self.auth == other.auth and self.token == other.token

    __hash__ = None  # type: ignore[assignment]

    def _evolve(self, **changes: Any) -> Self:
        """A new client with this one's settings and `changes` (what `attrs.evolve` gave): the httpx
        clients are not shared."""
        settings: dict[str, Any] = {
            "base_url": self._base_url,
            "raise_on_unexpected_status": self.raise_on_unexpected_status,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify_ssl": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            "httpx_args": self._httpx_args,
        }
        settings.update(token=self.token, prefix=self.prefix, auth_header_name=self.auth_header_name, auth=self.auth)
        settings.update(changes)
        return type(self)(**settings)

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return self._evolve(headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return self._evolve(cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return self._evolve(timeout=timeout)

    def _httpx_kwargs(self) -> dict[str, Any]:
        """vendorkit: the httpx client's arguments; `httpx_args` wins, its headers and cookies merged in."""
        extra = dict(self._httpx_args)
        kwargs: dict[str, Any] = {
            "base_url": self._base_url,
            "cookies": {**self._cookies, **extra.pop("cookies", {})},
            "headers": {**self._headers, **extra.pop("headers", {})},
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
        }
        kwargs.update(extra)
        if self.auth is not None:
            kwargs["auth"] = self.auth  # the client's own auth, never replaced by an `httpx_args` one
        return kwargs

    def auth_args(self) -> dict[str, Any]:
        """vendorkit: what each request of the generated functions adds: the client's `auth`, if any,
        so that it authenticates whichever httpx client is set."""
        return {"auth": self.auth} if self.auth is not None else {}

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        vendorkit: the client's `auth` (the vendor's auth flow) still goes with every request, as
        `auth=` of the request, so the given client is not changed and calls stay authenticated.
        """
        self._client = client
        return self

    def close(self) -> None:
        """vendorkit: close the httpx.Client if one was opened (a failed construction leaves none)."""
        if self._client is not None:
            self._client.close()

    async def aclose(self) -> None:
        """vendorkit: close the httpx.AsyncClient if one was opened."""
        if self._async_client is not None:
            await self._async_client.aclose()

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            if self.token:
                self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._client = httpx.Client(**self._httpx_kwargs())
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = async_client  # vendorkit: its requests carry `auth` too (see set_httpx_client)
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            if self.token:
                self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
            self._async_client = httpx.AsyncClient(**self._httpx_kwargs())
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)
