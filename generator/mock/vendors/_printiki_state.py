"""In-memory data of the Printiki mock: seeded accounts with their photos and products.

Plain records and the rules that keep them consistent, without HTTP: handlers in `printiki.py`
translate requests into calls here. The data is generated once per mock from `MockOptions.seed`
(`random.Random(seed)`), so the same seed always gives the same records, ids and tokens. Records
are dicts shaped exactly like the Data Reference (Photo, Product, User), in id order; photos and
products go into the mock's store (declared resources `photos` and `products`, owned by `userid`),
and each account lists the records the store holds.

Seeded accounts (log in with POST /auth/login):

| user id | username | password | photos | products |
|---|---|---|---|---|
| 25689 | the demo credentials (`--username` / `--password`, default `demo` / `demo-password`) | | 45 | 13 |
| 1324895 | `test@printiki.com` (the docs' Login example) | `pa$sw0rd` | 9 | 4 |
| 83655 | `mickey@printiki.test` | `mickey-password` | 1,500 | 1,200 |

The docs' example records are part of the data: Product 254784 belongs to the demo user (its
`userid` is 25689) and Photo 87392083 to user 1324895, field for field as documented. User 83655
has more records than one request may return (limit max 1000), to page through.

Choices where the docs are silent:
- usernames are compared case-insensitively (they are e-mail addresses), passwords exactly;
- a login counts as a session (`session_nr` + 1, `session_time` = now) and remembers the locale,
  countryid and currency it chose; nothing else of the account changes;
- photo sizes follow the docs' example: the medium ("web") size fits 1240 px, the thumbnail 140 px
  on the long side; uploads carry no title or externalId, imports from facebook/instagram do;
  about one photo in ten has no photodate and about four in ten no facebox.
"""

from __future__ import annotations

import functools
import hmac
import math
import random
import string
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Final

Record = dict[str, Any]

PHOTO_EXAMPLE: Final[Record] = {
    "id": 87392083,
    "userid": 1324895,
    "kbyte": 1024,
    "source": "instagram",
    "full_url": "https://hema-user.s3-eu-west-1.amazonaws.com/1324895/uploads/87392083_ajz6fpm9JmZ7SsvvCo5k/full.jpg",
    "full_width": 2322,
    "full_height": 3239,
    "url": "https://hema-user.s3-eu-west-1.amazonaws.com/1324895/uploads/87392083_ajz6fpm9JmZ7SsvvCo5k/web.jpg",
    "width": 889,
    "height": 1240,
    "thumb_url": "https://hema-user.s3-eu-west-1.amazonaws.com/1324895/uploads/87392083_ajz6fpm9JmZ7SsvvCo5k/thumb.jpg",
    "thumb_width": 100,
    "thumb_height": 140,
    "fcx": 356,
    "fcy": 245,
    "fcw": 1045,
    "fch": 509,
    "title": "Chilling at the beach",
    "externalId": "49202093822394",
    "token": "ajz6fpm9JmZ7SsvvCo5k",
    "photodate": "2020-05-26 12:58:52",
}
PRODUCT_EXAMPLE: Final[Record] = {
    "id": 254784,
    "userid": 25689,
    "group": 101,
    "typeid": 1001,
    "themeid": 13,
    "created_time": "2020-05-26 12:58:52",
    "read_token": "n7Pe5LmUzFbT3W7IQAtD",
    "thumbnail": "https://demo-staging-snapshots.s3-eu-west-1.amazonaws.com/productimage/72/1330_AG3IowImxQhNk1bAgG3D/cover.jpg",
    "core": 1,
}

PHOTO_BUCKET: Final = "https://hema-user.s3-eu-west-1.amazonaws.com"
PRODUCT_BUCKET: Final = "https://demo-staging-snapshots.s3-eu-west-1.amazonaws.com/productimage"
SOURCES: Final = ("upload", "facebook", "instagram")
OFFERINGS: Final = ((101, 1001), (101, 1002), (102, 1011), (103, 1021), (201, 2001))  # (group, typeid)
CAPTIONS: Final = (
    "Chilling at the beach",
    "Sunday brunch",
    "First day of school",
    "Grandma's 80th",
    "Road trip",
    "Snow day",
    "Birthday cake!",
    "View from the top",
)
WEB_SIZE: Final = 1240  # long side of the medium-sized photo in the docs' example (889 x 1240)
THUMB_SIZE: Final = 140  # long side of the thumbnail in the docs' example (100 x 140)
TOKEN_LENGTH: Final = 20  # "20-character long string needed for access to the photo"
_EPOCH_2012: Final = 1_325_376_000
_EPOCH_2024: Final = 1_704_067_200


@dataclass(frozen=True)
class SeedAccount:
    """An account the mock starts with; `username`/`password` None: the demo credentials."""

    user: Record
    username: str | None
    password: str | None
    photos: int  # generated photos besides the docs' example
    products: int


SEED_ACCOUNTS: Final = (
    SeedAccount(
        user={
            "id": 25689,
            "affiliateid": 0,
            "currency": "USD",
            "countryid": 25,
            "first_name": "John",
            "last_name": "Doe",
            "language": "en_US",
            "timestamp": "2015-01-01 23:24:02",
            "email": "johndoe@gmail.com",
            "session_nr": 5,
            "session_time": "",
            "temporary": 0,
        },
        username=None,
        password=None,
        photos=45,
        products=12,
    ),
    SeedAccount(
        user={
            "id": 1324895,
            "affiliateid": 0,
            "currency": "EUR",
            "countryid": 150,
            "first_name": "Test",
            "last_name": "Printiki",
            "language": "nl",
            "timestamp": "2019-03-14 09:12:45",
            "email": "test@printiki.com",
            "session_nr": 1,
            "session_time": "",
            "temporary": 0,
        },
        username="test@printiki.com",
        password="pa$sw0rd",
        photos=8,
        products=4,
    ),
    SeedAccount(
        user={
            "id": 83655,
            "affiliateid": 1,
            "currency": "EUR",
            "countryid": 150,
            "first_name": "Mickey",
            "last_name": "Mouse",
            "language": "en_US",
            "timestamp": "2016-07-01 08:00:00",
            "email": "mickey@printiki.test",
            "session_nr": 42,
            "session_time": "",
            "temporary": 0,
        },
        username="mickey@printiki.test",
        password="mickey-password",
        photos=1500,
        products=1200,
    ),
)


@dataclass
class Account:
    """A user who can log in, with their records."""

    user: Record
    username: str
    password: str
    photos: list[Record] = field(default_factory=list)
    products: list[Record] = field(default_factory=list)
    session: dict[str, str] = field(default_factory=dict)  # locale, countryid, currency of the last login

    @property
    def id(self) -> int:
        user_id: int = self.user["id"]
        return user_id


def timestamp(seconds: float) -> str:
    """The docs' `YYYY-MM-DD HH:MM:SS` (UTC)."""
    return _utc_text(math.floor(seconds))  # what gmtime reads of a float: its floor


@functools.lru_cache(maxsize=64)
def _utc_text(whole_seconds: int) -> str:
    """Formatted once per second: every login of a busy second writes the same session time."""
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(whole_seconds))


def _token(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(TOKEN_LENGTH))


def _fit(width: int, height: int, long_side: int) -> tuple[int, int]:
    scale = long_side / max(width, height)
    return round(width * scale), round(height * scale)


def _photo(rng: random.Random, photo_id: int, userid: int) -> Record:
    token = _token(rng)
    source = rng.choice(SOURCES)
    long_side = rng.randrange(1600, 4800)
    short_side = round(long_side * rng.uniform(0.56, 0.8))
    full_width, full_height = (short_side, long_side) if rng.random() < 0.5 else (long_side, short_side)
    width, height = _fit(full_width, full_height, WEB_SIZE)
    thumb_width, thumb_height = _fit(full_width, full_height, THUMB_SIZE)
    face: list[int | None] = [None, None, None, None]
    if rng.random() < 0.6:
        fcw, fch = rng.randrange(80, full_width // 2), rng.randrange(80, full_height // 2)
        face = [rng.randrange(0, full_width - fcw), rng.randrange(0, full_height - fch), fcw, fch]
    imported = source != "upload"
    base = f"{PHOTO_BUCKET}/{userid}/uploads/{photo_id}_{token}"
    return {
        "id": photo_id,
        "userid": userid,
        "kbyte": max(1, full_width * full_height // 2900),
        "source": source,
        "full_url": f"{base}/full.jpg",
        "full_width": full_width,
        "full_height": full_height,
        "url": f"{base}/web.jpg",
        "width": width,
        "height": height,
        "thumb_url": f"{base}/thumb.jpg",
        "thumb_width": thumb_width,
        "thumb_height": thumb_height,
        "fcx": face[0],
        "fcy": face[1],
        "fcw": face[2],
        "fch": face[3],
        "title": rng.choice(CAPTIONS) if imported and rng.random() < 0.7 else None,
        "externalId": str(rng.randrange(10**13, 10**14)) if imported else None,
        "token": token,
        "photodate": None if rng.random() < 0.1 else timestamp(rng.randrange(_EPOCH_2012, _EPOCH_2024)),
    }


def _product(rng: random.Random, product_id: int, userid: int) -> Record:
    group, typeid = rng.choice(OFFERINGS)
    themeid = rng.randrange(1, 80)
    read_token = _token(rng)
    return {
        "id": product_id,
        "userid": userid,
        "group": group,
        "typeid": typeid,
        "themeid": themeid,
        "created_time": timestamp(rng.randrange(_EPOCH_2012, _EPOCH_2024)),
        "read_token": read_token,
        "thumbnail": f"{PRODUCT_BUCKET}/{themeid}/{product_id}_{read_token}/cover.jpg",
        "core": rng.choice((1, 1, 1, 2)),
    }


def seed_accounts(seed: int, demo_username: str, demo_password: str) -> list[Account]:
    """The accounts of `SEED_ACCOUNTS` with their generated records, the same for the same seed.

    The demo account comes first, so demo credentials equal to a seeded username win the login.
    """
    rng = random.Random(seed)
    photo_ids = iter(range(PHOTO_EXAMPLE["id"] + 1, 10**9))
    product_ids = iter(range(PRODUCT_EXAMPLE["id"] + 1, 10**9))
    accounts = []
    for seeded in SEED_ACCOUNTS:
        account = Account(
            user=dict(seeded.user),
            username=seeded.username if seeded.username is not None else demo_username,
            password=seeded.password if seeded.password is not None else demo_password,
        )
        userid = account.id
        account.photos = [_photo(rng, next(photo_ids), userid) for _ in range(seeded.photos)]
        account.products = [_product(rng, next(product_ids), userid) for _ in range(seeded.products)]
        for example, records in ((PHOTO_EXAMPLE, account.photos), (PRODUCT_EXAMPLE, account.products)):
            if example["userid"] == userid:
                records.append(dict(example))
                records.sort(key=lambda record: int(record["id"]))
        accounts.append(account)
    return accounts


class PrintikiState:
    """Everything one mock instance remembers: the accounts, their records, and counters for tests."""

    def __init__(self, accounts: Iterable[Account]) -> None:
        self.accounts: dict[int, Account] = {}
        self._by_username: dict[str, Account] = {}
        for account in accounts:
            self.accounts[account.id] = account
            self._by_username.setdefault(account.username.casefold(), account)
        self.logins = 0
        self.refreshes = 0

    def authenticate(self, username: str, password: str) -> Account | None:
        """The account with this username and password, or None."""
        account = self._by_username.get(username.casefold())
        if account is None or not hmac.compare_digest(
            account.password.encode("utf-8", "surrogatepass"), password.encode("utf-8", "surrogatepass")
        ):
            return None
        return account

    def record_login(self, account: Account, now: float, preferences: dict[str, str]) -> None:
        """A new session of `account`; `preferences` are the locale, countryid and currency chosen."""
        self.logins += 1
        account.user["session_nr"] = int(account.user.get("session_nr") or 0) + 1
        account.user["session_time"] = timestamp(now)
        account.session.update(preferences)
