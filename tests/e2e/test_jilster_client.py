"""Every Jilster operation through the generated client `Jilster`, against the mock over real HTTP.

One mock for the module, on a `FakeClock` the tests share with their clients: token expiry (2
minutes), the end of the 12-hour refresh window and the jobs' progress are moved by hand, never
waited for. The demo user and the administrator are the mock's defaults. Besides the round trips:
the `{success, data, message}` envelope unwrapped and typed, `success: false` and the uploads'
`success: true` refusals raised as `EnvelopeFailureError` with the message, the documented page
rules, and the password never in reprs or errors.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Iterator
from io import BytesIO
from uuid import UUID

import httpx
import pytest
from jilster_client import (
    AsyncJilster,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    EnvelopeFailureError,
    Jilster,
    NotFoundError,
    RefreshWindowExpiredError,
)
from jilster_client.models import (
    ChiefEditorsUpdate,
    CreateDocumentPagesRequest,
    CreateImageThumbnailRequest,
    CreateMagazinePageImagesRequest,
    CreateMagazinePrintPdfRequest,
    CreateMagazineScreenPdfRequest,
    Credentials,
    DocumentUpload,
    EditorRemoval,
    ImageDirectoryCreate,
    ImageDirectoryUpdate,
    ImageUpdate,
    ImageUpload,
    JobStatus,
    MagazineCreate,
    MagazineLock,
    MagazinePageUpdate,
    MagazineUpdate,
    PageCountAdd,
    PageCountClear,
    PageCountRemove,
    PageEditorsUpdate,
    PageOrder,
    PageRestore,
    PageStatusUpdate,
    RefreshRequest,
    ShapeDirectoryCreate,
    ShapeDirectoryUpdate,
    ShapeUpdate,
    ShapeUpload,
    UserCreate,
    UserUpdate,
)
from jilster_client.types import File

from generator.mock import MockOptions, background_server, load_vendor_app
from tests.conftest import GENERATED
from tests.support.clock import FakeClock

EMAIL, PASSWORD = "demo@example.com", "demo-password"
ADMIN_EMAIL, ADMIN_PASSWORD = "admin@example.com", "admin-password"
MAGAZINE = UUID("bf98c980-c7f7-4eb7-97d2-26d5baf8771d")  # seeded: 8 pages
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"/></svg>'


class Mock:
    def __init__(self, base_url: str, clock: FakeClock) -> None:
        self.base_url = base_url
        self.clock = clock

    def client(self, email: str = EMAIL, password: str = PASSWORD) -> Jilster:
        return Jilster(
            email=email, password=password, base_url=self.base_url, rate_limit=False, clock=self.clock
        )


@pytest.fixture(scope="module")
def mock() -> Iterator[Mock]:
    clock = FakeClock()
    credentials = {
        "email": EMAIL,
        "password": PASSWORD,
        "admin_email": ADMIN_EMAIL,
        "admin_password": ADMIN_PASSWORD,
    }
    options = MockOptions(credentials=credentials, rate_limit=None, clock=clock, validate_responses=True)
    with background_server(load_vendor_app("jilster", GENERATED, options)) as base_url:
        yield Mock(base_url + "/api/v1", clock)


@pytest.fixture
def client(mock: Mock) -> Iterator[Jilster]:
    with mock.client() as c:
        yield c


@pytest.fixture
def admin(mock: Mock) -> Iterator[Jilster]:
    with mock.client(ADMIN_EMAIL, ADMIN_PASSWORD) as c:
        yield c


def file(data: bytes, name: str, mime: str) -> File:
    return File(payload=BytesIO(data), file_name=name, mime_type=mime)


def new_magazine(client: Jilster, pages: int = 8) -> UUID:
    return client.magazines.create_magazine(body=MagazineCreate(title="E2E", page_count=pages)).id


# -- authentication ---------------------------------------------------------------------------------


def test_authenticate_and_refresh_directly(client: Jilster, mock: Mock) -> None:
    token = client.authentication.authenticate(body=Credentials(email=EMAIL, password=PASSWORD)).token
    mock.clock.advance(150)  # expired: "it can be refreshed by providing it to the Refresh API method"
    renewed = client.authentication.refresh_token(body=RefreshRequest(token=token)).token
    assert renewed and renewed != token
    with pytest.raises(AuthenticationError) as wrong:
        client.authentication.authenticate(body=Credentials(email=EMAIL, password="wrong"))
    assert wrong.value.body == {"error": "Invalid credentials"}
    with pytest.raises(AuthenticationError) as bad:
        client.authentication.refresh_token(body=RefreshRequest(token="not-a-token"))
    assert bad.value.message == "Could not refresh token"


def test_missing_token_is_a_400_token_not_provided(mock: Mock) -> None:
    response = httpx.get(f"{mock.base_url}/magazines/{MAGAZINE}")
    assert (response.status_code, response.json()) == (400, {"error": "Token not provided"})


def test_token_renewed_silently_after_two_minutes(client: Jilster, mock: Mock) -> None:
    sent: list[httpx.Request] = []
    with Jilster(
        email=EMAIL,
        password=PASSWORD,
        base_url=mock.base_url,
        rate_limit=False,
        clock=mock.clock,
        httpx_args={"event_hooks": {"request": [sent.append]}},
    ) as watched:
        watched.magazines.get_magazine(MAGAZINE)
        for _ in range(3):
            mock.clock.advance(121)  # past the 2 minutes
            assert watched.magazines.get_magazine(MAGAZINE).id == MAGAZINE
    paths = [request.url.path.rsplit("/", 1)[-1] for request in sent]
    assert paths.count("authenticate") == 1 and paths.count("refresh") == 3


def test_end_of_the_refresh_window_raises_a_clear_error(mock: Mock) -> None:
    with mock.client() as session:
        session.users.get_user(1)
        for _ in range(6):  # refreshed every 2 hours: the window counts from the login
            mock.clock.advance(2 * 3600)
            try:
                session.users.get_user(1)
            except RefreshWindowExpiredError as error:
                assert "12 hours" in str(error) and PASSWORD not in str(error)
                break
        else:
            pytest.fail("no RefreshWindowExpiredError after 12 hours")
        with pytest.raises(RefreshWindowExpiredError):  # stays stopped: no silent login
            session.users.get_user(1)
        session.reauthenticate()
        assert session.users.get_user(1).email == EMAIL
        assert PASSWORD not in repr(session)


# -- magazines ------------------------------------------------------------------------------------


def test_magazine_lifecycle(client: Jilster) -> None:
    magazine_id = new_magazine(client)
    got = client.magazines.get_magazine(magazine_id)
    assert (got.title, got.page_count, got.last_content_change) == ("E2E", 8, "")
    assert got.magazine_cover is not None and got.magazine_cover.number == 1
    updated = client.magazines.update_magazine(magazine_id, body=MagazineUpdate(title="Renamed", status=2))
    assert (updated.title, updated.status) == ("Renamed", 2)
    locked = client.magazines.lock_magazine(
        magazine_id, body=MagazineLock(last_content_change="2018-12-06 09:50:00")
    )
    assert locked.last_content_change == "2018-12-06 09:50:00"
    mine = client.magazines.list_user_magazines(user_id=1)
    assert magazine_id in [entry.magazine.id for entry in mine]
    deleted = client.magazines.delete_magazine(magazine_id)
    assert (deleted.success, deleted.message) == (True, "Magazine deleted successfully")
    with pytest.raises(NotFoundError) as gone:
        client.magazines.get_magazine(magazine_id)
    assert gone.value.message == "Entity not found"


def test_page_count_rules(client: Jilster) -> None:
    magazine_id = new_magazine(client, 8)
    assert client.magazines.add_magazine_pages(magazine_id, body=PageCountAdd(page_count=4)).page_count == 12
    with pytest.raises(BadRequestError) as odd:
        client.magazines.add_magazine_pages(magazine_id, body=PageCountAdd(page_count=3))
    assert odd.value.message == "Parameter 'pageCount' not divisible by 4"
    with pytest.raises(BadRequestError) as too_many:
        client.magazines.add_magazine_pages(magazine_id, body=PageCountAdd(page_count=112))
    assert too_many.value.message == "Maximum number of pages is 120"
    assert (
        client.magazines.add_magazine_pages(magazine_id, body=PageCountAdd(page_count=108)).page_count == 120
    )
    assert (
        client.magazines.remove_magazine_pages(magazine_id, body=PageCountRemove(page_count=116)).page_count
        == 4
    )
    with pytest.raises(BadRequestError) as too_few:
        client.magazines.remove_magazine_pages(magazine_id, body=PageCountRemove(page_count=4))
    assert too_few.value.message == "Minimum number of pages is 4"
    assert isinstance(too_few.value, BadRequestError) and too_few.value.body["success"] is False
    pages = client.magazine_pages.list_magazine_pages(magazine_id=magazine_id)
    assert [page.number for page in pages] == [1, 2, 3, 4]
    with pytest.raises(BadRequestError) as created:
        client.magazines.create_magazine(body=MagazineCreate(title="x", page_count=6))
    assert created.value.message == "Parameter 'pageCount' not divisible by 4"


def test_clear_and_sort_pages(client: Jilster) -> None:
    magazine_id = new_magazine(client, 8)
    pages = client.magazine_pages.list_magazine_pages(magazine_id=magazine_id)
    client.magazine_pages.update_magazine_page(pages[7].id, body=MagazinePageUpdate(content="<p>last</p>"))
    client.magazines.clear_magazine_pages(magazine_id, body=PageCountClear(page_count=4))
    assert client.magazine_pages.get_magazine_page(pages[7].id).content == ""
    order = ",".join(str(page.id) for page in reversed(pages))
    sorted_pages = client.magazines.sort_magazine_pages(magazine_id, body=PageOrder(magazinepage_ids=order))
    assert [page.id for page in sorted_pages] == [page.id for page in reversed(pages)]
    with pytest.raises(BadRequestError):
        client.magazines.sort_magazine_pages(magazine_id, body=PageOrder(magazinepage_ids=str(pages[0].id)))


def test_editors(client: Jilster) -> None:
    magazine_id = new_magazine(client)
    chiefs = client.magazines.set_magazine_chief_editors(
        magazine_id, body=ChiefEditorsUpdate(chiefeditor_id=1, cochiefeditor_ids="2,3")
    )
    assert chiefs.chiefeditor is not None and chiefs.chiefeditor.id == 1
    assert [user.id for user in chiefs.cochiefeditors] == [2, 3]
    page = client.magazine_pages.list_magazine_pages(magazine_id=magazine_id)[1]
    client.magazine_pages.set_magazine_page_editors(page.id, body=PageEditorsUpdate(editor_ids="3"))
    assert [user.id for user in client.magazines.get_magazine_editors(magazine_id).editors] == [3]
    assert magazine_id in [m.magazine.id for m in client.magazines.list_user_magazines(user_id=3)]
    removed = client.magazines.remove_magazine_editor(magazine_id, body=EditorRemoval(editor_id=3))
    assert removed.editors == []
    with pytest.raises(BadRequestError):
        client.magazine_pages.set_magazine_page_editors(page.id, body=PageEditorsUpdate(editor_ids="999"))


# -- magazine pages ---------------------------------------------------------------------------------


def test_page_versions_and_status(client: Jilster, mock: Mock) -> None:
    magazine_id = new_magazine(client)
    page = client.magazine_pages.list_magazine_pages(magazine_id=magazine_id, user_id=1)[0]
    mock.clock.advance(1)
    first = client.magazine_pages.update_magazine_page(page.id, body=MagazinePageUpdate(content="one"))
    version = int(mock.clock.now)
    mock.clock.advance(5)
    client.magazine_pages.update_magazine_page(
        page.id, body=MagazinePageUpdate(content="two", chunk_version=5)
    )
    stamp = int(time.strftime("%Y%m%d%H%M%S", time.gmtime(version)))
    restored = client.magazine_pages.restore_magazine_page(page.id, body=PageRestore(version=stamp))
    assert (restored.content, first.content) == ("one", "one")
    with pytest.raises(BadRequestError):
        client.magazine_pages.restore_magazine_page(page.id, body=PageRestore(version=20170509173425))
    assert (
        client.magazine_pages.set_magazine_page_status(page.id, body=PageStatusUpdate(status=2)).status == 2
    )


# -- users ----------------------------------------------------------------------------------------


def test_users(client: Jilster, mock: Mock) -> None:
    email = f"{uuid.uuid4().hex[:8]}@example.com"
    user = client.users.create_user(body=UserCreate(email=email, password="s3cret", first_name="Ann"))
    assert (user.email, user.first_name, user.active) == (email, "Ann", 1)
    assert client.users.get_user(user.id).email == email
    assert client.users.get_user_by_email(email).id == user.id
    with pytest.raises(ConflictError) as twice:
        client.users.create_user(body=UserCreate(email=email, password="x"))
    assert twice.value.message == "User already exists"
    assert client.users.update_user(user.id, body=UserUpdate(nick_name="Annie")).nick_name == "Annie"
    with mock.client(email, "s3cret") as new_user:  # a created user can log in
        assert new_user.users.get_user(user.id).id == user.id
        client.users.delete_user(user.id)
        with pytest.raises(AuthenticationError):  # its tokens stop working, and its login
            new_user.users.get_user(1)
    with pytest.raises(NotFoundError):
        client.users.get_user(user.id)


# -- documents, images, shapes ----------------------------------------------------------------------


def test_documents_and_pages(client: Jilster) -> None:
    document = client.documents.create_document(
        body=DocumentUpload(file=file(PDF, "a.pdf", "application/pdf"), magazine_id=MAGAZINE)
    )
    assert client.documents.get_document(document.id).file_name.endswith(".pdf")
    pages = client.document_pages.list_document_pages(document_id=1)
    assert [page.page_number for page in pages] == [1, 2]
    assert client.document_pages.get_document_page(pages[1].id).document_id == 1
    assert client.document_pages.delete_document_page(pages[1].id).success is True
    with pytest.raises(EnvelopeFailureError) as refused:
        client.documents.create_document(
            body=DocumentUpload(file=file(PNG, "a.png", "image/png"), magazine_id=MAGAZINE)
        )
    assert (refused.value.status_code, refused.value.message) == (200, "Invalid filetype")
    assert client.documents.delete_document(document.id).message == "Document deleted successfully"


def test_image_directories_and_images(client: Jilster) -> None:
    directory = client.image_directories.create_image_directory(
        body=ImageDirectoryCreate(magazine_id=MAGAZINE, title="Photos")
    )
    other = client.image_directories.create_image_directory(
        body=ImageDirectoryCreate(magazine_id=MAGAZINE, title="Other")
    )
    image = client.images.create_image(
        body=ImageUpload(file=file(PNG, "p.png", "image/png"), imagedirectory_id=directory.id)
    )
    assert httpx.get(image.url).content == PNG
    assert client.image_directories.get_image_directory(directory.id).image_count == 1
    assert directory.id in [
        d.id for d in client.image_directories.list_image_directories(magazine_id=MAGAZINE)
    ]
    assert (
        client.image_directories.update_image_directory(
            directory.id, body=ImageDirectoryUpdate(title="P")
        ).title
        == "P"
    )
    assert [i.id for i in client.images.list_images(imagedirectory_id=directory.id)] == [image.id]
    assert client.images.get_image(image.id).type_ == "custom"
    assert client.images.update_image(image.id, body=ImageUpdate(sort_order=3)).sort_order == 3
    moved = client.images.move_image(image.id, imagedirectory_id=other.id)
    assert (moved.imagedirectory_id, moved.type_) == (other.id, "modified")
    cropped = client.images.crop_image(image.id, left=0, top=0, width=2, height=2)
    assert cropped.id == image.id
    by_name = client.images.crop_image(0, file_name=image.file_name, left=1, top=1, width=1, height=1)
    assert by_name.id == image.id
    with pytest.raises(EnvelopeFailureError) as refused:
        client.images.create_image(
            body=ImageUpload(file=file(b"hello", "p.txt", "text/plain"), imagedirectory_id=other.id)
        )
    assert refused.value.message == "Invalid filetype"
    assert client.images.delete_image(image.id).success is True
    assert client.image_directories.delete_image_directory(directory.id).success is True


def test_shape_directories_and_shapes(client: Jilster) -> None:
    directory = client.shape_directories.create_shape_directory(body=ShapeDirectoryCreate(title="Stars"))
    assert directory.id in [d.id for d in client.shape_directories.list_shape_directories()]
    assert client.shape_directories.get_shape_directory(directory.id).title == "Stars"
    renamed = client.shape_directories.update_shape_directory(
        directory.id, body=ShapeDirectoryUpdate(title="S")
    )
    assert renamed.title == "S"
    shape = client.shapes.create_shape(
        body=ShapeUpload(file=file(SVG, "s.svg", "image/svg+xml"), shapedirectory_id=directory.id)
    )
    assert shape.content == SVG.decode()
    assert [s.id for s in client.shapes.list_shapes(shapedirectory_id=directory.id)] == [shape.id]
    assert client.shapes.get_shape(shape.id).file_name.endswith(".svg")
    assert client.shapes.update_shape(shape.id, body=ShapeUpdate(sort_order=2)).sort_order == 2
    assert client.shapes.delete_shape(shape.id).success is True
    assert client.shape_directories.delete_shape_directory(directory.id).success is True


# -- jobs -----------------------------------------------------------------------------------------


def test_jobs_are_for_administrators_and_progress(client: Jilster, admin: Jilster, mock: Mock) -> None:
    with pytest.raises(
        AuthenticationError
    ) as refused:  # "A 401 response is sent to users that don't have this role"
        client.jobs.create_magazine_screen_pdf(body=CreateMagazineScreenPdfRequest(magazine_id=MAGAZINE))
    assert refused.value.message == "Method for entity not accessible for current user"
    job_id = admin.jobs.create_magazine_screen_pdf(
        body=CreateMagazineScreenPdfRequest(magazine_id=MAGAZINE)
    ).job_id
    assert admin.jobs.get_job(job_id).status == JobStatus.DISPATCHED
    mock.clock.advance(10)
    assert admin.jobs.get_job(job_id).status == JobStatus.PROCESSING
    mock.clock.advance(30)
    done = admin.jobs.get_job(job_id)
    assert (done.status, done.name, done.entity) == (
        JobStatus.PROCESSED,
        "CreateMagazineScreenPDF",
        "magazine",
    )
    assert isinstance(done.file_url, str)
    with pytest.raises(AuthenticationError):
        client.jobs.get_job(job_id)
    # failed: the entity is gone before the job is done
    magazine_id = new_magazine(client)
    doomed = admin.jobs.create_magazine_print_pdf(
        body=CreateMagazinePrintPdfRequest(magazine_id=magazine_id)
    ).job_id
    client.magazines.delete_magazine(magazine_id)
    mock.clock.advance(40)
    assert admin.jobs.get_job(doomed).status == JobStatus.FAILED
    page = client.magazine_pages.list_magazine_pages(magazine_id=MAGAZINE)[0]
    for dispatched in (
        admin.jobs.create_magazine_page_images(body=CreateMagazinePageImagesRequest(magazinepage_id=page.id)),
        admin.jobs.create_document_pages(body=CreateDocumentPagesRequest(document_id=1)),
        admin.jobs.create_image_thumbnail(body=CreateImageThumbnailRequest(image_id=1)),
    ):
        assert admin.jobs.get_job(dispatched.job_id).status == JobStatus.DISPATCHED
    with pytest.raises(NotFoundError):
        admin.jobs.create_document_pages(body=CreateDocumentPagesRequest(document_id=99999))


# -- the async client --------------------------------------------------------------------------------


def test_the_async_client_unwraps_and_raises_alike(mock: Mock) -> None:
    async def scenario() -> None:
        async with AsyncJilster(
            email=EMAIL, password=PASSWORD, base_url=mock.base_url, rate_limit=False, clock=mock.clock
        ) as client:
            magazine = await client.magazines.get_magazine(MAGAZINE)
            assert magazine.id == MAGAZINE and magazine.page_count >= 4
            mock.clock.advance(121)  # renewed silently on the async client too
            pages = await client.magazine_pages.list_magazine_pages(magazine_id=MAGAZINE)
            assert pages[0].number == 1
            with pytest.raises(EnvelopeFailureError) as refused:
                await client.shapes.create_shape(
                    body=ShapeUpload(file=file(PNG, "s.png", "image/png"), shapedirectory_id=1)
                )
            assert refused.value.message == "Invalid filetype"

    asyncio.run(scenario())
