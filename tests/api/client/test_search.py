"""Message search in the browser client, end to end in real Chromium windows: the box
above the chat list, the hits grouped by chat with the matched words marked (as text,
never markup), further pages, and a hit opening its chat at the message with the history
around it."""

from __future__ import annotations

from typing import Any

from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver

from tests.api.client.conftest import Api, Browser, LiveServer, User
from tests.api.client.test_browser import Session

# The results as shown, row by row: a chat's title, then its hits.
RESULTS = """
return [...document.querySelectorAll("#search-list > li")].map((li) => {
  if (li.classList.contains("search-chat")) {
    return {chat: li.querySelector(".search-chat-title").textContent};
  }
  const text = li.querySelector(".search-hit-text");
  return {
    id: Number(li.dataset.messageId),
    author: li.querySelector(".search-hit-author").textContent,
    text: text.textContent,
    marks: [...text.querySelectorAll("mark")].map((mark) => mark.textContent),
    tags: [...text.querySelectorAll("*")].map((e) => e.tagName.toLowerCase()),
  };
});
"""

# Whether the message is on screen inside the scrolled message pane, and highlighted.
IN_VIEW = """
const li = document.querySelector(`.message[data-message-id="${arguments[0]}"]`);
if (!li) return null;
const pane = document.getElementById("messages").getBoundingClientRect();
const box = li.getBoundingClientRect();
return {
  visible: box.top >= pane.top && box.bottom <= pane.bottom,
  highlighted: li.classList.contains("highlight"),
};
"""


def signed_in(browser: Browser, server: LiveServer, user: User) -> Session:
    return Session(browser(), server.url).sign_in_as(user)


def results(window: Session) -> list[dict[str, Any]]:
    shown: list[dict[str, Any]] = window.driver.execute_script(RESULTS)
    return shown


def hit(message: dict[str, Any], author: str, marks: list[str]) -> dict[str, Any]:
    return {
        "id": message["id"],
        "author": author,
        "text": message["content"],
        "marks": marks,
        "tags": ["mark"] * len(marks),
    }


def search_for(window: Session, words: str, *, enter: bool = False) -> None:
    box = window.visible("#search-input")
    box.clear()
    box.send_keys(words, *([Keys.ENTER] if enter else []))


def test_a_search_finds_inflected_words_grouped_by_chat_with_marks_and_markup_as_text(
    browser: Browser, live_server: LiveServer, api: Api
):
    anna, boris = api.register("Anna Sender"), api.register("Boris Finder")
    personal = api.personal_chat(anna, boris)
    group = api.group_chat(anna, "Project room", [boris])
    sent = api.send(anna, personal["id"], "Я отправил сообщение")
    api.send(anna, personal["id"], "Nothing to find here")
    in_group = api.send(anna, group["id"], "Сообщение для группы")
    markup = api.send(anna, personal["id"], "<b>bold</b> сообщение")
    window = signed_in(browser, live_server, boris)

    # Typing searches once it pauses; "сообщения" finds "сообщение" by its stem.
    search_for(window, "сообщения")
    expected = [
        {"chat": "Anna Sender"},  # the chat of the newest hit first, as the list titles it
        hit(markup, "Anna Sender", ["сообщение"]),
        hit(sent, "Anna Sender", ["сообщение"]),
        {"chat": "Project room"},
        hit(in_group, "Anna Sender", ["Сообщение"]),
    ]
    window.wait(lambda d: results(window) == expected, "hits grouped by chat, newest first")
    assert not window.find("#chat-list").is_displayed()
    # What looks like markup is text: no <b> anywhere on the page. One page holds them all.
    assert window.driver.execute_script("return document.querySelectorAll('b').length") == 0
    assert not window.find("#search-more").is_displayed()
    window.no_alert()

    # Escape brings the chat list back and empties the box.
    window.find("#search-input").send_keys(Keys.ESCAPE)
    window.wait(lambda d: window.find("#chat-list").is_displayed(), "the chat list is back")
    assert not window.find("#search-results").is_displayed()
    assert window.find("#search-input").get_attribute("value") == ""


def test_a_search_without_hits_says_so_and_the_clear_button_returns_to_the_chats(
    browser: Browser, live_server: LiveServer, api: Api
):
    me, other = api.register("Quiet Searcher"), api.register("Other Person")
    chat = api.personal_chat(other, me)
    api.send(other, chat["id"], "Nothing interesting")
    window = signed_in(browser, live_server, me)

    search_for(window, "unicorns", enter=True)
    window.wait(lambda d: window.find("#search-status").text == "No messages found", "no hits")
    assert results(window) == []

    window.find("#search-clear").click()
    window.wait(lambda d: window.find("#chat-list").is_displayed(), "the chat list is back")
    window.chat(chat["id"])
    assert not window.find("#search-clear").is_displayed()


def test_more_results_loads_the_next_page_of_older_hits(
    browser: Browser, live_server: LiveServer, api: Api
):
    talker, reader = api.register("Talker"), api.register("Reader")
    chat = api.personal_chat(talker, reader)
    total = 25  # more than the client's page of 20
    sent = [api.send(talker, chat["id"], f"report number {n}") for n in range(total)]
    window = signed_in(browser, live_server, reader)

    search_for(window, "reports", enter=True)
    window.wait(lambda d: len(results(window)) == 1 + 20, "the first page")
    window.visible("#search-more").click()
    window.wait(lambda d: len(results(window)) == 1 + total, "the next page")
    shown = results(window)
    assert shown[0] == {"chat": "Talker"}  # one chat, one group
    assert [row["id"] for row in shown[1:]] == [m["id"] for m in reversed(sent)]
    assert all(row["marks"] == ["report"] for row in shown[1:])
    window.wait(lambda d: not window.find("#search-more").is_displayed(), "no further page")


def test_a_hit_opens_its_chat_at_the_message_with_the_history_around_it(
    browser: Browser, live_server: LiveServer, api: Api
):
    writer, reader = api.register("Long Writer"), api.register("Patient Reader")
    chat = api.personal_chat(writer, reader)
    other = api.personal_chat(api.register("Someone Else"), reader)
    total, at = 80, 20  # the hit is far from the newest page of 50
    texts = [f"filler line {n}" for n in range(1, total + 1)]
    texts[at - 1] = "Я отправил сообщение"
    sent = [api.send(writer, chat["id"], text) for text in texts]
    target = sent[at - 1]
    window = signed_in(browser, live_server, reader)
    window.open_chat(other["id"])  # another chat is open when the hit is clicked

    search_for(window, "сообщения", enter=True)
    window.wait(lambda d: results(window)[1:] == [hit(target, "Long Writer", ["сообщение"])])
    window.find(f'.search-hit[data-message-id="{target["id"]}"]').click()

    where = window.wait(
        lambda d: (w := d.execute_script(IN_VIEW, target["id"])) and w["visible"] and w,
        "scrolled to the message",
    )
    assert where["highlighted"]
    assert window.open_chat_id() == chat["id"]
    # The message with the older history before it and a page of newer after it; the
    # newest are not loaded yet.
    shown = window.message_texts()
    assert shown == texts[: len(shown)]
    assert at + 10 <= len(shown) < total
    window.wait(
        lambda d: (w := d.execute_script(IN_VIEW, target["id"])) and not w["highlighted"],
        "the highlight ends",
    )

    # Scrolling down loads the newer pages until the newest, with nothing missing.
    def scroll_to_bottom_until_all_loaded(d: WebDriver) -> bool:
        d.execute_script(
            "const box = document.getElementById('messages');box.scrollTop = box.scrollHeight"
        )
        return window.message_texts() == texts

    window.wait(scroll_to_bottom_until_all_loaded, "every message loaded, in order")
    # Read on the server once the newest is shown.
    window.wait(lambda d: api.chat(reader, chat["id"])["unread_count"] == 0, "all read")
