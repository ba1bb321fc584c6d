"""In-memory data of the JumpStory mock: users, their archives and collections, the stock library.

Plain records and the rules that keep them consistent, without HTTP: handlers in `jumpstory.py`
translate requests into calls here. Ids are global counters per table, like a database's
auto-increment, so one user can never guess another user's id into a hit (every lookup also checks
the owner and answers "not found" for someone else's record).

Choices where the docs are silent:
- deleting a folder deletes the files in it (the docs have no "move to root"; a Laravel
  `cascadeOnDelete` foreign key is the common setup);
- deleting a user deletes their archive and their own collections, and revokes their tokens;
- uploads get no labels (the real service labels images by AI; the mock cannot);
- JumpStory's own collections are seeded from the library and cannot be changed by users.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Final

from generator.mock.vendors._jumpstory_library import KIND_TO_PLURAL, Asset, parse_ids, query_words

_SEEDED_COLLECTIONS: Final = (
    ("Winter", "winter"),
    ("Business", "business"),
    ("Nature", "nature"),
    ("Animals", "animal"),
)
_SEEDED_PER_COLLECTION: Final = 12


@dataclass
class UserRecord:
    id: int
    user_id: str
    metadata: dict[str, Any]
    created_at: float


@dataclass
class FileRecord:
    id: int
    owner: str
    name: str
    data: bytes
    media_type: str
    labels: list[str] = field(default_factory=list)
    folder_id: int | None = None

    def matches(self, words: list[str]) -> bool:
        """Every word occurs (case-insensitively) in the name or in one of the labels."""
        haystacks = [self.name.lower(), *(label.lower() for label in self.labels)]
        return all(any(word in haystack for haystack in haystacks) for word in words)


@dataclass
class FolderRecord:
    id: int
    owner: str
    name: str


@dataclass
class CollectionRecord:
    id: int
    owner: str | None  # None: one of JumpStory's own collections
    name: str
    resources: dict[str, list[str]]

    def asset_ids(self) -> set[int]:
        return {found for values in self.resources.values() for value in values for found in parse_ids(value)}


class JumpStoryState:
    """Everything one mock instance remembers."""

    def __init__(self, library: tuple[Asset, ...]) -> None:
        self.library = library
        self.assets = {asset.id: asset for asset in library}
        self.users: dict[str, UserRecord] = {}
        self.files: dict[int, FileRecord] = {}
        self.folders: dict[int, FolderRecord] = {}
        self.collections: dict[int, CollectionRecord] = {}
        self._user_ids = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._folder_ids = itertools.count(1)
        self._collection_ids = itertools.count(1)
        self._seed_collections()

    def _seed_collections(self) -> None:
        for name, tag in _SEEDED_COLLECTIONS:
            chosen = [asset for asset in self.library if tag in asset.tags][:_SEEDED_PER_COLLECTION]
            resources: dict[str, list[str]] = {}
            for asset in chosen:
                resources.setdefault(KIND_TO_PLURAL[asset.kind], []).append(str(asset.id))
            self.add_collection(None, name, resources)

    # -- users -------------------------------------------------------------------------------------

    def add_user(self, user_id: str, metadata: dict[str, Any], now: float) -> UserRecord | None:
        """The new user, or None when `user_id` is taken."""
        if user_id in self.users:
            return None
        user = UserRecord(id=next(self._user_ids), user_id=user_id, metadata=metadata, created_at=now)
        self.users[user_id] = user
        return user

    def remove_user(self, user_id: str) -> bool:
        """Delete a user with their archive and own collections; False when unknown."""
        if self.users.pop(user_id, None) is None:
            return False
        for table in (self.files, self.folders):
            for key in [key for key, record in table.items() if record.owner == user_id]:
                del table[key]
        for key in [key for key, record in self.collections.items() if record.owner == user_id]:
            del self.collections[key]
        return True

    # -- archive -----------------------------------------------------------------------------------

    def add_file(self, owner: str, name: str, data: bytes, media_type: str) -> FileRecord:
        record = FileRecord(id=next(self._file_ids), owner=owner, name=name, data=data, media_type=media_type)
        self.files[record.id] = record
        return record

    def file_of(self, owner: str, file_id: int) -> FileRecord | None:
        record = self.files.get(file_id)
        return record if record is not None and record.owner == owner else None

    def add_folder(self, owner: str, name: str) -> FolderRecord:
        record = FolderRecord(id=next(self._folder_ids), owner=owner, name=name)
        self.folders[record.id] = record
        return record

    def folder_of(self, owner: str, folder_id: int) -> FolderRecord | None:
        record = self.folders.get(folder_id)
        return record if record is not None and record.owner == owner else None

    def files_in(self, owner: str, folder_id: int | None) -> list[FileRecord]:
        return [
            record
            for record in self.files.values()
            if record.owner == owner and record.folder_id == folder_id
        ]

    def folders_of(self, owner: str) -> list[FolderRecord]:
        return [record for record in self.folders.values() if record.owner == owner]

    def remove_folder(self, owner: str, folder_id: int) -> bool:
        """Delete a folder and the files in it; False when not the owner's."""
        if self.folder_of(owner, folder_id) is None:
            return False
        del self.folders[folder_id]
        for record in self.files_in(owner, folder_id):
            del self.files[record.id]
        return True

    def search_files(self, owner: str, query: str, folder_id: int | None) -> Iterator[FileRecord]:
        words = query_words(query) or [query.lower()]
        for record in self.files.values():
            if record.owner != owner or (folder_id is not None and record.folder_id != folder_id):
                continue
            if record.matches(words):
                yield record

    # -- collections -------------------------------------------------------------------------------

    def add_collection(
        self, owner: str | None, name: str, resources: dict[str, list[str]]
    ) -> CollectionRecord:
        record = CollectionRecord(id=next(self._collection_ids), owner=owner, name=name, resources=resources)
        self.collections[record.id] = record
        return record

    def visible_collections(self, owner: str, show: str) -> list[CollectionRecord]:
        """`show`: "all" (own and JumpStory's), "own" or "jumpstory"."""
        return [
            record
            for record in self.collections.values()
            if (record.owner == owner and show in ("all", "own"))
            or (record.owner is None and show in ("all", "jumpstory"))
        ]

    def collection_for(self, owner: str, collection_id: int) -> CollectionRecord | None:
        """A collection the user may see: their own or one of JumpStory's."""
        record = self.collections.get(collection_id)
        if record is None or record.owner not in (owner, None):
            return None
        return record
