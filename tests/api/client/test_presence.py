"""Presence and typing in the browser client, end to end in real Chromium windows:
"… is typing…" above the composer (cleared by the typist's message, or after 6 s), per
chat, with several people; typing frames throttled to one per chat every 3 s; the online
dot on avatars and "online" / "last seen …" in the header, following the socket."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from selenium.webdriver.common.keys import Keys

from messenger.config import Config, replace_section
from tests.api.client.conftest import Api, Browser, LiveServer
from tests.api.client.test_browser import Session
from tests.api.client.test_conversations import choose_language, windows

TYPING_LINE = """
const line = document.getElementById("typing-line");
const text = line.querySelector(".typing-text");
const box = line.getBoundingClientRect();
return {
  text: text ? text.textContent : "",
  children: text ? text.children.length : 0,
  shown: getComputedStyle(line).visibility !== "hidden" && box.height > 0,
  // Just above the composer, over the bottom of the messages.
  gap_to_composer: box.bottom - document.getElementById("composer").getBoundingClientRect().top,
};
"""

PRESENCE = """
const item = document.querySelector(`.chat-item[data-chat-id="${arguments[0]}"]`);
const dot = (el) => {
  if (!el || !el.classList.contains("online")) return null;
  const after = getComputedStyle(el, "::after");
  return after.content === "none" ? null : after.backgroundColor;
};
const line = document.getElementById("chat-presence");
return {
  list_dot: dot(item && item.querySelector(".avatar")),
  header_dot: dot(document.getElementById("chat-avatar")),
  presence: line.hidden ? "" : line.textContent,
  presence_online: line.classList.contains("online"),
  separator: getComputedStyle(line, "::before").content,
  subtitle: document.getElementById("chat-subtitle").textContent,
};
"""

# Every frame the page sends on its WebSockets from now on, with when (ms).
RECORD_FRAMES = """
window.sentFrames = [];
const send = WebSocket.prototype.send;
WebSocket.prototype.send = function (data) {
  window.sentFrames.push({data: String(data), at: performance.now()});
  return send.call(this, data);
};
"""

# Installed before the page's scripts: every frame its WebSockets receive.
RECORD_RECEIVED = """
window.receivedFrames = [];
const NativeWebSocket = window.WebSocket;
window.WebSocket = class extends NativeWebSocket {
  constructor(...args) {
    super(...args);
    this.addEventListener("message", (event) => window.receivedFrames.push(String(event.data)));
  }
};
"""

GREEN = "rgb(47, 179, 107)"  # --online in app.css


def typing_line(window: Session) -> dict[str, Any]:
    shown: dict[str, Any] = window.driver.execute_script(TYPING_LINE)
    return shown


def wait_typing(window: Session, text: str) -> float:
    """Waits until the open chat's typing line says `text` ("" when nobody types); when."""

    def says(d: Any) -> bool:
        line = typing_line(window)
        return bool(line["text"] == text and line["shown"] == bool(text))

    window.wait(says, f"typing line {text!r}")
    return time.monotonic()


def presence(window: Session, chat_id: int) -> dict[str, Any]:
    shown: dict[str, Any] = window.driver.execute_script(PRESENCE, chat_id)
    return shown


def wait_presence(window: Session, chat_id: int, **expected: Any) -> dict[str, Any]:
    def matches(d: Any) -> dict[str, Any] | None:
        shown = presence(window, chat_id)
        return shown if all(shown[key] == value for key, value in expected.items()) else None

    found: dict[str, Any] = window.wait(matches, f"presence {expected}")
    return found


def typing_frames(window: Session) -> list[dict[str, Any]]:
    """The typing frames the page sent since RECORD_FRAMES: the frame, and when (s)."""
    sent: list[dict[str, Any]] = window.driver.execute_script("return window.sentFrames")
    frames = []
    for entry in sent:
        frame = json.loads(entry["data"])
        if frame.get("type") == "typing":
            frames.append({"frame": frame, "at": entry["at"] / 1000})
    return frames


# --- typing -----------------------------------------------------------------------------


def test_typing_shows_above_the_composer_and_clears_after_6_s_or_on_the_message(
    browser: Browser, live_server: LiveServer, api: Api
) -> None:
    alice, bob = api.register("Alice <i>Types</i>"), api.register("Bob Reads")
    chat = api.personal_chat(alice, bob)
    typing, reading = windows(browser, live_server.url, alice, bob)
    # Alice's other device, which hears what the server passes on.
    other_device = Session(browser(), live_server.url)
    other_device.driver.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_RECEIVED}
    )
    other_device.sign_in_as(alice)
    for window in (typing, reading, other_device):
        window.open_chat(chat["id"])
    typing.driver.execute_script(RECORD_FRAMES)
    typing_text = "Alice <i>Types</i> is typing…"

    # Alice types: Bob sees it under the messages, the name as text, and in the list.
    typing.composer().send_keys("Hello")
    began = wait_typing(reading, typing_text)
    line = typing_line(reading)
    assert line["children"] == 0 and abs(line["gap_to_composer"]) < 0.5
    assert reading.preview(chat["id"]) == "typing…"
    # Her own windows never show her typing, not even her other device, which is told.
    other_device.wait(
        lambda d: any(
            json.loads(frame).get("type") == "typing"
            for frame in d.execute_script("return window.receivedFrames")
        ),
        "the typing event reached her other device",
    )
    for own in (typing, other_device):
        assert typing_line(own)["text"] == ""
        assert own.preview(chat["id"]) != "typing…"

    # She stops: it goes after 6 s (nothing more was sent while the text stood still).
    ended = wait_typing(reading, "")
    assert 5.0 <= ended - began <= 7.5, ended - began
    reading.wait(lambda d: reading.preview(chat["id"]) == "No messages yet", "the preview back")

    # Emptying the composer is not typing.
    box = typing.composer()
    box.send_keys(Keys.CONTROL, "a", Keys.NULL, Keys.BACKSPACE)
    typing.wait(lambda d: box.get_attribute("value") == "", "composer emptied")

    # She types again and sends: her message clears it at once, long before the 6 s.
    box.send_keys("Hello Bob")
    began = wait_typing(reading, typing_text)
    box.send_keys(Keys.ENTER)
    reading.wait_message("Hello Bob")
    cleared = wait_typing(reading, "")
    assert cleared - began < 3.0, cleared - began
    assert reading.preview(chat["id"]) == "Hello Bob"

    # One frame for "Hello", none for emptying, one for "Hello Bob": never per keystroke.
    frames = typing_frames(typing)
    assert [f["frame"] for f in frames] == [{"type": "typing", "chat_id": chat["id"]}] * 2
    assert frames[1]["at"] - frames[0]["at"] >= 6.0


def test_typing_frames_go_at_most_once_per_chat_every_3_s(
    browser: Browser, live_server: LiveServer, api: Api
) -> None:
    me, other = api.register("Fast Typist"), api.register("Far Away")
    chat = api.personal_chat(me, other)
    [window] = windows(browser, live_server.url, me)
    window.open_chat(chat["id"])
    window.driver.execute_script(RECORD_FRAMES)
    box = window.composer()

    # Steady typing for 3.6 s: a frame at the first key, the next one 3.2 s later.
    box.send_keys("a")
    started = time.monotonic()
    while time.monotonic() - started < 3.6:
        box.send_keys("b")
        time.sleep(0.1)
    frames = typing_frames(window)
    assert len(frames) == 2, frames
    assert frames[1]["at"] - frames[0]["at"] >= 3.0
    assert {json.dumps(f["frame"]) for f in frames} == {
        json.dumps({"type": "typing", "chat_id": chat["id"]})
    }

    # A send clears our typing for the others: a few keys right after it are still told,
    # once the 3 s since the last frame are over (not before: the server drops it).
    text = box.get_attribute("value") or ""
    box.send_keys(Keys.ENTER)
    window.wait_message(text)
    box.send_keys("ok")
    window.wait(lambda d: len(typing_frames(window)) == 3, "a frame after the send")
    frames = typing_frames(window)
    assert frames[2]["at"] - frames[1]["at"] >= 3.0


def test_typing_belongs_to_its_chat_and_several_typists_are_named(
    browser: Browser, live_server: LiveServer, api: Api
) -> None:
    bob = api.register("Bob Watches")
    alice, carol = api.register("Alice Group"), api.register("Carol Group")
    group = api.group_chat(alice, "Road trip", [bob, carol])
    personal = api.personal_chat(alice, bob)
    watching, typing_a, typing_c = windows(browser, live_server.url, bob, alice, carol)
    watching.open_chat(personal["id"])
    for window in (typing_a, typing_c):
        window.open_chat(group["id"])

    def keep_typing() -> None:
        """A key in Alice's window: she shows as typing for at least 2.8 s more (a frame
        goes if 3.2 s passed since her last one, else the last is still shown)."""
        typing_a.composer().send_keys(".")

    # Alice types in the group while Bob has their personal chat open: the group's row
    # says so, the open chat does not.
    typing_a.composer().send_keys("Who drives?")
    watching.wait(
        lambda d: watching.preview(group["id"]) == "Alice Group is typing…", "typing in the row"
    )
    assert typing_line(watching)["text"] == ""
    assert watching.preview(personal["id"]) != "typing…"

    # Opened, the group shows her typing; Carol joins in: both, in the order they began.
    watching.open_chat(group["id"])
    keep_typing()
    wait_typing(watching, "Alice Group is typing…")
    typing_c.composer().send_keys("Not me")
    keep_typing()
    wait_typing(watching, "Alice Group and Carol Group are typing…")
    assert watching.preview(group["id"]) == "2 people are typing…"

    # The group's header counts who else is online.
    shown = wait_presence(watching, group["id"], presence="2 online")
    assert shown["subtitle"] == "3 members" and shown["header_dot"] is None

    # Carol's message ends her typing only; in Russian, the one left is named so.
    typing_c.composer().send_keys(Keys.ENTER)
    watching.wait_message("Not me")
    keep_typing()
    wait_typing(watching, "Alice Group is typing…")
    choose_language(watching, "ru")
    keep_typing()
    wait_typing(watching, "Alice Group печатает…")


# --- presence ---------------------------------------------------------------------------


@pytest.fixture
def quick_presence_server(config: Config) -> Iterator[LiveServer]:
    """An API process whose users go offline 2 s after their last socket closed."""
    server = LiveServer(replace_section(config, "realtime", offline_after_seconds=2))
    server.start()
    try:
        yield server
    finally:
        server.close()


def test_an_online_peer_has_a_dot_and_the_header_says_online_then_last_seen(
    browser: Browser, quick_presence_server: LiveServer
) -> None:
    api = Api(quick_presence_server.url)
    alice, bob = api.register("Alice Online"), api.register("Bob Looks")
    chat = api.personal_chat(alice, bob)
    [looking] = windows(browser, quick_presence_server.url, bob)
    looking.open_chat(chat["id"])

    # Alice was never online: no dot, and no "last seen" (there is none to say).
    shown = wait_presence(looking, chat["id"], subtitle=f"@{alice.nick}")
    assert shown == {
        "list_dot": None,
        "header_dot": None,
        "presence": "",
        "presence_online": False,
        "separator": '"·"',
        "subtitle": f"@{alice.nick}",
    }

    # She connects: a green dot on her avatar in the list and the header, and "online".
    [online] = windows(browser, quick_presence_server.url, alice)
    shown = wait_presence(looking, chat["id"], presence="online")
    assert shown["list_dot"] == GREEN and shown["header_dot"] == GREEN
    assert shown["presence_online"] and shown["separator"] == '"·"'
    user = api.call("GET", f"/api/v1/users/{alice.id}", bob.token)
    assert user["online"] is True

    # She closes the page: after the grace she is offline, last seen just now.
    online.driver.get("about:blank")
    shown = wait_presence(looking, chat["id"], presence="last seen just now")
    assert shown["list_dot"] is None and shown["header_dot"] is None
    assert not shown["presence_online"]
    choose_language(looking, "ru")
    wait_presence(looking, chat["id"], presence="был(а) только что")  # noqa: RUF001 (Cyrillic)
