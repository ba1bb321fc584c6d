"""Every Mediagraph operation through the generated client `Mediagraph`, against its mock over HTTP.

The mock runs on loopback on a `FakeClock` the tests share with the client, so the 5-minute bulk
download tokens and the OAuth access tokens expire without waiting. Besides the round trips:
search filters acting on the mock's state and paging that follows `Total-Entries`, byte ranges at
the HTTP level, the signed-upload flow (the bytes PUT to the mock's own `signed_upload_url`), both
ways in (a personal access token as HTTP basic plus `OrganizationId`, and the OAuth handshake,
driven end to end against the mock's authorization server at mediagraph.io's paths).
"""

from __future__ import annotations

import io
import math
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from mediagraph_client import (
    APIStatusError,
    AuthConfigurationError,
    AuthenticationError,
    Mediagraph,
    NotFoundError,
    PermissionDeniedError,
    UnprocessableEntityError,
)
from mediagraph_client.models import (
    AddAssetsToGroupBody,
    AddAssetToCollectionBody,
    AddAssetVersionBody,
    AssetFileDeclaration,
    AssetUpdate,
    AssetUploadDeclaration,
    CollectionInput,
    CreateCollectionBody,
    CreateContributionUploadBody,
    CreateStorageFolderBody,
    CreateTagBody,
    CreateTaxonomyBody,
    CreateTaxonomyTagBody,
    CreateUploadBody,
    DeleteTaxonomyTagBody,
    PrepareAssetUploadBody,
    PrepareDownloadBody,
    PrepareDownloadBodyDownload,
    RevertAssetBody,
    SearchAssetsByPostBody,
    SearchAssetsOptimizationRequest,
    StorageFolderChanges,
    StorageFolderInput,
    TagChanges,
    TagInput,
    TaxonomyChanges,
    TaxonomyInput,
    TaxonomyTagChanges,
    TaxonomyTagInput,
    UpdateAssetBody,
    UpdateCollectiveWorkBody,
    UpdateMembershipBody,
    UpdateMembershipBodyMembership,
    UpdateMembershipBodyMembershipRoleLevel,
    UpdateMembershipStatusBody,
    UpdateMembershipStatusBodyStatus,
    UpdateStorageFolderBody,
    UpdateTagBody,
    UpdateTaxonomyBody,
    UpdateTaxonomyTagBody,
    UploadAssetsFromUrlsBody,
    UploadInput,
)

from generator.mock import MockOptions, background_server, load_vendor_app, resolve_credentials
from generator.mock.loader import load_vendor_api
from tests.conftest import GENERATED
from tests.support.clock import FakeClock

PAT = {"personal_access_token": "e2e-token", "organization_id": "7"}
OAUTH = {"client_id": "e2e-client", "client_secret": "e2e-secret"}
REDIRECT = "http://127.0.0.1/mediagraph-callback"


class ToMock(httpx.BaseTransport):
    """Sends requests for another host (mediagraph.io, the OAuth server) to the mock, path kept:
    the mock serves an authorization server of another host at its path."""

    def __init__(self, base_url: str) -> None:
        self.target = httpx.URL(base_url)
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.url = request.url.copy_with(
            scheme=self.target.scheme, host=self.target.host, port=self.target.port
        )
        request.headers["Host"] = self.target.netloc.decode()
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


@dataclass(frozen=True)
class Served:
    base_url: str
    clock: FakeClock
    requests: list[httpx.Request]

    def client(self, **credentials: str) -> Mediagraph:
        def seen(request: httpx.Request) -> None:
            self.requests.append(request)

        return Mediagraph(
            base_url=self.base_url,
            rate_limit=False,
            clock=self.clock,
            httpx_args={
                "mounts": {"https://mediagraph.io": ToMock(self.base_url)},
                "event_hooks": {"request": [seen]},
            },
            **credentials,
        )


@pytest.fixture(scope="module")
def served() -> Iterator[Served]:
    clock = FakeClock()
    credentials = resolve_credentials(load_vendor_api("mediagraph", GENERATED), {**PAT, **OAUTH}, environ={})
    options = MockOptions(credentials=credentials, rate_limit=None, clock=clock, validate_responses=True)
    with background_server(load_vendor_app("mediagraph", GENERATED, options)) as base_url:
        yield Served(base_url, clock, [])


@pytest.fixture
def client(served: Served) -> Iterator[Mediagraph]:
    with served.client(**PAT) as c:
        yield c


@contextmanager
def conflict() -> Iterator[None]:
    """The call is refused with 409 (a state the record is in refuses it)."""
    with pytest.raises(APIStatusError) as refused:
        yield
    assert refused.value.status_code == 409


def upload_file(client: Mediagraph, filename: str, data: bytes, **session: Any) -> Any:
    """The documented upload flow by hand: session, prepare, PUT to the signed URL, set_uploaded."""
    upload = client.uploads.create_upload(body=CreateUploadBody(upload=UploadInput(name="e2e", **session)))
    prepared = client.uploads.prepare_asset_upload(
        upload.guid,
        body=PrepareAssetUploadBody(asset=AssetUploadDeclaration(filename=filename, file_size=len(data))),
    )
    assert prepared.aasm_state.value == "pending"
    put = httpx.put(prepared.signed_upload_url, content=data)  # no credentials: the URL is signed
    assert put.status_code == 200
    asset = client.uploads.set_asset_uploaded(prepared.guid)
    return upload, asset


# -- assets: the upload flow, details, downloads ------------------------------------------------------


def test_signed_upload_flow_stores_the_bytes_on_the_mock(client: Mediagraph, served: Served) -> None:
    data = b"\xff\xd8\xff" + bytes(range(256)) * 40
    upload, asset = upload_file(client, "upload-flow.jpg", data)
    assert (
        asset.aasm_state.value == "processed"
        and asset.file_size == len(data)
        and asset.upload_id == upload.id
    )
    done = client.uploads.set_upload_done(upload.id)
    assert done.done and done.assets_count == 1 and done.unsubmitted_assets_count == 0
    assert client.assets.download_asset(asset.id).payload.read() == data
    found = client.assets.search_assets(upload_guid=upload.guid)
    assert [hit.id for hit in found.assets] == [asset.id]
    with conflict():  # the session is done: no more assets go into it
        client.uploads.prepare_asset_upload(
            upload.guid,
            body=PrepareAssetUploadBody(asset=AssetUploadDeclaration(filename="late.jpg", file_size=1)),
        )


def test_a_signed_upload_url_refuses_a_forged_signature_and_set_uploaded_needs_the_bytes(
    client: Mediagraph,
) -> None:
    upload = client.uploads.create_contribution_upload(
        4253, body=CreateContributionUploadBody(upload=UploadInput(name="contribution"))
    )
    assert upload.contribution_id == 4253 and upload.standalone
    prepared = client.uploads.prepare_asset_upload(
        upload.guid, body=PrepareAssetUploadBody(asset=AssetUploadDeclaration(filename="x.png", file_size=3))
    )
    forged = httpx.URL(prepared.signed_upload_url).copy_merge_params({"signature": "0" * 64})
    assert httpx.put(forged, content=b"abc").status_code == 403
    with conflict():
        client.uploads.set_asset_uploaded(prepared.guid)


def test_asset_details_by_id_or_guid_update_and_delete(client: Mediagraph, served: Served) -> None:
    _, asset = upload_file(client, "details.jpg", b"details")
    assert client.assets.get_asset(asset.guid).id == asset.id  # "ID can also be the Asset GUID"
    updated = client.assets.update_asset(
        asset.id,
        body=UpdateAssetBody(
            asset=AssetUpdate(description="Updated Description.", add_tag_names=["red", "blue"], rating=4),
            sync=True,
        ),
    )
    assert (
        updated.description == "Updated Description."
        and updated.tags == ["red", "blue"]
        and updated.rating == 4
    )
    assert asset.id not in client.assets.list_asset_ids_updated_since_last_sync()  # synced by that update
    served.clock.advance(1)
    again = client.assets.update_asset(
        asset.id,
        body=UpdateAssetBody(asset=AssetUpdate(remove_tag_names=["red"], add_tags_with_commas="green, gold")),
    )
    assert again.tags == ["blue", "green", "gold"]
    assert asset.id in client.assets.list_asset_ids_updated_since_last_sync()  # changed after the sync
    client.assets.get_asset(asset.id, sync=True)
    assert asset.id not in client.assets.list_asset_ids_updated_since_last_sync()
    assert client.assets.delete_asset(asset.id).to_dict() == {}
    with pytest.raises(NotFoundError):
        client.assets.get_asset(asset.id)


def test_byte_range_downloads_at_the_http_level(client: Mediagraph, served: Served) -> None:
    data = bytes(range(256)) * 8
    _, asset = upload_file(client, "ranges.bin", data)
    url = f"{served.base_url}/api/assets/{asset.id}/download"
    auth = httpx.BasicAuth("", PAT["personal_access_token"])
    headers = {"OrganizationId": PAT["organization_id"]}
    whole = httpx.get(url, auth=auth, headers=headers)
    assert whole.status_code == 200 and whole.content == data and whole.headers["Accept-Ranges"] == "bytes"
    part = httpx.get(url, auth=auth, headers={**headers, "Range": "bytes=100-199"})
    assert part.status_code == 206 and part.content == data[100:200]
    assert (
        part.headers["Content-Range"] == f"bytes 100-199/{len(data)}"
        and part.headers["Accept-Ranges"] == "bytes"
    )
    tail = httpx.get(url, auth=auth, headers={**headers, "Range": "bytes=-10"})
    assert tail.status_code == 206 and tail.content == data[-10:]
    past = httpx.get(url, auth=auth, headers={**headers, "Range": f"bytes={len(data)}-"})
    assert past.status_code == 416 and past.headers["Content-Range"] == f"bytes */{len(data)}"
    head = httpx.head(url, auth=auth, headers=headers)
    assert head.status_code == 200 and head.headers["Content-Length"] == str(len(data)) and not head.content
    assert client.assets.download_asset(asset.id, range_="bytes=0-9").payload.read() == data[:10]
    assert client.assets.head_asset_download(asset.id) is None


def test_versions_revert_and_data_versions(client: Mediagraph) -> None:
    _, asset = upload_file(client, "versioned.jpg", b"first version")
    prepared = client.assets.add_asset_version(
        asset.id,
        body=AddAssetVersionBody(asset=AssetFileDeclaration(filename="versioned-2.jpg", file_size=14)),
    )
    assert httpx.put(prepared.signed_upload_url, content=b"second version").status_code == 200
    current = client.uploads.set_asset_uploaded(str(asset.id), skip_meta=True)
    assert current.data_version_number == 2
    versions = client.asset_data_versions.list_asset_data_versions(asset.id)
    assert [(v.number, v.is_head) for v in versions] == [(1, False), (2, True)]
    assert client.asset_data_versions.get_asset_data_version(asset.id, 2).file_size == len(b"second version")
    assert client.assets.download_asset(asset.id).payload.read() == b"second version"
    assert client.assets.download_asset(asset.id, version_number=1).payload.read() == b"first version"
    assert client.assets.revert_asset(asset.id, body=RevertAssetBody(version=1)).data_version_number == 1
    assert client.assets.download_asset(asset.id).payload.read() == b"first version"
    with pytest.raises(NotFoundError):
        client.assets.revert_asset(asset.id, body=RevertAssetBody(version=9))


def test_optimization_requests_and_collective_work(client: Mediagraph) -> None:
    _, asset = upload_file(client, "optimize.jpg", b"o")
    _, part = upload_file(client, "part.jpg", b"p")
    with conflict():
        client.assets.complete_asset_optimization(asset.id)
    assert client.assets.request_asset_optimization(asset.id).optimization_requested_at is not None
    assert [
        a.id
        for a in client.assets.search_assets(
            optimization_request=SearchAssetsOptimizationRequest.REQUESTED, ids=[asset.id, part.id]
        ).assets
    ] == [asset.id]
    assert client.assets.complete_asset_optimization(asset.id).optimization_completed_at is not None
    removed = client.assets.remove_asset_optimization_request(asset.id)
    assert removed.optimization_requested_at is None and removed.optimization_completed_at is None
    work = client.assets.update_collective_work(
        asset.id, body=UpdateCollectiveWorkBody.from_dict({"asset_ids[]": [part.id]})
    )
    assert work.collective_work_ids == [part.id]


def test_upload_from_urls_creates_pending_assets(client: Mediagraph) -> None:
    created = client.assets.upload_assets_from_urls(
        body=UploadAssetsFromUrlsBody(
            from_url="https://picsum.photos/200.jpg, https://picsum.photos/300.png", contribution_id=4253
        )
    )
    assert [(a.filename, a.aasm_state.value) for a in created] == [
        ("200.jpg", "pending"),
        ("300.png", "pending"),
    ]


# -- search and paging ---------------------------------------------------------------------------------


def test_search_filters_act_on_the_stored_assets(client: Mediagraph) -> None:
    _, red = upload_file(client, "search-red.jpg", b"r")
    _, blue = upload_file(client, "search-blue.png", b"bb")
    client.assets.update_asset(
        red.id, body=UpdateAssetBody(asset=AssetUpdate(add_tag_names=["searchable", "red"], rating=2))
    )
    client.assets.update_asset(
        blue.id, body=UpdateAssetBody(asset=AssetUpdate(add_tag_names=["searchable"], rating=5))
    )
    mine = [red.id, blue.id]

    def hits(**filters: Any) -> list[int]:
        return sorted(a.id for a in client.assets.search_assets(ids=mine, **filters).assets)

    assert hits(tags=["searchable"]) == sorted(mine)
    assert hits(tags=["searchable", "red"]) == [red.id]  # every tag named
    assert hits(hide_tags=["red"]) == [blue.id]
    assert hits(exts=["png"]) == [blue.id]
    assert hits(rating=[5]) == [blue.id] and hits(rating=[1, 3]) == [red.id]
    assert hits(q="search-red") == [red.id]
    assert hits(created_at=["2000-01-01T00:00:00Z", "2999-01-01T00:00:00Z"]) == sorted(mine)
    assert hits(created_at=["2000-01-01T00:00:00Z", "2001-01-01T00:00:00Z"]) == []
    assert hits(aasm_state="pending") == []  # both are processed
    by_size = client.assets.search_assets(ids=mine, sort="file_size-desc", all_ids=True)
    assert [a.id for a in by_size.assets] == [blue.id, red.id] and by_size.asset_ids == [blue.id, red.id]
    posted = client.assets.search_assets_by_post(body=SearchAssetsByPostBody(ids=mine, tags=["red"]))
    assert [a.id for a in posted.assets] == [red.id] and posted.total_entries == 1


def test_search_pages_follow_total_entries(client: Mediagraph, served: Served) -> None:
    total = client.assets.search_assets(per_page=1).total_entries
    assert total >= 3
    served.requests.clear()
    pages = list(client.assets.search_assets_pages(per_page=2))
    searches = [r for r in served.requests if r.url.path == "/api/assets/search"]
    assert len(searches) == len(pages) == math.ceil(total / 2)  # no request for an empty page
    seen = [a.id for page in pages for a in page.assets]
    assert len(seen) == total == len(set(seen))
    assert (
        sum(
            len(page.assets)
            for page in client.assets.search_assets_by_post_pages(body=SearchAssetsByPostBody(per_page=2))
        )
        == total
    )


def test_groups_collections_lightboxes_and_search_by_group(client: Mediagraph) -> None:
    _, asset = upload_file(client, "grouped.jpg", b"g")
    parent = client.collections.create_collection(
        body=CreateCollectionBody(collection=CollectionInput(name="E2E Parent"))
    )
    child = client.collections.create_collection(
        body=CreateCollectionBody(collection=CollectionInput(name="E2E Child", parent_id=parent.id))
    )
    assert child.ancestor_ids == [parent.id] and child.path_names == ["E2E Parent", "E2E Child"]
    assert parent.id in [c.id for c in client.collections.collections_tree()]
    assert [c.id for c in client.collections.collections_tree(parent_id=parent.id)] == [child.id]
    assert client.collections.get_collection(parent.id).has_children
    assert [c.id for c in client.collections.list_collections(q="e2e child")] == [child.id]
    membership = client.collections.add_asset_to_collection(
        child.id, body=AddAssetToCollectionBody(asset_id=asset.id)
    )
    assert membership.asset_group_id == child.id and membership.asset_id == asset.id
    assert [a.id for a in client.assets.search_assets(collection_id=parent.id).assets] == [
        asset.id
    ]  # sub-levels too
    assert client.assets.search_assets(collection_id=parent.id, omit_child_collections=True).assets == []
    lightbox = client.lightboxes.list_lightboxes()[0]
    assert client.lightboxes.get_lightbox(lightbox.id).name == lightbox.name
    assert lightbox.id in [item.id for item in client.lightboxes.lightboxes_tree()]
    added = client.assets.add_assets_to_group(
        body=AddAssetsToGroupBody.from_dict({"ids[]": [asset.id], "asset_group_id": lightbox.id})
    )
    assert (added.count, added.added) == (1, 1)
    assert [a.id for a in client.assets.search_assets(lightbox_id=lightbox.id).assets] == [asset.id]


def test_storage_folders_tree_asset_ids_update_and_delete(client: Mediagraph) -> None:
    root = client.storage_folders.create_storage_folder(
        body=CreateStorageFolderBody(storage_folder=StorageFolderInput(name="E2E Root"))
    )
    sub = client.storage_folders.create_storage_folder(
        body=CreateStorageFolderBody(storage_folder=StorageFolderInput(name="E2E Sub", parent_id=root.id))
    )
    assert [f.id for f in client.storage_folders.storage_folders_tree(parent_id=root.id)] == [sub.id]
    assert root.id in [f.id for f in client.storage_folders.list_storage_folders()]
    seeded = client.storage_folders.storage_folders_tree()[0]
    assert client.storage_folders.list_storage_folder_asset_ids(seeded.id)  # the seeded assets live there
    renamed = client.storage_folders.update_storage_folder(
        sub.id, body=UpdateStorageFolderBody(storage_folder=StorageFolderChanges(description="moved"))
    )
    assert (
        renamed.description == "moved"
        and client.storage_folders.get_storage_folder(sub.id).parent_id == root.id
    )
    with conflict():  # a folder cannot move below itself
        client.storage_folders.update_storage_folder(
            root.id, body=UpdateStorageFolderBody(storage_folder=StorageFolderChanges(parent_id=sub.id))
        )
    assert client.storage_folders.delete_storage_folder(root.id).to_dict() == {}
    with pytest.raises(NotFoundError):  # its sub-folder went with it
        client.storage_folders.get_storage_folder(sub.id)


# -- tags and taxonomies -----------------------------------------------------------------------------------


def test_tags_crud_and_pages(client: Mediagraph) -> None:
    tag = client.tags.create_tag(body=CreateTagBody(tag=TagInput(name="e2e-tag")))
    assert tag.sub_type.value == "keyword" and client.tags.get_tag(tag.id).name == "e2e-tag"
    assert (
        client.tags.update_tag(tag.id, body=UpdateTagBody(tag=TagChanges(description="d"))).description == "d"
    )
    assert [t.id for t in client.tags.list_tags(q="e2e-tag")] == [tag.id]
    every = [t.id for page in client.tags.list_tags_pages(per_page=2) for t in page]
    assert tag.id in every and len(every) == len(set(every))
    assert client.tags.delete_tag(tag.id).to_dict() == {}
    with pytest.raises(NotFoundError):
        client.tags.get_tag(tag.id)


def test_taxonomies_and_their_tag_trees(client: Mediagraph) -> None:
    taxonomy = client.taxonomies.create_taxonomy(
        body=CreateTaxonomyBody(taxonomy=TaxonomyInput(name="E2E Taxonomy"))
    )
    assert (
        client.taxonomies.update_taxonomy(
            taxonomy.id, body=UpdateTaxonomyBody(taxonomy=TaxonomyChanges(description="x"))
        ).description
        == "x"
    )
    assert taxonomy.id in [t.id for t in client.taxonomies.list_taxonomies()]
    root = client.taxonomy_tags.create_taxonomy_tag(
        taxonomy.id, body=CreateTaxonomyTagBody(taxonomy_tags=TaxonomyTagInput(name="Animals"))
    )
    leaf = client.taxonomy_tags.create_taxonomy_tag(
        taxonomy.id,
        body=CreateTaxonomyTagBody(taxonomy_tags=TaxonomyTagInput(name="Cats", parent_id=root.id)),
    )
    assert leaf.path_names == ["Animals", "Cats"] and leaf.taxonomy_id == taxonomy.id
    # A parent that is no tag of this taxonomy is the body's error (422 on parent_id), not a 404 that
    # would say the taxonomy in the URL is gone.
    with pytest.raises(UnprocessableEntityError, match="is not a tag of this taxonomy"):
        client.taxonomy_tags.create_taxonomy_tag(
            taxonomy.id,
            body=CreateTaxonomyTagBody(taxonomy_tags=TaxonomyTagInput(name="Orphan", parent_id=-407)),
        )
    assert [t.id for t in client.taxonomy_tags.taxonomy_tags_tree(taxonomy.id)] == [root.id]
    assert [t.id for t in client.taxonomy_tags.taxonomy_tags_tree(taxonomy.id, parent_id=root.id)] == [
        leaf.id
    ]
    assert [t.id for t in client.taxonomy_tags.list_taxonomy_tags(taxonomy.id, q="cat")] == [leaf.id]
    assert [t.id for t in client.taxonomies.get_taxonomy(taxonomy.id).taxonomy_tag_roots] == [root.id]
    renamed = client.taxonomy_tags.update_taxonomy_tag(
        taxonomy.id, leaf.id, body=UpdateTaxonomyTagBody(taxonomy_tags=TaxonomyTagChanges(name="Felines"))
    )
    assert client.taxonomy_tags.get_taxonomy_tag(taxonomy.id, leaf.id).name == renamed.name == "Felines"
    with pytest.raises(NotFoundError):  # the form body's taxonomy_id must name the tag's taxonomy
        client.taxonomy_tags.delete_taxonomy_tag(
            taxonomy.id, leaf.id, body=DeleteTaxonomyTagBody(taxonomy_id=taxonomy.id + 1000)
        )
    assert (
        client.taxonomy_tags.delete_taxonomy_tag(
            taxonomy.id, leaf.id, body=DeleteTaxonomyTagBody(taxonomy_id=taxonomy.id)
        ).to_dict()
        == {}
    )
    assert client.taxonomies.delete_taxonomy(taxonomy.id).to_dict() == {}
    with pytest.raises(NotFoundError):  # its tags went with it
        client.taxonomy_tags.get_taxonomy_tag(taxonomy.id, root.id)


# -- bulk downloads -----------------------------------------------------------------------------------------


def test_bulk_download_token_lives_five_minutes(client: Mediagraph, served: Served) -> None:
    _, first = upload_file(client, "bulk-1.txt", b"one")
    _, second = upload_file(client, "bulk-2.txt", b"two")
    prepared = client.downloads.prepare_download(
        body=PrepareDownloadBody(download=PrepareDownloadBodyDownload(asset_ids=[first.id, second.id]))
    )
    archive = zipfile.ZipFile(io.BytesIO(client.downloads.start_download(prepared.token).payload.read()))
    assert {name: archive.read(name) for name in archive.namelist()} == {
        "bulk-1.txt": b"one",
        "bulk-2.txt": b"two",
    }
    served.clock.advance(299)
    assert client.downloads.start_download(prepared.token, range_="bytes=0-3").payload.read() == b"PK\x03\x04"
    served.clock.advance(2)  # 5 minutes after it was made
    with pytest.raises(NotFoundError):
        client.downloads.start_download(prepared.token)


# -- organization, memberships, the user --------------------------------------------------------------------


def test_memberships_organizations_and_the_current_user(client: Mediagraph, served: Served) -> None:
    memberships = client.memberships.list_memberships()
    other = memberships[-1]
    assert client.memberships.get_membership(other.id).id == other.id
    role = UpdateMembershipBodyMembershipRoleLevel.GLOBAL_LIBRARY
    assert (
        client.memberships.update_membership(
            other.id, body=UpdateMembershipBody(membership=UpdateMembershipBodyMembership(role_level=role))
        ).role_level.value
        == "global_library"
    )
    status = UpdateMembershipStatusBodyStatus.DEACTIVATED
    assert (
        client.memberships.update_membership_status(
            other.id, body=UpdateMembershipStatusBody(status=status)
        ).aasm_state.value
        == "deactivated"
    )
    organization = client.organizations.get_organization(1)
    found = client.organizations.find_organization(slug=organization.slug)
    assert found.organization.id == organization.id and found.abilities
    with pytest.raises(NotFoundError):
        client.organizations.find_organization(slug="no-such-organization")
    # "All endpoints using Personal Access Tokens (besides User specifics) require the OrganizationId header"
    with served.client(personal_access_token=PAT["personal_access_token"]) as user_only:
        assert user_only.user.who_am_i().id == client.user.who_am_i().id
        assert user_only.user.can_upload().can_upload
        with pytest.raises(AuthConfigurationError):
            user_only.assets.search_assets()


def test_personal_access_token_and_organization_header_are_checked(served: Served) -> None:
    with (
        served.client(**{**PAT, "personal_access_token": "not-the-token"}) as client,
        pytest.raises(AuthenticationError),
    ):
        client.assets.search_assets()
    # The right token for another organization: a valid credential without the access asked for.
    with (
        served.client(**{**PAT, "organization_id": "999"}) as client,
        pytest.raises(PermissionDeniedError) as refused,
    ):
        client.assets.search_assets()
    assert refused.value.response.json()["error"] == "insufficient_scope"


# -- OAuth -------------------------------------------------------------------------------------------------


def test_oauth_handshake_renewal_and_revocation_against_the_mock(served: Served) -> None:
    with served.client(**OAUTH) as client:
        request = client.oauth.authorization_url(redirect_uri=REDIRECT)
        authorize = httpx.URL(request.url)
        assert (authorize.host, authorize.path) == ("mediagraph.io", "/oauth/authorize")
        # The user's browser: the mock serves mediagraph.io's authorization endpoint at its path,
        # approves at once and redirects back with the code and the state.
        redirect = httpx.get(f"{served.base_url}{authorize.raw_path.decode()}", follow_redirects=False)
        back = httpx.URL(redirect.headers["Location"])
        assert redirect.is_redirect and back.params["state"] == request.state
        first = client.oauth.exchange_code(back.params["code"], redirect_uri=REDIRECT)
        assert client.user.who_am_i().id == 1
        assert client.assets.search_assets(per_page=1).total_entries >= 1  # no OrganizationId needed

        served.clock.advance(7200 - 30)  # within renew-before-seconds of the documented lifetime
        client.user.can_upload()
        assert client.oauth.tokens is not None and client.oauth.tokens.access_token != first.access_token
        held = client.oauth.tokens.access_token
        client.oauth.revoke()
        refused = httpx.get(f"{served.base_url}/api/whoami", headers={"Authorization": f"Bearer {held}"})
        assert refused.status_code == 401
        with pytest.raises(AuthConfigurationError):
            client.user.who_am_i()


def test_oauth_token_parameters_in_the_query_string_as_documented(served: Served) -> None:
    """ "Get Refresh Token: POST https://mediagraph.io/oauth/token?grant_type=authorization_code&...":
    the mock takes the parameters from the query string too."""
    with served.client(**OAUTH) as client:
        request = client.oauth.authorization_url(redirect_uri=REDIRECT, state="s-1")
    redirect = httpx.get(f"{served.base_url}{httpx.URL(request.url).raw_path.decode()}")
    code = httpx.URL(redirect.headers["Location"]).params["code"]
    query = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT,
        "client_id": OAUTH["client_id"],
        "client_secret": OAUTH["client_secret"],
    }
    answer = httpx.post(f"{served.base_url}/oauth/token", params=query)
    assert answer.status_code == 200, answer.text
    tokens = answer.json()
    assert tokens["token_type"].lower() == "bearer" and tokens["refresh_token"]
    revoked = httpx.post(
        f"{served.base_url}/oauth/revoke",
        params={"token": tokens["refresh_token"], **{k: query[k] for k in ("client_id", "client_secret")}},
    )
    assert revoked.status_code == 200
    assert (
        httpx.get(
            f"{served.base_url}/api/whoami", headers={"Authorization": f"Bearer {tokens['access_token']}"}
        ).status_code
        == 401
    )
