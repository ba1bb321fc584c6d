"""What the client runtime sends, the mock checks: the `styles` fixture vendor end to end.

`tests/fixtures/styles` declares every auth kind and paging style the present vendors do not use
(OAuth 2.0 authorization code with refresh and revocation, HTTP basic with an `OrganizationId`
header, an API key in a header; page/per_page with `Total-Entries`, a page in the JSON body,
offset/limit with a total header, RFC 8288 `Link`, cursors in a field and in a header) and a mock
with no Python (one declared resource of 23 assets). Its generated client talks to its mock over
real HTTP on loopback, both on one `FakeClock`, so token lifetimes pass without waiting.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.mock import MockOptions, background_server, build_app, engine_of
from generator.mock.loader import load_vendor_api
from tests.support.clock import FakeClock
from tests.support.fixtures import generate_fixture_vendor, imported_client
from tests.support.fuzzing.engine import fuzz_in_process

ASSETS = list(range(1, 24))
REDIRECT = "http://127.0.0.1/styles-callback"
PAT = {"personal_token": "demo-pat", "organization_id": "100", "api_key": "demo-key"}
OAUTH_CLIENT = {"client_id": "styles-client", "client_secret": "styles-secret"}


@dataclass(frozen=True)
class Served:
    styles: ModuleType
    base_url: str
    clock: FakeClock
    app: Any

    def client(self, *, asynchronous: bool = False, **credentials: str) -> Any:
        cls = self.styles.AsyncStyles if asynchronous else self.styles.Styles
        return cls(base_url=self.base_url + "/api", rate_limit=False, clock=self.clock, **credentials)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    generated = generate_fixture_vendor("styles", tmp_path_factory.mktemp("styles-e2e"))
    clock = FakeClock()
    api = load_vendor_api("styles", generated)
    # Every answer is checked against the spec: a header or body the runtime relies on but the spec
    # does not declare would be a 500 here, not a silent agreement between two wrong sides.
    app = build_app(api, MockOptions(clock=clock, rate_limit=None, validate_responses=True))
    assert engine_of(app).vendor.handlers == {}  # a mock of declarations only
    with imported_client(generated, "styles") as styles, background_server(app) as base_url:
        yield Served(styles, base_url, clock, app)


def paged(styles: ModuleType, client: Any) -> dict[str, Any]:
    return {
        "page (query, Total-Entries)": client.assets.list_assets_pages(per_page=10),
        "page (body, start 0)": client.assets.search_assets_pages(
            body=styles.models.SearchAssetsBody(query="trees", size=5)
        ),
        "offset (limit, X-Total-Records)": client.records.list_records_pages(limit=7),
        "link": client.events.list_events_pages(per_page=10),
        "cursor (field)": client.events.read_feed_pages(),
        "cursor (header)": client.events.list_changes_pages(),
    }


def ids(page: Any) -> list[int]:
    items = page if isinstance(page, list) else (page.hits if hasattr(page, "hits") else page.data)
    return [item.id for item in items]


def test_every_paging_style_walks_every_asset_of_the_mock(served: Served) -> None:
    with served.client(**PAT) as client:
        for style, pages in paged(served.styles, client).items():
            found = [ids(page) for page in pages]
            assert all(found), f"{style}: an empty page was yielded"
            assert [i for chunk in found for i in chunk] == ASSETS, style
            assert len(found) > 1, f"{style}: everything came on one page"


def test_every_paging_style_through_the_async_client(served: Served) -> None:
    async def scenario() -> dict[str, list[int]]:
        async with served.client(asynchronous=True, **PAT) as client:
            return {
                style: [i async for page in pages for i in ids(page)]
                for style, pages in paged(served.styles, client).items()
            }

    found = asyncio.run(scenario())
    assert len(found) == 6 and all(assets == ASSETS for assets in found.values()), found


def every_item(styles: ModuleType, client: Any) -> dict[str, Any]:
    """`<method>_all()` of each paging style: the items, not the pages."""
    return {
        "page (query, Total-Entries)": client.assets.list_assets_all(per_page=10),
        "page (body, start 0)": client.assets.search_assets_all(
            body=styles.models.SearchAssetsBody(query="trees", size=5)
        ),
        "offset (limit, X-Total-Records)": client.records.list_records_all(limit=7),
        "link": client.events.list_events_all(per_page=10),
        "cursor (field)": client.events.read_feed_all(),
        "cursor (header)": client.events.list_changes_all(),
    }


def test_every_paging_style_yields_every_item_across_pages(served: Served) -> None:
    with served.client(**PAT) as client:
        for style, items in every_item(served.styles, client).items():
            assert [item.id for item in items] == ASSETS, style

    async def scenario() -> dict[str, list[int]]:
        async with served.client(asynchronous=True, **PAT) as client:
            return {
                style: [item.id async for item in items]
                for style, items in every_item(served.styles, client).items()
            }

    found = asyncio.run(scenario())
    assert len(found) == 6 and all(assets == ASSETS for assets in found.values()), found


def test_basic_auth_and_its_organization_header_are_checked_by_the_mock(served: Served) -> None:
    for wrong in ({"organization_id": "999"}, {"personal_token": "not-the-token"}):
        with served.client(**{**PAT, **wrong}) as client, pytest.raises(served.styles.AuthenticationError):
            client.assets.list_assets(per_page=1)


def test_oauth_sign_in_renewal_and_revocation_against_the_mock(served: Served) -> None:
    with served.client(**OAUTH_CLIENT) as client:
        with pytest.raises(served.styles.AuthConfigurationError):
            client.assets.get_asset(1)  # not signed in: nothing to send

        # The user's browser: the authorization URL names the vendor's authorization host, which the
        # mock serves at the same path; the mock signs the user in at once and redirects back.
        request = client.oauth.authorization_url(redirect_uri=REDIRECT, scopes=["read"])
        authorize = httpx.URL(request.url)
        assert authorize.host == "auth.styles.test"
        redirect = httpx.get(f"{served.base_url}{authorize.raw_path.decode()}", follow_redirects=False)
        back = httpx.URL(redirect.headers["Location"])
        assert redirect.is_redirect and str(back.copy_with(query=None)) == REDIRECT
        assert back.params["state"] == request.state

        first = client.oauth.exchange_code(back.params["code"], redirect_uri=REDIRECT)
        assert client.assets.get_asset(1).id == 1

        served.clock.advance(3600 - 30)  # within renew-before-seconds of the mock's lifetime
        assert client.assets.get_asset(2).id == 2
        renewed = client.oauth.tokens
        assert renewed.access_token != first.access_token

        served.clock.advance(3600 + 1)  # the renewed token has expired on the mock too
        assert client.assets.get_asset(3).id == 3  # renewed again before the call, not after a 401

        held = client.oauth.tokens.access_token
        client.oauth.revoke()
        refused = httpx.get(f"{served.base_url}/api/assets/1", headers={"Authorization": f"Bearer {held}"})
        assert refused.status_code == 401  # the mock forgot the revoked grant's access token
        with pytest.raises(served.styles.AuthConfigurationError):
            client.assets.get_asset(1)


def test_schemathesis_authenticates_every_kind_and_finds_nothing(tmp_path: Path) -> None:
    """Fuzzing takes its credentials from the same scheme objects: for `getAsset` (OAuth only) an
    access token from the mock's own authorization server (authorize, code, token), for the event
    listings the API key. Every check passes, `ignored_auth` included (the mock refuses requests
    without them). The spec has no examples, so the examples phase has nothing to run."""
    run = fuzz_in_process(generate_fixture_vendor("styles", tmp_path), "styles", max_examples=10)
    assert run.failures == []
    assert set(run.phases) >= {"coverage", "fuzzing"}, run.phases
    assert {"positive_data_acceptance", "not_a_server_error", "ignored_auth"} <= run.checks
