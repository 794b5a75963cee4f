"""The browser client end to end: real Chromium windows (one per user) against the real
app on a real port, with live updates over the WebSocket."""

from __future__ import annotations

import contextlib
import re
import struct
import time
import uuid
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium.common.exceptions import (
    NoAlertPresentException,
    NoSuchElementException,
    StaleElementReferenceException,
)
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from messenger.config import Config
from tests.api.client.conftest import Browser, LiveServer, User, save_failure_evidence

WAIT_SECONDS = 15
SCREENSHOT = Path("var/screenshots/client.png")
TOKEN_KEY = "messenger.token"
PASSWORD = "correct horse battery"


MESSAGE_SNAPSHOT = """
const text = arguments[0];
for (const li of document.querySelectorAll("#message-list .message")) {
  const content = li.querySelector(".content");
  if (!content || content.textContent !== text) continue;
  const author = li.querySelector(".author");
  return {
    id: li.dataset.messageId,
    client_id: li.dataset.clientId,
    text: content.innerText,
    content_children: content.children.length,
    tags: [...li.querySelectorAll("*")]
      .filter((e) => !e.closest("svg.icon"))
      .map((e) => e.tagName.toLowerCase()),
    edited: Boolean(li.querySelector(".edited")),
    read: Boolean(li.querySelector(".status.read")),
    mine: li.classList.contains("mine"),
    actions: li.querySelectorAll(".edit-message, .delete-message").length,
    author: author ? author.textContent : null,
  };
}
return null;
"""


CHAT_SNAPSHOT = """
const item = document.querySelector(`.chat-item[data-chat-id="${arguments[0]}"]`);
if (!item) return null;
const badge = item.querySelector(".badge");
return {
  title: item.querySelector(".chat-item-title").textContent,
  title_children: item.querySelector(".chat-item-title").children.length,
  preview: item.querySelector(".chat-item-preview").textContent,
  badge: badge ? badge.textContent : null,
};
"""


ATTACHMENTS_SNAPSHOT = """
for (const li of document.querySelectorAll("#message-list .message")) {
  if (li.querySelector(".content").textContent !== arguments[0]) continue;
  const img = li.querySelector(".attachment.image img");
  if (!img || !img.complete || !img.naturalWidth) return null;
  return {
    alt: img.alt,
    blob: img.src.startsWith("blob:"),
    width: img.naturalWidth,
    files: [...li.querySelectorAll(".file-name")].map((e) => e.textContent),
  };
}
return null;
"""


class Session:
    """One browser window as one user, driven through what a person would click."""

    def __init__(self, driver: WebDriver, base_url: str) -> None:
        self.driver = driver
        self.base_url = base_url

    # --- waiting ---------------------------------------------------------------------

    def wait(self, condition: Callable[[WebDriver], Any], message: str = "") -> Any:
        return WebDriverWait(
            self.driver,
            WAIT_SECONDS,
            poll_frequency=0.05,
            ignored_exceptions=(StaleElementReferenceException, NoSuchElementException),
        ).until(condition, message)

    def find(self, css: str) -> WebElement:
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def find_all(self, css: str) -> list[WebElement]:
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def visible(self, css: str) -> WebElement:
        return self.wait(lambda d: (e := self.find(css)).is_displayed() and e, f"{css} visible")

    # --- signing in --------------------------------------------------------------------

    def open(self) -> Session:
        self.driver.get(self.base_url + "/")
        return self

    def register(self, nick: str, name: str, password: str = PASSWORD) -> Session:
        self.open()
        self.visible("#tab-register").click()
        form = self.visible("#register-form")
        form.find_element(By.NAME, "nick").send_keys(nick)
        form.find_element(By.NAME, "name").send_keys(name)
        form.find_element(By.NAME, "email").send_keys(f"{nick}@example.com")
        form.find_element(By.NAME, "password").send_keys(password, Keys.ENTER)
        self.wait_signed_in(name)
        return self

    def sign_in(self, login: str, password: str = PASSWORD) -> None:
        self.visible("#tab-login").click()
        form = self.visible("#login-form")
        form.find_element(By.NAME, "login").send_keys(login)
        form.find_element(By.NAME, "password").send_keys(password, Keys.ENTER)

    def sign_in_as(self, user: User) -> Session:
        """Start signed in as a user made through the API (the client keeps its token)."""
        self.open()
        self.driver.execute_script(
            "localStorage.setItem(arguments[0], arguments[1])", TOKEN_KEY, user.token
        )
        self.driver.refresh()
        self.wait_signed_in(user.name)
        return self

    def wait_signed_in(self, name: str) -> None:
        self.wait(lambda d: self.find("#me-name").text == name, f"signed in as {name}")
        self.wait_live()

    def wait_live(self) -> None:
        """The live socket is open (and caught up), as the client would know it."""
        self.wait(
            lambda d: d.execute_script(
                "return performance.getEntriesByType('resource')"
                ".some(e => e.name.includes('/api/v1/chats?limit'))"
            ),
            "the chat list loaded",
        )
        self.wait(lambda d: not self.find("#connection").is_displayed(), "connected")

    @property
    def token(self) -> str:
        token: str = self.driver.execute_script(
            "return localStorage.getItem(arguments[0])", TOKEN_KEY
        )
        return token

    # --- chats -------------------------------------------------------------------------

    def start_personal_chat(self, nick: str) -> int:
        self.find("#new-chat").click()
        search = self.visible("#user-search")
        search.send_keys(nick)
        self.wait(
            lambda d: (e := self.find(f'.user-result[data-nick="{nick}"]')).is_displayed() and e
        ).click()
        self.wait(lambda d: not self.find("#new-chat-dialog").is_displayed(), "dialog closed")
        return self.open_chat_id()

    def open_chat_id(self) -> int:
        chat_id: int = self.wait(
            lambda d: d.execute_script(
                "const e = document.querySelector('.chat-item.active');"
                "return e ? +e.dataset.chatId : null"
            ),
            "a chat is open",
        )
        return chat_id

    def chat(self, chat_id: int) -> dict[str, Any]:
        """The chat's entry in the list as shown: title, preview, badge (read in one go)."""
        entry: dict[str, Any] = self.wait(
            lambda d: d.execute_script(CHAT_SNAPSHOT, chat_id), f"chat {chat_id} listed"
        )
        return entry

    def open_chat(self, chat_id: int) -> None:
        selector = f'.chat-item[data-chat-id="{chat_id}"]'
        self.wait(lambda d: self.find(selector).click() or True, f"clicked chat {chat_id}")
        self.wait(lambda d: self.open_chat_id() == chat_id)
        self.wait(lambda d: "Loading" not in self.find("#history-status").text, "history loaded")

    def preview(self, chat_id: int) -> str:
        text: str = self.chat(chat_id)["preview"]
        return text

    def badge(self, chat_id: int) -> str | None:
        badge: str | None = self.chat(chat_id)["badge"]
        return badge

    def chat_order(self) -> list[int]:
        order: list[int] = self.driver.execute_script(
            "return [...document.querySelectorAll('.chat-item')].map((e) => +e.dataset.chatId)"
        )
        return order

    # --- messages ----------------------------------------------------------------------

    def composer(self) -> WebElement:
        return self.visible("#message-input")

    def send(self, text: str) -> None:
        before = len(self.sent_messages())
        self.composer().send_keys(text, Keys.ENTER)
        self.wait(lambda d: len(self.sent_messages()) > before, f"sent {text!r}")

    def sent_messages(self) -> list[WebElement]:
        return self.find_all(
            '.message.mine:not(.pending):not(.failed)[data-message-id]:not([data-message-id=""])'
        )

    def message_texts(self) -> list[str]:
        texts: list[str] = self.driver.execute_script(
            "return [...document.querySelectorAll('#message-list .message .content')]"
            ".map((e) => e.textContent)"
        )
        return texts

    def message(self, text: str) -> dict[str, Any] | None:
        """What the page shows of the message with this text, read in one go (the list
        re-renders as events arrive, so element handles do not last)."""
        snapshot: dict[str, Any] | None = self.driver.execute_script(MESSAGE_SNAPSHOT, text)
        return snapshot

    def wait_message(self, text: str) -> dict[str, Any]:
        snapshot: dict[str, Any] = self.wait(
            lambda d: (m := self.message(text)) and m["id"] and m, f"message {text!r} shown"
        )
        return snapshot

    def message_element(self, text: str) -> WebElement:
        message_id = self.wait_message(text)["id"]
        return self.find(f'.message[data-message-id="{message_id}"]')

    def hover_click(self, text: str, css: str) -> None:
        def attempt(d: WebDriver) -> bool:
            message = self.message_element(text)
            ActionChains(d).move_to_element(message).perform()
            button = message.find_element(By.CSS_SELECTOR, css)
            if float(button.value_of_css_property("opacity")) < 1.0:
                return False
            button.click()
            return True

        self.wait(attempt, f"clicked {css} of {text!r}")

    def no_alert(self) -> None:
        with pytest.raises(NoAlertPresentException):
            _ = self.driver.switch_to.alert.text


@pytest.fixture
def session(browser: Browser, live_server: LiveServer) -> Callable[..., Session]:
    def open_session(**kwargs: Any) -> Session:
        return Session(browser(**kwargs), live_server.url)

    return open_session


def nick(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small solid-colour PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    row = b"\x00" + bytes(rgb) * width
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


# --- the conversation between two people ------------------------------------------------


def test_two_people_sign_up_and_chat_live_with_unread_badges(session, api):
    alice_nick, bob_nick = nick("alice"), nick("bob")
    alice = session().register(alice_nick, "Alice Martin")
    bob = session().register(bob_nick, "Bob Chen")

    chat_id = alice.start_personal_chat(bob_nick)
    assert alice.find("#chat-title").text == "Bob Chen"
    alice.send("Hi Bob!")

    # Bob's list gains the chat without a reload, with one unread message ...
    bob.wait(lambda d: bob.badge(chat_id) == "1", "one unread")
    assert bob.chat(chat_id)["title"] == "Alice Martin"
    assert bob.preview(chat_id) == "Hi Bob!"
    alice.send("Are you there?")
    bob.wait(lambda d: bob.badge(chat_id) == "2", "two unread")
    assert api.chat(bob.token, chat_id)["unread_count"] == 2

    # ... which clears when he opens it, on the server too.
    bob.open_chat(chat_id)
    assert bob.message_texts() == ["Hi Bob!", "Are you there?"]
    bob.wait(lambda d: bob.badge(chat_id) is None, "badge cleared")
    bob.wait(lambda d: api.chat(bob.token, chat_id)["unread_count"] == 0, "read on the server")

    # With the chat open, new messages just appear, and stay read.
    alice.send("Lunch at noon?")
    bob.wait_message("Lunch at noon?")
    bob.wait(lambda d: api.chat(bob.token, chat_id)["unread_count"] == 0)
    assert bob.badge(chat_id) is None

    bob.send("Sure, see you there")
    alice.wait_message("Sure, see you there")
    # Alice sees that Bob read her messages.
    alice.wait(
        lambda d: all(
            m.find_elements(By.CSS_SELECTOR, ".status.read") for m in alice.sent_messages()
        ),
        "read ticks",
    )
    assert alice.badge(chat_id) is None


def test_message_markup_is_shown_as_text_and_never_runs(session, api):
    sender = api.register("Mallory <b>Bold</b>")
    reader = api.register("Reader")
    chat = api.personal_chat(sender, reader)
    mallory = session().sign_in_as(sender)
    victim = session().sign_in_as(reader)
    payloads = [
        "<img src=x onerror=alert(1)>",
        "<script>alert(2)</script>",
        '"><svg onload=alert(3)>',
        "&lt;b&gt;not bold&lt;/b&gt; & <b>nor this</b>",
    ]
    mallory.open_chat(chat["id"])
    for payload in payloads:
        mallory.send(payload)
    victim.open_chat(chat["id"])

    for window in (mallory, victim):
        for payload in payloads:
            message = window.wait_message(payload)
            assert message["text"] == payload
            assert message["content_children"] == 0
            assert not {"img", "script", "svg", "b", "iframe"} & set(message["tags"])
        window.no_alert()
        assert (
            window.driver.execute_script("return document.querySelectorAll('script').length") == 1
        )
    # The name with markup is a name, not markup, in the list and the header.
    title = victim.find("#chat-title")
    assert title.text == "Mallory <b>Bold</b>"
    assert title.find_elements(By.CSS_SELECTOR, "*") == []
    entry = victim.chat(chat["id"])
    assert entry["title"] == "Mallory <b>Bold</b>"
    assert entry["title_children"] == 0


def test_enter_sends_and_shift_enter_starts_a_new_line(session, api):
    me, other = api.register("Writer"), api.register("Other")
    chat = api.personal_chat(me, other)
    window = session().sign_in_as(me)
    window.open_chat(chat["id"])
    window.composer().send_keys("first line", Keys.SHIFT, Keys.ENTER, Keys.NULL, "second line")
    assert window.find_all(".message") == []  # Shift+Enter did not send
    window.composer().send_keys(Keys.ENTER)
    message = window.wait_message("first line\nsecond line")
    assert message["text"] == "first line\nsecond line"
    assert window.composer().get_attribute("value") == ""
    assert [m["content"] for m in api.messages(me, chat["id"])] == ["first line\nsecond line"]
    # An empty message is not sent.
    window.composer().send_keys("   ", Keys.ENTER)
    assert len(api.messages(me, chat["id"])) == 1


def test_own_messages_are_edited_and_deleted_and_the_other_side_follows(session, api):
    author, reader = api.register("Author"), api.register("Reader")
    chat = api.personal_chat(author, reader)
    api.send(reader, chat["id"], "Not yours to change")
    writer = session().sign_in_as(author)
    watcher = session().sign_in_as(reader)
    writer.open_chat(chat["id"])
    watcher.open_chat(chat["id"])
    writer.send("Meet at 5")
    writer.send("Typo here")
    watcher.wait_message("Typo here")

    # Only own messages can be edited or deleted.
    assert writer.wait_message("Not yours to change")["actions"] == 0
    assert writer.wait_message("Meet at 5")["actions"] == 2

    writer.hover_click("Meet at 5", ".edit-message")
    writer.visible("#editing-bar")
    box = writer.composer()
    assert box.get_attribute("value") == "Meet at 5"
    box.send_keys(Keys.CONTROL, "a", Keys.NULL, "Meet at 6", Keys.ENTER)
    watcher.wait(lambda d: (m := watcher.message("Meet at 6")) and m["edited"], "marked edited")
    assert writer.find("#editing-bar").is_displayed() is False

    writer.hover_click("Typo here", ".delete-message")
    writer.visible("#confirm-ok").click()
    for window in (writer, watcher):
        window.wait(lambda d, w=window: "Typo here" not in w.message_texts(), "deleted")
    assert [m["content"] for m in api.messages(reader, chat["id"])] == [
        "Meet at 6",
        "Not yours to change",
    ]
    # The list shows the new last message.
    watcher.wait(lambda d: watcher.preview(chat["id"]) == "Meet at 6", "preview follows")


def test_older_messages_load_when_scrolling_up(session, api):
    me, other = api.register("Scroller"), api.register("Talker")
    chat = api.personal_chat(me, other)
    total = 130
    for number in range(1, total + 1):
        api.send(other if number % 3 else me, chat["id"], f"message number {number}")
    window = session().sign_in_as(me)
    window.open_chat(chat["id"])
    first_batch = len(window.message_texts())
    assert 50 <= first_batch < total
    assert window.message_texts()[-1] == f"message number {total}"

    def scroll_to_top_until_all_loaded(d: WebDriver) -> bool:
        d.execute_script("document.getElementById('messages').scrollTop = 0")
        return len(window.message_texts()) == total

    window.wait(scroll_to_top_until_all_loaded, "every message loaded")
    assert window.message_texts() == [f"message number {n}" for n in range(1, total + 1)]
    window.wait(lambda d: "beginning" in window.find("#history-status").text)
    ids = [
        int(i)
        for i in window.driver.execute_script(
            "return [...document.querySelectorAll('.message')].map((e) => e.dataset.messageId)"
        )
    ]
    assert ids == sorted(ids) and len(set(ids)) == total


def test_attachments_are_uploaded_and_opened_with_the_token(session, api, tmp_path):
    sender, receiver = api.register("Sender"), api.register("Receiver")
    chat = api.personal_chat(sender, receiver)
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"shopping list: milk, bread\n")
    picture = tmp_path / "picture.png"
    picture.write_bytes(png(40, 30, (63, 111, 240)))
    downloads = tmp_path / "downloads"
    downloads.mkdir()

    upload = session().sign_in_as(sender)
    upload.open_chat(chat["id"])
    upload.find("#file-input").send_keys(f"{notes}\n{picture}")
    upload.wait(
        lambda d: (
            d.execute_script(
                "return [...document.querySelectorAll('#pending-files .chip')]"
                ".map((c) => c.dataset.status)"
            )
            == ["ready", "ready"]
        ),
        "both uploaded",
    )
    upload.send("Here you go")

    reader = session(download_dir=downloads).sign_in_as(receiver)
    reader.open_chat(chat["id"])
    reader.wait_message("Here you go")
    # The picture is fetched with the token and shown from a blob: URL.
    image = reader.wait(lambda d: d.execute_script(ATTACHMENTS_SNAPSHOT, "Here you go"))
    assert image == {"alt": "picture.png", "blob": True, "width": 40, "files": ["notes.txt"]}

    def click_file(d: WebDriver) -> bool:
        reader.message_element("Here you go").find_element(By.CSS_SELECTOR, ".file-button").click()
        return True

    reader.wait(click_file, "clicked the file")
    saved = downloads / "notes.txt"
    reader.wait(lambda d: saved.exists() and saved.read_bytes() == notes.read_bytes(), "downloaded")

    stored = api.messages(receiver, chat["id"])[0]
    assert sorted(a["filename"] for a in stored["attachments"]) == ["notes.txt", "picture.png"]


def test_a_send_retried_after_a_network_failure_is_not_duplicated(session, api):
    me, other = api.register("Flaky"), api.register("Steady")
    chat = api.personal_chat(me, other)
    window = session().sign_in_as(me)
    window.open_chat(chat["id"])
    driver: Any = window.driver
    driver.set_network_conditions(offline=True, latency=0, throughput=1024 * 1024)
    window.composer().send_keys("sent while offline", Keys.ENTER)
    failed = window.wait(
        lambda d: (m := window.message("sent while offline")) and m["client_id"] and m,
        "shown before it is sent",
    )
    client_id = failed["client_id"]
    window.wait(lambda d: window.find(".message.failed"), "marked not sent")
    assert re.fullmatch(
        r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", client_id
    )
    assert api.messages(me, chat["id"]) == []

    driver.delete_network_conditions()
    # The client retries by itself once it is back online; a click on Retry as well
    # sends the same client_message_id again.
    retry = window.find_all(".message.failed .link-button")
    if retry:
        with contextlib.suppress(StaleElementReferenceException):
            retry[0].click()
    window.wait_message("sent while offline")
    window.wait(lambda d: not window.find_all(".message.failed, .message.pending"), "delivered")
    stored = api.messages(me, chat["id"])
    assert [(m["content"], m["client_message_id"]) for m in stored] == [
        ("sent while offline", client_id)
    ]
    assert len(window.find_all(".message")) == 1


def test_the_chat_list_follows_activity_and_new_chats_appear(session, api):
    me = api.register("Popular")
    first, second = api.register("First Friend"), api.register("Second Friend")
    older = api.personal_chat(first, me)
    api.send(first, older["id"], "from the first")
    newer = api.personal_chat(second, me)
    api.send(second, newer["id"], "from the second")
    window = session().sign_in_as(me)
    window.wait(lambda d: window.chat_order() == [newer["id"], older["id"]])

    api.send(first, older["id"], "bumped")
    window.wait(lambda d: window.chat_order() == [older["id"], newer["id"]], "reordered live")
    assert window.badge(older["id"]) == "2"

    group = api.group_chat(second, "Weekend plans", [me, first])
    window.wait(lambda d: window.chat_order()[:1] == [group["id"]], "new group listed first")
    assert window.chat(group["id"])["title"] == "Weekend plans"


def test_a_group_is_started_from_the_people_search(session, api):
    owner = api.register("Organiser")
    friends = [api.register("Dana Friend"), api.register("Eli Friend")]
    window = session().sign_in_as(owner)
    guest = session().sign_in_as(friends[0])
    window.find("#new-chat").click()
    window.visible("#group-toggle").click()
    window.visible("#group-topic").send_keys("Book club")
    for friend in friends:
        search = window.find("#user-search")
        search.clear()
        search.send_keys(friend.nick)
        window.wait(
            lambda d, f=friend: (e := window.find(f'.user-result[data-nick="{f.nick}"]')) and e
        ).click()
    assert len(window.find_all("#selected-users .chip")) == 2
    window.find("#create-group").click()
    chat_id = window.open_chat_id()
    assert window.find("#chat-title").text == "Book club"
    assert window.find("#chat-subtitle").text == "3 members"
    window.send("Welcome, everyone")

    guest.wait(lambda d: guest.badge(chat_id) == "1", "the group reached a member")
    guest.open_chat(chat_id)
    guest.wait(lambda d: guest.message("Welcome, everyone")["author"] == "Organiser")


def test_the_session_survives_a_reload_and_sign_out_returns_to_the_sign_in(session, api):
    user = api.register("Returning User")
    window = session().sign_in_as(user)
    window.driver.refresh()
    window.wait_signed_in("Returning User")
    window.find("#logout").click()
    window.visible("#login-form")
    assert window.token is None
    window.sign_in(user.nick, "wrong password")
    window.wait(lambda d: window.find("#login-form .form-error").text, "an error is shown")
    window.find("#login-form input[name=password]").clear()
    window.find("#login-form input[name=login]").clear()
    window.sign_in(user.nick)
    window.wait_signed_in("Returning User")
    assert window.token and window.token != user.token


def test_a_chat_link_from_a_mail_opens_that_chat_in_a_new_tab(session, api):
    owner, reader = api.register("Link Sender"), api.register("Link Reader")
    chat = api.group_chat(owner, "Linked topic", [reader])
    window = session().sign_in_as(reader)
    # As a mail's link arrives: the page loaded afresh with the chat in its address.
    window.driver.get(f"{window.base_url}/#/chats/{chat['id']}")
    window.driver.refresh()  # only the # changed: load the page again, as a new tab does
    window.wait_signed_in("Link Reader")
    window.wait(lambda d: window.open_chat_id() == chat["id"], "the linked chat is open")
    assert window.find("#chat-title").text == "Linked topic"


# --- reconnecting -----------------------------------------------------------------------


@pytest.fixture
def second_server(config: Config) -> Iterator[LiveServer]:
    """Another API process on the same database and Redis."""
    server = LiveServer(config)
    server.start()
    try:
        yield server
    finally:
        server.close()


def test_a_client_reconnects_and_catches_up_on_what_it_missed(
    browser, live_server, second_server, api
):
    speaker, listener = api.register("Speaker"), api.register("Listener")
    chat = api.personal_chat(speaker, listener)
    api.send(speaker, chat["id"], "before the restart")
    window = Session(browser(), second_server.url).sign_in_as(listener)
    window.open_chat(chat["id"])
    window.wait_message("before the restart")

    # Live events cross processes: sent through one, pushed by the other.
    api.send(speaker, chat["id"], "through the other process")
    window.wait_message("through the other process")

    second_server.stop()
    window.wait(lambda d: window.find("#connection").is_displayed(), "shows it is offline")
    for n in range(3):
        api.send(speaker, chat["id"], f"missed {n}")
    time.sleep(0.5)
    second_server.start()

    window.wait(lambda d: not window.find("#connection").is_displayed(), "reconnected")
    for n in range(3):
        window.wait_message(f"missed {n}")
    assert window.message_texts() == [
        "before the restart",
        "through the other process",
        "missed 0",
        "missed 1",
        "missed 2",
    ]
    api.send(speaker, chat["id"], "live again")
    window.wait_message("live again")
    window.wait(lambda d: api.chat(listener, chat["id"])["unread_count"] == 0, "all read")


# --- how it looks -----------------------------------------------------------------------


def test_a_conversation_looks_like_a_product(session, api):
    """Saves var/screenshots/client.png: the client with a real-looking conversation."""
    alice = api.register("Alice Martin")
    bob = api.register("Bob Chen")
    carol = api.register("Carol Diaz")
    dan = api.register("Dan Okafor")
    team = api.group_chat(carol, "Design team", [alice, bob, dan])
    api.send(carol, team["id"], "Mockups for the new onboarding are in the shared folder")
    api.send(dan, team["id"], "Looks great! Two small notes on the second screen")
    trip = api.personal_chat(dan, alice)
    api.send(dan, trip["id"], "Did you book the train tickets?")
    chat = api.personal_chat(alice, bob)
    lines = [
        (bob, "Hey Alice! Are we still on for the review tomorrow?"),
        (alice, "Yes, 10:30 in the small meeting room."),
        (alice, "I'll bring the release checklist."),
        (
            bob,
            "Perfect. I pushed the fixes for the upload limit last night,\n"
            "so the demo should be smooth.",
        ),
        (alice, "Great, thanks! The <img src=x onerror=alert(1)> bug is fixed too, by the way"),
        (bob, "Nice. See you tomorrow!"),
    ]
    for author, text in lines:
        api.send(author, chat["id"], text)
    api.send(dan, trip["id"], "Also: the hotel is confirmed")

    window = session().sign_in_as(alice)
    window.open_chat(chat["id"])
    window.wait_message("Nice. See you tomorrow!")
    window.wait(lambda d: len(window.find_all(".chat-item")) == 3)
    window.wait(lambda d: "…" not in window.find(".chat-list").text, "every chat has its title")
    window.composer().send_keys("Sounds good")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert window.driver.save_screenshot(str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000
    window.no_alert()


def test_a_failing_browser_test_leaves_a_screenshot_and_the_console_log(browser, live_server):
    driver = browser()
    driver.get(live_server.url + "/")
    driver.execute_script("console.error('something went wrong here')")
    saved = save_failure_evidence("test_example[param]", [driver])
    png_path = Path(saved[0])
    assert png_path.name == "test_example_param_-browser1.png"
    assert png_path.read_bytes().startswith(b"\x89PNG")
    assert "something went wrong here" in png_path.with_suffix(".log").read_text()
