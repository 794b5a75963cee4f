"""The browser client's files: served without a token, with their types, under a policy
that allows nothing from other hosts and no inline script; nothing else is served."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from messenger.api.handlers import client as web_client


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.inline_scripts = 0
        self.inline_handlers: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("src", "href"):
            if values.get(name):
                self.urls.append(str(values[name]))
        self.inline_handlers += [name for name, _ in attrs if name.startswith("on")]
        if tag == "script":
            self._in_script = "src" not in values
        if "style" in values:
            self.inline_handlers.append("style")

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline_scripts += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False


async def test_client_page_is_served_without_a_token(client):
    response = await client.get("/")
    assert response.status == 200
    assert response.content_type == "text/html"
    assert response.charset == "utf-8"
    assert "<title>Messenger</title>" in await response.text()


async def test_client_page_policy_allows_this_origin_only_and_no_inline_script(client):
    response = await client.get("/")
    policy = response.headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert directives["connect-src"] == "'self' ws: wss:"
    assert directives["object-src"] == "'none'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "http" not in policy and "*" not in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"


async def test_client_page_has_no_inline_script_and_loads_only_from_this_server(client):
    html = await (await client.get("/")).text()
    page = _Page()
    page.feed(html)
    assert page.inline_scripts == 0
    assert page.inline_handlers == []
    assert page.urls, "the page loads nothing"
    for url in page.urls:
        assert url.startswith("/") and not url.startswith("//"), url
    assert not re.search(r"(?i)(https?:)?//[a-z0-9.-]+\.[a-z]", html)


@pytest.mark.parametrize(
    ("name", "content_type", "marker"),
    [
        ("app.js", "text/javascript", b"use strict"),
        ("app.css", "text/css", b":root"),
        ("icon.svg", "image/svg+xml", b"<svg"),
    ],
)
async def test_client_files_are_served_with_their_types(client, name, content_type, marker):
    response = await client.get(f"{web_client.ASSET_PREFIX}{name}")
    assert response.status == 200
    assert response.content_type == content_type
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert marker in await response.read()


async def test_client_files_are_revalidated_cheaply(client):
    first = await client.get(f"{web_client.ASSET_PREFIX}app.js")
    modified = first.headers["Last-Modified"]
    again = await client.get(
        f"{web_client.ASSET_PREFIX}app.js", headers={"If-Modified-Since": modified}
    )
    assert again.status == 304


@pytest.mark.parametrize(
    "name",
    [
        "nope.js",
        "..%2Fapi%2Fhandlers%2Fweb.py",
        "..%2F..%2Fpyproject.toml",
        ".hidden.js",
        "index",
        "%2Fetc%2Fpasswd",
    ],
)
async def test_anything_but_a_client_file_is_not_found(client, name):
    response = await client.get(f"{web_client.ASSET_PREFIX}{name}")
    assert response.status == 404, name
    assert (await response.json())["error"]["code"] == "not_found"


def test_only_plain_names_in_the_client_folder_resolve():
    assert web_client.asset_path("app.js") == web_client.CLIENT_DIR / "app.js"
    for name in ("../app.py", "sub/app.js", "app.py", "__init__.py", "", "a" * 300 + ".js"):
        assert web_client.asset_path(name) is None, name


def test_every_file_of_the_client_folder_has_a_known_type():
    for path in web_client.CLIENT_DIR.iterdir():
        assert path.suffix in web_client.CONTENT_TYPES, path.name
        assert web_client.asset_path(path.name) == path


async def test_the_client_does_not_write_user_data_as_html():
    scripts = sorted(web_client.CLIENT_DIR.glob("*.js"))
    assert len(scripts) >= 5, [path.name for path in scripts]
    for path in scripts:
        script = path.read_text()
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in script, f"{path.name}: {sink}"
