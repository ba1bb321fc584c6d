"""Ids and numbers spelled in other scripts or at absurd length (issue 15): `str.isdigit()` takes
'²' (which `int()` refuses, a 500) and `int()` takes fullwidth and Arabic-Indic digits (which alias
the ASCII id). Every such spelling is "no such record", never a 500 and never another record."""

from __future__ import annotations

import httpx
import pytest

from generator.mock.ids import ascii_int
from generator.mock.urls import UrlSigner
from generator.mock.vendors._jumpstory_library import parse_ids

pytestmark = pytest.mark.anyio

ADMIN = {"Authorization": "Bearer demo-admin-key"}
FULLWIDTH = str.maketrans("0123456789", "".join(chr(0xFF10 + digit) for digit in range(10)))
ARABIC_INDIC = str.maketrans("0123456789", "".join(chr(0x0660 + digit) for digit in range(10)))


@pytest.mark.parametrize(
    "text",
    [
        "\u00b2",
        "12".translate(ARABIC_INDIC),
        "12".translate(FULLWIDTH),
        "5" * 5000,
        "-1",
        "+1",
        " 1",
        "1 ",
        "",
        "1e3",
        "0x10",
        "9" * 19,
    ],
)
def test_only_ascii_digits_within_int64_are_ids(text: str) -> None:
    assert ascii_int(text) is None


def test_ascii_digits_are_ids() -> None:
    assert (ascii_int("0"), ascii_int("42"), ascii_int("9" * 18)) == (0, 42, 10**18 - 1)


def test_id_lists_take_ascii_runs_only() -> None:
    assert parse_ids(f"12, {'12'.translate(ARABIC_INDIC)}, {'12'.translate(FULLWIDTH)}, 7") == [12, 7]
    assert parse_ids("3 " + "4" * 5000) == [3]


def test_a_signature_expiry_in_another_script_is_refused() -> None:
    signer = UrlSigner(lambda: 0.0, b"k" * 32)
    url = signer.sign("https://mock.test", "/_mock/x", 60)
    path, query = url.removeprefix("https://mock.test").split("?")
    fields = dict(part.split("=") for part in query.split("&"))
    assert signer.verify(path, fields["expires"], fields["signature"])
    assert not signer.verify(path, "\u00b2", fields["signature"])
    assert not signer.verify(path, fields["expires"].translate(FULLWIDTH), fields["signature"])


async def test_media_ids_in_other_scripts_are_not_found(jumpstory: httpx.AsyncClient) -> None:
    user = await jumpstory.post("/v1/user", json={"user_id": "alice"}, headers=ADMIN)
    alice = {"Authorization": f"Bearer {user.json()['token']}"}
    photo = (await jumpstory.post("/v1/keyword", json={"query": "tree"}, headers=alice)).json()["images"][0]
    asset_id = str(photo["id"])
    assert (await jumpstory.get(f"/_mock/media/{asset_id}/thumbnail.gif")).status_code == 200
    for spelled in ("%C2%B2", asset_id.translate(FULLWIDTH), asset_id.translate(ARABIC_INDIC), "5" * 5000):
        answer = await jumpstory.get(f"/_mock/media/{spelled}/thumbnail.gif")
        assert answer.status_code == 404, (spelled[:20], answer.text[:200])
