"""JumpStory's stock library for the mock: a few hundred seeded assets and the search over them.

Deterministic from a seed: the same seed gives the same ids, tags, sizes and dates, so tests and
fuzzing runs are reproducible. Attribute values come from the spec's own enumerations (colours,
regions, asset types), read from the generated models, so a filter the spec allows always has
something to match.

Search semantics (the docs only list the filters):
- `query` / `text`: words (case-insensitive) matched against tags and titles; an asset matches when
  at least one word does, and relevance is the number of words that match;
- `type` (default "photos") chooses the asset type; results are under `videos` for videos and under
  `images` for every other type; `total` counts matches per type with all other filters applied;
- `color`, `orientation`, `people`, `region`: equality, "all" disables the filter;
- `safesearch` "on" excludes restricted assets (the default is "off": nothing documented says
  otherwise);
- `width` / `duration`: `{value, compare}` with eq/gt/gte/lt/lte (+ `between` "10-20" for
  duration); a duration filter applies to videos, a value that is not a number is ignored;
- `id`: a comma-separated list restricting the search to those ids (non-digits are ignored, as in
  the docs' example "2424171, 123124.");
- `order_by`: "relevance" (default) or "created_at" (newest first); `page` (1) and `size` (20).
"""

from __future__ import annotations

import functools
import random
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from generator.mock.ids import ascii_int

PLURAL_TO_KIND: Final = {
    "photos": "photo",
    "illustrations": "illustration",
    "vectors": "vector",
    "icons": "icon",
    "videos": "video",
}
KIND_TO_PLURAL: Final = {kind: plural for plural, kind in PLURAL_TO_KIND.items()}
_COUNTS: Final = {"photo": 140, "illustration": 50, "vector": 50, "icon": 40, "video": 60}
_FILE_TYPES: Final = {
    "photo": ("jpg",),
    "illustration": ("jpg", "png"),
    "vector": ("svg", "eps"),
    "icon": ("png", "svg"),
}
_VOCABULARY: Final = [
    "animal",
    "apple",
    "autumn",
    "beach",
    "bicycle",
    "bird",
    "business",
    "cat",
    "child",
    "city",
    "coffee",
    "computer",
    "dog",
    "family",
    "farm",
    "flower",
    "food",
    "forest",
    "fox",
    "friends",
    "garden",
    "happy",
    "holiday",
    "house",
    "human",
    "laptop",
    "meeting",
    "mountain",
    "music",
    "nature",
    "night",
    "ocean",
    "office",
    "park",
    "party",
    "people",
    "rabbit",
    "rain",
    "river",
    "road",
    "sky",
    "snow",
    "sport",
    "spring",
    "summer",
    "sun",
    "team",
    "technology",
    "travel",
    "tree",
    "water",
    "winter",
    "work",
]
_FRAME_RATES: Final = (23.976, 24.0, 25.0, 29.97, 30.0, 60.0)
_FIRST_ID: Final = 100_001
_EPOCH_2019: Final = 1_546_300_800  # 2019-01-01T00:00:00Z: seeded assets are created after it
_WORD: Final = re.compile(r"\w+", re.UNICODE)
DEFAULT_PAGE_SIZE: Final = 20


@dataclass(frozen=True)
class Asset:
    id: int
    kind: str  # photo | illustration | vector | icon | video
    title: str
    tags: tuple[str, ...]
    width: int
    height: int
    color: str
    region: str
    people: bool
    restricted: bool
    created_at: int
    file_size: int
    file_type: str
    dpi: int
    duration: int
    frame_rate: float
    words: frozenset[str] = frozenset()  # lower-case tags and title words, what queries match

    def __post_init__(self) -> None:
        words = {tag.lower() for tag in self.tags} | {word.lower() for word in _WORD.findall(self.title)}
        object.__setattr__(self, "words", frozenset(words))

    @property
    def orientation(self) -> str:
        if self.width == self.height:
            return "square"
        return "horizontal" if self.width > self.height else "vertical"

    @property
    def plural(self) -> str:
        return KIND_TO_PLURAL[self.kind]


def _dimensions(rng: random.Random, kind: str) -> tuple[int, int]:
    if kind == "video":
        return rng.choice(((1920, 1080), (3840, 2160), (1080, 1920), (1280, 720)))
    if kind == "icon":
        side = rng.choice((256, 512, 1024))
        return side, side
    long_side, short_side = rng.randrange(2000, 6001, 10), rng.randrange(1200, 4001, 10)
    shape = rng.random()
    if shape < 0.15:
        return long_side, long_side
    return (long_side, short_side) if shape < 0.65 else (short_side, long_side)


def build_library(seed: int, colors: Sequence[str], regions: Sequence[str]) -> tuple[Asset, ...]:
    """The seeded assets; `colors` / `regions` are the values the spec enumerates (without "all").

    The same for the same arguments, and immutable (frozen assets in a tuple): made once per
    process (it took about 3 ms, on every mock start and reset)."""
    return _library(seed, tuple(colors), tuple(regions))


@functools.lru_cache(maxsize=8)
def _library(seed: int, colors: tuple[str, ...], regions: tuple[str, ...]) -> tuple[Asset, ...]:
    rng = random.Random(seed)
    assets: list[Asset] = []
    next_id = _FIRST_ID
    for kind, count in _COUNTS.items():
        for _ in range(count):
            tags = tuple(sorted(rng.sample(_VOCABULARY, rng.randint(2, 5))))
            width, height = _dimensions(rng, kind)
            assets.append(
                Asset(
                    id=next_id,
                    kind=kind,
                    title=f"{tags[0].capitalize()} {kind} {next_id}",
                    tags=tags,
                    width=width,
                    height=height,
                    color=rng.choice(colors),
                    region=rng.choice(regions),
                    people="people" in tags or "human" in tags or rng.random() < 0.3,
                    restricted=rng.random() < 0.05,
                    created_at=_EPOCH_2019 + rng.randrange(0, 5 * 365 * 86_400),
                    file_size=rng.randrange(50_000, 8_000_000)
                    if kind != "video"
                    else rng.randrange(2_000_000, 90_000_000),
                    file_type="mp4" if kind == "video" else rng.choice(_FILE_TYPES[kind]),
                    dpi=rng.choice((72, 96, 300)),
                    duration=rng.randint(5, 120) if kind == "video" else 0,
                    frame_rate=rng.choice(_FRAME_RATES) if kind == "video" else 0.0,
                )
            )
            next_id += 1
    return tuple(assets)


def query_words(text: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(text)]


def parse_ids(text: str) -> list[int]:
    """ "2424171, 123124." -> [2424171, 123124]: ASCII digit runs (a longer run is no id of ours)."""
    found = (ascii_int(run) for run in re.findall(r"[0-9]+", text))
    return [number for number in found if number is not None][:1000]


def _compare(actual: float, compare: str, value: float, upper: float | None = None) -> bool:
    if compare == "between":
        return upper is not None and value <= actual <= upper
    return {
        "eq": actual == value,
        "gt": actual > value,
        "gte": actual >= value,
        "lt": actual < value,
        "lte": actual <= value,
    }.get(compare, True)


def _duration_filter(raw: Mapping[str, Any] | None) -> tuple[str, float, float | None] | None:
    if not raw or "value" not in raw:
        return None
    compare = str(raw.get("compare") or "eq")
    text = str(raw["value"]).strip()
    bounds = re.fullmatch(r"(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)", text)
    if compare == "between":
        return ("between", float(bounds.group(1)), float(bounds.group(2))) if bounds else None
    single = re.fullmatch(r"\d+(?:\.\d+)?", text)
    return (compare, float(text), None) if single else None


@dataclass(frozen=True)
class SearchRequest:
    words: tuple[str, ...]
    asset_type: str = "photos"
    color: str = "all"
    orientation: str = "all"
    people: str = "all"
    safesearch: str = "off"
    region: str | None = None
    width: Mapping[str, Any] | None = None
    duration: Mapping[str, Any] | None = None
    ids: tuple[int, ...] | None = None
    order_by: str = "relevance"
    page: int = 1
    size: int = DEFAULT_PAGE_SIZE
    require_words: bool = True

    @classmethod
    def from_body(
        cls, body: Mapping[str, Any], *, text_field: str = "query", default_size: int = DEFAULT_PAGE_SIZE
    ) -> SearchRequest:
        raw_ids = body.get("id")
        return cls(
            words=tuple(query_words(str(body.get(text_field, "")))),
            asset_type=str(body.get("type") or "photos"),
            color=str(body.get("color") or "all"),
            orientation=str(body.get("orientation") or "all"),
            people=str(body.get("people") or "all"),
            safesearch=str(body.get("safesearch") or "off"),
            region=body.get("region"),
            width=body.get("width"),
            duration=body.get("duration"),
            ids=tuple(parse_ids(raw_ids)) if isinstance(raw_ids, str) else None,
            order_by=str(body.get("order_by") or "relevance"),
            page=int(body.get("page") or 1),
            size=int(body.get("size") or default_size),
        )


@dataclass(frozen=True)
class SearchOutcome:
    items: list[Asset]  # the requested page of the requested type
    totals: dict[str, int]  # matches per asset type (plural names)
    related_tags: list[str]


def _passes_filters(
    asset: Asset, request: SearchRequest, duration: tuple[str, float, float | None] | None
) -> bool:
    if request.color != "all" and asset.color != request.color:
        return False
    if request.orientation != "all" and asset.orientation != request.orientation:
        return False
    if request.people == "with" and not asset.people:
        return False
    if request.people == "without" and asset.people:
        return False
    if request.safesearch == "on" and asset.restricted:
        return False
    if request.region is not None and asset.region != request.region:
        return False
    width = request.width.get("value") if request.width else None
    if isinstance(width, int | float) and not isinstance(width, bool):
        assert request.width is not None
        if not _compare(asset.width, str(request.width.get("compare") or "eq"), width):
            return False
    return not (
        duration is not None
        and asset.kind == "video"
        and not _compare(asset.duration, duration[0], duration[1], duration[2])
    )


def search(assets: Iterable[Asset], request: SearchRequest) -> SearchOutcome:
    """Filter, rank and page `assets` as the request asks."""
    duration = _duration_filter(request.duration)
    wanted_ids = set(request.ids) if request.ids is not None else None
    words = set(request.words)
    scored: list[tuple[int, Asset]] = []
    for asset in assets:
        if wanted_ids is not None and asset.id not in wanted_ids:
            continue
        score = len(words & asset.words) if words else 0
        if request.require_words and words and score == 0:
            continue
        if _passes_filters(asset, request, duration):
            scored.append((score, asset))
    totals = Counter(asset.plural for _, asset in scored)
    kind = PLURAL_TO_KIND.get(request.asset_type, "photo")
    matching = [(score, asset) for score, asset in scored if asset.kind == kind]
    if request.order_by == "created_at":
        matching.sort(key=lambda pair: (-pair[1].created_at, pair[1].id))
    else:
        matching.sort(key=lambda pair: (-pair[0], pair[1].id))
    start = (request.page - 1) * request.size
    page = [asset for _, asset in matching[start : start + request.size]]
    related = Counter(tag for _, asset in matching for tag in asset.tags if tag not in words)
    return SearchOutcome(
        items=page,
        totals={plural: totals.get(plural, 0) for plural in PLURAL_TO_KIND},
        related_tags=[tag for tag, _ in sorted(related.items(), key=lambda item: (-item[1], item[0]))[:8]],
    )
