"""`make docs` builds the API reference site of every client, with no broken link.

mkdocs runs with `--strict` (any warning fails the build); then every `href` and `src` of every
built page is followed: a relative link must name a file of the site and, with a `#fragment`, an
element id on that page. Nothing on a page is loaded from elsewhere (no CDN script, style or font),
so the site works offline as it was built offline.
"""

from __future__ import annotations

import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.conftest import ROOT, generated_vendors


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, value)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in ("id", "name"):
                self.ids.add(value)
            elif name in ("href", "src"):
                self.links.append((tag, name, value))


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_the_docs_site_builds_strictly_and_has_no_broken_links(tmp_path: Path) -> None:
    site = tmp_path / "site"
    built = subprocess.run(
        ["make", "-s", "docs", f"SITE_DIR={site}"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]

    pages = {path: _parse(path) for path in site.rglob("*.html")}
    broken: list[str] = []
    external: list[str] = []
    checked = 0
    for path, page in pages.items():
        for tag, attribute, value in page.links:
            link = urlsplit(value)
            if link.scheme in ("http", "https") or value.startswith("//"):
                if tag != "a":  # a script, style sheet, image or font from elsewhere
                    external.append(f"{path.relative_to(site)}: <{tag} {attribute}={value}>")
                continue
            if link.scheme in ("mailto", "data", "javascript"):
                continue
            if not link.path:
                target = path
            elif link.path.startswith("/"):  # root-relative (404.html): the site is served at its root
                target = (site / unquote(link.path).lstrip("/")).resolve()
            else:
                target = (path.parent / unquote(link.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            checked += 1
            if not target.is_file():
                broken.append(f"{path.relative_to(site)}: {value} (no such file)")
            elif link.fragment and target.suffix == ".html" and link.fragment not in pages[target].ids:
                broken.append(f"{path.relative_to(site)}: {value} (no such anchor)")
    assert not broken, broken[:20]
    assert not external, external[:20]
    assert checked > 100

    for vendor in generated_vendors():
        reference = pages[site / vendor / "reference.html"]
        package = f"{vendor}_client"
        assert f"{package}.facade" in reference.ids
        assert any(anchor.startswith(f"{package}.resources.") for anchor in reference.ids)
        assert f"{package}._runtime.errors" in reference.ids
        models = pages[site / vendor / "models.html"]
        assert sum(
            anchor.count(".") == 2 and anchor.startswith(f"{package}.models.") for anchor in models.ids
        ) == len(
            [
                p
                for p in (ROOT / "generated" / vendor / package / "models").glob("*.py")
                if p.stem != "__init__"
            ]
        )
        overview = (site / vendor / "index.html").read_text(encoding="utf-8")
        assert "install" in pages[site / vendor / "index.html"].ids and f"{vendor}-client" in overview
