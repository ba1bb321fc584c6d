"""Every Storyly operation through the generated client `Storyly`, against the mock over real HTTP.

The session's shared mock (`running_mock` in tests/conftest.py) answers with its demo token. Each
test makes its own records (labels, identifiers) so tests do not depend on each other's order.
Besides the round trips: multipart bodies with and without a file (the uploaded bytes are fetched
back from the URL the mock answers), and the API token -- which travels in the URL -- never
appearing in the client's repr, in errors, in tracebacks or in the client's DEBUG logs.
"""

from __future__ import annotations

import logging
import traceback
import uuid
from collections.abc import Callable, Iterator
from io import BytesIO

import httpx
import pytest
from storyly_client import (
    APIStatusError,
    AuthenticationError,
    NotFoundError,
    Storyly,
    UnprocessableEntityError,
)
from storyly_client.models import (
    AudienceCreateData,
    AudienceCreateForm,
    AudienceUpdateData,
    AudienceUpdateForm,
    SegmentCreate,
    SegmentRule,
    SegmentRuleType,
    StoryCreateData,
    StoryCreateForm,
    StoryGroupCreateData,
    StoryGroupCreateForm,
    StoryGroupStatus,
    StoryGroupType,
    StoryGroupUpdateData,
    StoryGroupUpdateForm,
    StoryType,
    StoryUpdateData,
    StoryUpdateForm,
    SubUserCreate,
)
from storyly_client.types import File, Unset

from tests.conftest import RunningMock

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
CSV = b"username,area\nalice,north\nbob,south\n"


@pytest.fixture(scope="module")
def mock(running_mock: Callable[[str], RunningMock]) -> RunningMock:
    return running_mock("storyly")


@pytest.fixture
def client(mock: RunningMock) -> Iterator[Storyly]:
    with Storyly(
        token=mock.credentials["token"], base_url=mock.base_url + "/external", rate_limit=False
    ) as c:
        yield c


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def png_file() -> File:
    return File(payload=BytesIO(PNG), file_name="icon.png", mime_type="image/png")


def new_group(client: Storyly, **fields: object) -> int:
    data = StoryGroupCreateData(title=unique("group"), app_id=1, **fields)  # type: ignore[arg-type]
    return client.story_groups.create(body=StoryGroupCreateForm(data=data, file=png_file())).id


def test_apps_and_instances_are_seeded(client: Storyly) -> None:
    apps = client.apps.list()
    assert [app.title for app in apps][:3] == ["My iOS App", "My Android App", "My Web App"]
    assert apps[0].store_type == "ios" and apps[0].detailed_info.icon.endswith("appIcon.png")
    instances = client.instances.list()
    assert {instance.app_id for instance in instances} == {app.id for app in apps}
    assert instances[0].title == "New Instance" and instances[0].is_sharable is True


def test_segments_create_list_delete_and_usage(client: Storyly) -> None:
    label = unique("label")
    created = client.segments.create(body=SegmentCreate(label=label))
    assert created.label == label and created.is_used is False and created.account_id == 1
    with pytest.raises(APIStatusError) as conflict:
        client.segments.create(body=SegmentCreate(label=label))
    assert conflict.value.status_code == 409
    group_id = new_group(client, segments=[SegmentRule(type_=SegmentRuleType.INCLUDE, labels=[label])])
    assert next(s for s in client.segments.list() if s.label == label).is_used is True
    assert client.segments.delete(label=label).message == "success"
    assert label not in [segment.label for segment in client.segments.list()]
    with pytest.raises(NotFoundError):
        client.segments.delete(label=label)  # deletes are permanent
    client.story_groups.delete(story_group_id=group_id)


def test_story_group_round_trip_with_a_file(client: Storyly, mock: RunningMock) -> None:
    data = StoryGroupCreateData(title="Summer", app_id=2, click_target_cap=50, target_cap=100)
    group = client.story_groups.create(body=StoryGroupCreateForm(data=data, file=png_file()))
    assert (group.title, group.app_id, group.instance_id) == ("Summer", 2, 3)
    assert (group.clicked_target_cap, group.target_cap, group.views, group.clicks) == (50, 100, 0, 0)
    assert group.status == StoryGroupStatus.ACTIVE and group.type_ == StoryGroupType.DEFAULT
    assert httpx.get(group.icon).content == PNG  # the uploaded file, byte for byte
    fetched = client.story_groups.get(story_group_id=group.id)  # documented bare, typed the same
    assert fetched.to_dict() == group.to_dict()
    assert group.id in [g.id for g in client.story_groups.list()]

    update = StoryGroupUpdateData(
        title="Autumn", status=StoryGroupStatus.PASSIVE, media_url="https://cdn.test/i.jpg"
    )
    updated = client.story_groups.update(story_group_id=group.id, body=StoryGroupUpdateForm(data=update))
    assert (updated.title, updated.status, updated.icon) == (
        "Autumn",
        StoryGroupStatus.PASSIVE,
        "https://cdn.test/i.jpg",
    )
    assert updated.ts_created == group.ts_created
    assert httpx.get(group.icon).status_code == 404  # the replaced icon is gone

    with pytest.raises(NotFoundError):
        client.story_groups.delete(story_group_id=group.id, app_id=1)  # not its app
    client.story_groups.delete(story_group_id=group.id, app_id=2)
    with pytest.raises(NotFoundError):
        client.story_groups.get(story_group_id=group.id)


def test_story_group_without_a_file_takes_media_url_and_needs_one_of_them(client: Storyly) -> None:
    data = StoryGroupCreateData(title="Linked", app_id=1, media_url="https://cdn.test/icon.png")
    group = client.story_groups.create(body=StoryGroupCreateForm(data=data))
    assert group.icon == "https://cdn.test/icon.png"
    with pytest.raises(UnprocessableEntityError):
        client.story_groups.create(body=StoryGroupCreateForm(data=StoryGroupCreateData(title="x", app_id=1)))
    with pytest.raises(NotFoundError):
        client.story_groups.create(
            body=StoryGroupCreateForm(data=StoryGroupCreateData(title="x", app_id=99), file=png_file())
        )
    client.story_groups.delete(story_group_id=group.id)


def test_stories_round_trip_and_system_filled_fields(client: Storyly) -> None:
    group_id = new_group(client)
    data = StoryCreateData.from_dict(
        {
            "title": "Clip",
            "story_group_id": group_id,
            "deeplink": "app://s=1",
            "outlink": "https://example.com",
            # system-filled: ignored when posted
            "views": 999,
            "mime_type": "text/plain",
            "deep_link": "ignored://",
            "ts_created": "2000-01-01 00:00:00",
        }
    )
    video = File(payload=BytesIO(MP4), file_name="clip.mp4", mime_type="video/mp4")
    story = client.stories.create(body=StoryCreateForm(data=data, file=video))
    assert (story.type_, story.mime_type, story.views) == (StoryType.VIDEO, "video/mp4", 0)
    assert story.deep_link == "app://s=1" and story.ts_created != "2000-01-01 00:00:00"
    assert httpx.get(story.media).content == MP4 and story.media_raw == story.media
    linked = client.stories.create(
        body=StoryCreateForm(
            data=StoryCreateData(title="Pic", story_group_id=group_id, media_url="https://cdn.test/a.png")
        )
    )
    assert (linked.type_, linked.mime_type, linked.sort_order) == (StoryType.IMAGE, "image/png", 2)

    assert client.stories.get(story_id=story.id).to_dict() == story.to_dict()
    assert [s.id for s in client.stories.list(story_group_id=group_id)] == [story.id, linked.id]
    update = StoryUpdateData(story_id=linked.id, story_group_id=group_id, title="Pic 2", deeplink=None)
    updated = client.stories.update(body=StoryUpdateForm(data=update, file=png_file()))
    assert (updated.title, updated.mime_type, updated.deep_link) == ("Pic 2", "image/png", None)
    with pytest.raises(NotFoundError):
        client.stories.update(
            body=StoryUpdateForm(data=StoryUpdateData(story_id=story.id, story_group_id=group_id + 1000))
        )

    client.stories.delete(story_id=story.id, story_group_id=group_id)
    with pytest.raises(NotFoundError):
        client.stories.get(story_id=story.id)
    client.story_groups.delete(story_group_id=group_id)  # takes its stories with it
    with pytest.raises(NotFoundError):
        client.stories.get(story_id=linked.id)


def test_sub_users_audiences_and_audience_story_groups(client: Storyly) -> None:
    identifier = unique("user") + "@example.com"
    sub_user = client.sub_users.create(body=SubUserCreate(user_identifier=identifier))
    assert isinstance(sub_user.id, uuid.UUID) and sub_user.audience_id is None
    with pytest.raises(APIStatusError) as conflict:
        client.sub_users.create(body=SubUserCreate(user_identifier=identifier))
    assert conflict.value.status_code == 409
    assert client.sub_users.get(user_identifier=identifier).id == sub_user.id
    assert sub_user.id in [u.id for u in client.sub_users.list()]

    audience_data = StoryGroupCreateData.from_dict(
        {"title": "For one", "app_id": 1, "type": "audience", "sub_user_id": str(sub_user.id)}
    )
    with pytest.raises(NotFoundError):  # "first, the audience should be created"
        client.story_groups.create(body=StoryGroupCreateForm(data=audience_data, file=png_file()))
    csv = File(payload=BytesIO(CSV), file_name="audience.csv", mime_type="text/csv")
    with pytest.raises(UnprocessableEntityError):  # the identifier must be a column of the CSV
        client.audiences.create(
            body=AudienceCreateForm(
                data=AudienceCreateData(sub_user_id=sub_user.id, name="A", audience_identifier="email"),
                file=csv,
            )
        )
    csv.payload.seek(0)
    audience = client.audiences.create(
        body=AudienceCreateForm(
            data=AudienceCreateData(sub_user_id=sub_user.id, name="A", audience_identifier="username"),
            file=csv,
        )
    )
    assert client.sub_users.get(user_identifier=identifier).audience_id == audience.id
    renamed = client.audiences.update(
        body=AudienceUpdateForm(
            data=AudienceUpdateData(sub_user_id=sub_user.id, name="B", audience_identifier="area")
        )
    )
    assert (renamed.id, renamed.name, renamed.audience_identifier) == (audience.id, "B", "area")

    group = client.story_groups.create(body=StoryGroupCreateForm(data=audience_data, file=png_file()))
    assert group.type_ == StoryGroupType.AUDIENCE and not isinstance(group.settings, Unset | None)
    assert group.settings.audience_id == audience.id
    assert [g.id for g in client.story_groups.list(sub_user_id=str(sub_user.id))] == [group.id]


def test_a_story_group_holds_at_most_100_stories(client: Storyly) -> None:
    group_id = new_group(client)
    for number in range(100):
        data = StoryCreateData(
            title=f"s{number}", story_group_id=group_id, media_url="https://cdn.test/s.jpg"
        )
        client.stories.create(body=StoryCreateForm(data=data))
    with pytest.raises(APIStatusError) as refused:
        client.stories.create(
            body=StoryCreateForm(
                data=StoryCreateData(
                    title="one more", story_group_id=group_id, media_url="https://cdn.test/s.jpg"
                )
            )
        )
    assert refused.value.status_code == 409 and "100 stories" in str(refused.value)
    client.story_groups.delete(story_group_id=group_id)


def test_segment_targeting_follows_the_documented_and_or_logic(client: Storyly, mock: RunningMock) -> None:
    tag = unique("t")
    a, b, c = f"{tag}-a", f"{tag}-b", f"{tag}-c"
    group_id = new_group(
        client,
        segments=[
            SegmentRule(type_=SegmentRuleType.INCLUDE, labels=[a]),  # a AND (b OR c), NOT excluded
            SegmentRule(type_=SegmentRuleType.INCLUDE, labels=[b, c]),
            SegmentRule(type_=SegmentRuleType.EXCLUDE, labels=[f"{tag}-x"]),
        ],
    )

    def visible(*labels: str) -> bool:
        answer = httpx.get(
            f"{mock.base_url}/_mock/story-groups/visible", params=[("label", x) for x in labels]
        )
        return group_id in answer.json()["story_group_ids"]

    assert visible(a, b) and visible(a, c) and visible(a, b, c)
    assert not visible(a) and not visible(b, c) and not visible(a, b, f"{tag}-x")
    client.story_groups.delete(story_group_id=group_id)


def test_a_wrong_or_missing_token_is_refused(mock: RunningMock) -> None:
    wrong = Storyly(token="not-the-token", base_url=mock.base_url + "/external", rate_limit=False)
    with wrong, pytest.raises(AuthenticationError) as refused:
        wrong.apps.list()
    assert refused.value.status_code == 401
    bare = httpx.get(f"{mock.base_url}/external/app")
    assert bare.status_code == 401 and bare.json() == {"status": "error", "message": "token required"}


def test_the_token_never_shows_in_reprs_errors_or_logs(
    mock: RunningMock, caplog: pytest.LogCaptureFixture
) -> None:
    token = mock.credentials["token"]
    caplog.set_level(logging.DEBUG)
    with Storyly(token=token, base_url=mock.base_url + "/external", rate_limit=False) as client:
        assert token not in repr(client) and token not in repr(client.client)
        client.apps.list()
        client.sub_users.list()
        with pytest.raises(NotFoundError) as missing:
            client.stories.get(story_id=10**9)
        error = missing.value
        shown = [str(error), repr(error), "".join(traceback.format_exception(error))]
        assert all(token not in text for text in shown), shown
        assert "token=***" in str(error) or "token" not in str(error)
    logged = [record.getMessage() for record in caplog.records]
    assert any("/app" in line for line in logged), logged  # request logging was on
    assert all(token not in line for line in logged)
    assert token not in caplog.text
