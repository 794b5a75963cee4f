"""The browser client's conversation features end to end, in real Chromium windows:
reactions, replies, @ mentions (with the mention mail from a real worker and
scheduler), pins, forwards, muting, and the client's words in English and Russian."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from tests.api.client.conftest import Api, Browser, MailingServer, User
from tests.api.client.test_browser import TOKEN_KEY, Session

REACTIONS = """
for (const li of document.querySelectorAll("#message-list .message")) {
  const content = li.querySelector(".content");
  if (!content || content.textContent !== arguments[0]) continue;
  return [...li.querySelectorAll(".reaction")].map((chip) => ({
    emoji: chip.dataset.emoji,
    count: chip.querySelector(".reaction-count").textContent,
    mine: chip.classList.contains("mine"),
  }));
}
return null;
"""

QUOTE = """
for (const li of document.querySelectorAll("#message-list .message")) {
  const content = li.querySelector(".content");
  if (!content || content.textContent !== arguments[0]) continue;
  const quote = li.querySelector(".reply-quote");
  if (!quote) return {quote: null};
  const text = quote.querySelector(".reply-text");
  return {
    quote: text.textContent,
    author: quote.querySelector(".reply-author").textContent,
    deleted: text.classList.contains("reply-deleted"),
    italic: getComputedStyle(text).fontStyle === "italic",
    reply_to: quote.dataset.replyTo,
  };
}
return null;
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

CHAT_BADGES = """
const item = document.querySelector(`.chat-item[data-chat-id="${arguments[0]}"]`);
if (!item) return null;
const unread = item.querySelector(".badge");
return {
  mention: Boolean(item.querySelector(".mention-badge")),
  unread: unread ? unread.textContent : null,
  muted: Boolean(item.querySelector(".muted-icon")),
};
"""


def windows(browser: Browser, url: str, *users: User, **options: Any) -> list[Session]:
    return [Session(browser(**options), url).sign_in_as(user) for user in users]


def reactions(window: Session, text: str) -> list[dict[str, Any]] | None:
    shown: list[dict[str, Any]] | None = window.driver.execute_script(REACTIONS, text)
    return shown


def wait_reactions(window: Session, text: str, expected: list[dict[str, Any]]) -> None:
    window.wait(lambda d: reactions(window, text) == expected, f"reactions {expected}")


def click_in_message(window: Session, text: str, css: str) -> None:
    """Click an element of the message that needs no hover (a chip, a quote)."""

    def attempt(d: Any) -> bool:
        window.message_element(text).find_element(By.CSS_SELECTOR, css).click()
        return True

    window.wait(attempt, f"clicked {css} of {text!r}")


def badges(window: Session, chat_id: int) -> dict[str, Any]:
    shown: dict[str, Any] = window.wait(
        lambda d: d.execute_script(CHAT_BADGES, chat_id), f"chat {chat_id} listed"
    )
    return shown


def own_reactions(api: Api, user: User, chat_id: int, text: str) -> list[dict[str, Any]]:
    [message] = [m for m in api.messages(user, chat_id) if m["content"] == text]
    found: list[dict[str, Any]] = message["reactions"]
    return found


# --- reactions --------------------------------------------------------------------------


def test_a_reaction_appears_live_and_a_click_on_its_chip_joins_in(browser, live_server, api):
    alice, bob = api.register("Alice Reacts"), api.register("Bob Watches")
    chat = api.personal_chat(alice, bob)
    text = "Cake in the kitchen"
    api.send(bob, chat["id"], text)
    reacting, watching = windows(browser, live_server.url, alice, bob)
    for window in (reacting, watching):
        window.open_chat(chat["id"])
        window.wait_message(text)

    # Alice reacts through the picker; Bob's open chat shows it at once.
    reacting.hover_click(text, ".react-message")
    reacting.visible('#reaction-picker .reaction-option[data-emoji="🎉"]').click()
    wait_reactions(reacting, text, [{"emoji": "🎉", "count": "1", "mine": True}])
    wait_reactions(watching, text, [{"emoji": "🎉", "count": "1", "mine": False}])

    # Bob's click on the chip adds his: two, highlighted for him; still Alice's for her.
    click_in_message(watching, text, '.reaction[data-emoji="🎉"]')
    wait_reactions(watching, text, [{"emoji": "🎉", "count": "2", "mine": True}])
    wait_reactions(reacting, text, [{"emoji": "🎉", "count": "2", "mine": True}])
    assert own_reactions(api, bob, chat["id"], text) == [{"emoji": "🎉", "count": 2, "me": True}]

    # A second click takes his back; Alice's stays hers.
    click_in_message(watching, text, '.reaction[data-emoji="🎉"]')
    wait_reactions(watching, text, [{"emoji": "🎉", "count": "1", "mine": False}])
    wait_reactions(reacting, text, [{"emoji": "🎉", "count": "1", "mine": True}])
    assert own_reactions(api, alice, chat["id"], text) == [{"emoji": "🎉", "count": 1, "me": True}]
    assert own_reactions(api, bob, chat["id"], text) == [{"emoji": "🎉", "count": 1, "me": False}]


# --- replies ----------------------------------------------------------------------------


def test_a_reply_appears_live_with_its_quote_and_the_quote_leads_to_the_original(
    browser, live_server, api
):
    alice, bob = api.register("Alice Replies"), api.register("Bob Asks")
    chat = api.personal_chat(alice, bob)
    question = "Where shall we meet?"
    original = api.send(bob, chat["id"], question)
    # Enough after it that the question is not on the first page of the history.
    for number in range(60):
        api.send(bob if number % 2 else alice, chat["id"], f"chatter {number}")
    replying, asking = windows(browser, live_server.url, alice, bob)
    asking.open_chat(chat["id"])
    asking.wait_message("chatter 59")
    replying.open_chat(chat["id"])

    def scroll_up_to_the_question(d: Any) -> bool:
        d.execute_script("document.getElementById('messages').scrollTop = 0")
        return replying.message(question) is not None

    replying.wait(scroll_up_to_the_question, "the question loaded")
    replying.hover_click(question, ".reply-message")
    bar = replying.visible("#reply-bar")
    assert "Bob Asks" in bar.text and question in bar.text
    replying.composer().send_keys("At the station", Keys.ENTER)
    replying.wait(lambda d: not replying.find("#reply-bar").is_displayed(), "reply bar closed")
    mine = replying.wait(
        lambda d: (q := d.execute_script(QUOTE, "At the station")) and q["quote"] and q
    )
    assert mine["quote"] == question and mine["author"] == "Bob Asks"

    # Bob sees it live, quoting his own question, which his window has not loaded.
    shown = asking.wait(
        lambda d: (q := d.execute_script(QUOTE, "At the station")) and q["quote"] and q,
        "the reply with its quote",
    )
    assert shown == {
        "quote": question,
        "author": "You",
        "deleted": False,
        "italic": False,
        "reply_to": str(original["id"]),
    }
    assert asking.message(question) is None
    [reply] = [m for m in api.messages(bob, chat["id"]) if m["content"] == "At the station"]
    assert reply["reply_to"]["id"] == original["id"]

    # A click on the quote loads older history until the question is there, and shows it.
    click_in_message(asking, "At the station", ".reply-quote")
    where = asking.wait(
        lambda d: (w := d.execute_script(IN_VIEW, original["id"])) and w["visible"] and w,
        "scrolled to the question",
    )
    assert where["highlighted"]
    asking.wait(
        lambda d: (w := d.execute_script(IN_VIEW, original["id"])) and not w["highlighted"],
        "the highlight ends",
    )

    # Once the question is deleted, the quote says so, in italics.
    api.call("DELETE", f"/api/v1/messages/{original['id']}", bob.token)
    for window in (replying, asking):
        gone = window.wait(
            lambda d: (q := d.execute_script(QUOTE, "At the station")) and q["deleted"] and q,
            "the quote of a deleted message",
        )
        assert gone["quote"] == "Deleted message" and gone["italic"]


# --- mentions ---------------------------------------------------------------------------


def test_a_mention_raises_the_badge_live_and_the_mail_follows_after_the_delay(
    browser, mailing_server: MailingServer
):
    api = Api(mailing_server.url)
    alice, boris = api.register("Alice Calls"), api.register("Борис Петров")
    carol = api.register("Carol Quiet")
    group = api.group_chat(alice, "Weekend trip", [boris, carol])
    other = api.personal_chat(boris, carol)
    calling, called = windows(browser, mailing_server.url, alice, boris)
    called.open_chat(other["id"])  # another chat is open: the mention stays unread
    calling.open_chat(group["id"])

    # "@" and the start of his name (in Cyrillic) offers him; Escape closes the list.
    box = calling.composer()
    typed = "Бор"  # the start of his name, in Cyrillic
    box.send_keys(f"Are you coming, @{typed}")
    option = f'#mention-suggestions .mention-option[data-nick="{boris.nick}"]'
    calling.visible(option)
    assert len(calling.find_all("#mention-suggestions .mention-option")) == 1
    box.send_keys(Keys.ESCAPE)
    calling.wait(lambda d: not calling.find("#mention-suggestions").is_displayed(), "closed")
    box.send_keys(Keys.BACKSPACE, typed[-1])
    calling.visible(option)
    box.send_keys(Keys.TAB)
    calling.wait(
        lambda d: box.get_attribute("value") == f"Are you coming, @{boris.nick} ", "inserted"
    )
    box.send_keys("?", Keys.ENTER)
    text = f"Are you coming, @{boris.nick} ?"
    calling.wait_message(text)
    shown = calling.wait(lambda d: calling.find(".message.mine .content .mention"))
    assert shown.text == f"@{boris.nick}"

    # Boris's list shows the @ badge beside the unread count, live.
    called.wait(lambda d: badges(called, group["id"])["mention"], "mention badge")
    assert badges(called, group["id"])["unread"] == "1"
    assert api.chat(boris, group["id"])["mention_count"] == 1

    # Unread after the delay: the worker mails him.
    deadline = time.monotonic() + 40
    mails: list[Any] = []
    while time.monotonic() < deadline and not mails:
        mails = mailing_server.mailbox.to(f"{boris.nick}@example.com", subject="mentioned")
        time.sleep(0.2)
    assert mails, f"no mention mail to Boris\n{mailing_server.log_text()}"
    assert "mentioned" in mails[0]["Subject"]
    assert "Alice Calls" in mails[0]["Subject"]
    assert mailing_server.mailbox.to(f"{carol.nick}@example.com", subject="mentioned") == []

    # The mail's link opens the chat in the client, which reads it: the badge goes, and
    # the message stands out for him.
    body = mails[0].get_body(preferencelist=("plain",)).get_content()
    link = f"{mailing_server.url}/#/chats/{group['id']}"
    assert link in body
    called.driver.get(link)
    called.wait_signed_in("Борис Петров")
    called.wait(lambda d: called.open_chat_id() == group["id"], "the chat of the link opened")
    called.wait(lambda d: not badges(called, group["id"])["mention"], "mention badge cleared")
    mention = called.wait(lambda d: called.find(".message.mentions-me .mention.is-me"))
    assert mention.text == f"@{boris.nick}"
    called.wait(lambda d: api.chat(boris, group["id"])["mention_count"] == 0, "read on the server")


# --- pins, forwards, muting ------------------------------------------------------------


def test_pins_show_in_a_bar_live_and_only_the_group_owner_may_pin(browser, live_server, api):
    owner, member = api.register("Olga Owner"), api.register("Mark Member")
    group = api.group_chat(owner, "Book club", [member])
    first = api.send(member, group["id"], "Next book: Solaris")
    second = api.send(owner, group["id"], "Meeting on Friday")
    pinning, reading = windows(browser, live_server.url, owner, member)
    for window in (pinning, reading):
        window.open_chat(group["id"])
        window.wait_message("Meeting on Friday")

    pinning.hover_click("Next book: Solaris", ".pin-message")
    for window in (pinning, reading):
        window.wait(
            lambda d, w=window: (
                w.find("#pinned-bar").is_displayed()
                and w.find("#pinned-text").text == "Next book: Solaris"
            ),
            "the pinned bar",
        )
    pinning.hover_click("Meeting on Friday", ".pin-message")
    reading.wait(
        lambda d: (
            reading.find("#pinned-text").text == "Meeting on Friday"
            and reading.find("#pinned-count").text == "2 pinned"
        ),
        "the newest pin first, with the count",
    )
    # A click shows the pin in the history and turns to the one before it.
    reading.find("#pinned-open").click()
    reading.wait(
        lambda d: (w := d.execute_script(IN_VIEW, second["id"])) and w["highlighted"], "shown"
    )
    reading.wait(lambda d: reading.find("#pinned-text").text == "Next book: Solaris", "cycled")
    # A member of a group may not pin or unpin (only its owner may).
    assert not reading.find("#pinned-unpin").is_displayed()
    for text in ("Next book: Solaris", "Meeting on Friday"):
        assert reading.message_element(text).find_elements(By.CSS_SELECTOR, ".pin-message") == []
        assert reading.message_element(text).find_elements(By.CSS_SELECTOR, ".pinned-mark")

    # The owner unpins from the bar; the member's bar follows.
    api.call("DELETE", f"/api/v1/chats/{group['id']}/pins/{first['id']}", owner.token)
    reading.wait(
        lambda d: (
            reading.find("#pinned-text").text == "Meeting on Friday"
            and not reading.find("#pinned-count").is_displayed()
        ),
        "one pin left",
    )
    pinning.wait(lambda d: pinning.find("#pinned-unpin").is_displayed())
    pinning.find("#pinned-unpin").click()
    for window in (pinning, reading):
        window.wait(lambda d, w=window: not w.find("#pinned-bar").is_displayed(), "no pins")
    pins = api.call("GET", f"/api/v1/chats/{group['id']}/pins", member.token)
    assert pins["items"] == []


def test_a_message_is_forwarded_to_another_chat_and_says_where_from(browser, live_server, api):
    me, source, target = (
        api.register("Fay Forwards"),
        api.register("Sam Source"),
        api.register("Tia Target"),
    )
    there = api.personal_chat(source, me)
    here = api.personal_chat(me, target)
    api.send(source, there["id"], "The code is 4711")
    [window] = windows(browser, live_server.url, me)
    window.open_chat(there["id"])
    window.hover_click("The code is 4711", ".forward-message")
    window.visible(f'#forward-targets .forward-target[data-chat-id="{here["id"]}"]').click()
    window.wait(lambda d: window.open_chat_id() == here["id"], "the target chat opened")
    window.wait_message("The code is 4711")
    label = window.wait(lambda d: window.find(".message.mine .forwarded"))
    assert label.text == "Forwarded from Sam Source"
    [forwarded] = api.messages(target, here["id"])
    assert forwarded["forwarded_from"]["user_id"] == source.id
    assert forwarded["content"] == "The code is 4711"


def test_mute_is_toggled_in_the_header_and_shown_in_the_list(browser, live_server, api):
    me, other = api.register("Quiet Person"), api.register("Loud Person")
    chat = api.personal_chat(other, me)
    [window] = windows(browser, live_server.url, me)
    window.open_chat(chat["id"])
    toggle = window.visible("#mute-toggle")
    assert toggle.get_attribute("aria-pressed") == "false"
    assert not badges(window, chat["id"])["muted"]
    toggle.click()
    window.wait(lambda d: badges(window, chat["id"])["muted"], "the muted icon")
    assert window.find("#mute-toggle").get_attribute("aria-pressed") == "true"
    assert api.chat(me, chat["id"])["muted"] is True
    window.find("#mute-toggle").click()
    window.wait(lambda d: not badges(window, chat["id"])["muted"], "unmuted")
    assert api.chat(me, chat["id"])["muted"] is False


# --- the client's language ---------------------------------------------------------------


def shown_words(window: Session) -> dict[str, Any]:
    words: dict[str, Any] = window.driver.execute_script(
        """
        return {
          lang: document.documentElement.lang,
          placeholder: document.getElementById("message-input").placeholder,
          new_chat: document.getElementById("new-chat").title,
          subtitle: document.getElementById("chat-subtitle").textContent,
          day: (document.querySelector(".day-divider span") || {}).textContent,
          edited: (document.querySelector(".edited") || {}).textContent,
        };
        """
    )
    return words


def wait_words(window: Session, **expected: str) -> None:
    def shown(d: Any) -> bool:
        words = shown_words(window)
        return all(words[key] == value for key, value in expected.items())

    window.wait(shown, f"words {expected}")


def choose_language(window: Session, code: str) -> None:
    window.find("#menu-button").click()
    Select(window.visible("#language-select")).select_by_value(code)
    window.find("#menu-button").click()


ENGLISH = {
    "lang": "en",
    "placeholder": "Write a message…",
    "new_chat": "New chat",
    "subtitle": "3 members",
    "day": "Today",
    "edited": "edited",
}
RUSSIAN = {
    "lang": "ru",
    "placeholder": "Напишите сообщение…",
    "new_chat": "Новый чат",
    "subtitle": "3 участника",
    "day": "Сегодня",
    "edited": "изменено",
}


def test_the_language_switch_changes_the_clients_own_words_and_is_kept(browser, live_server, api):
    me, friends = api.register("Lena Linguist"), [api.register("Ann"), api.register("Ben")]
    group = api.group_chat(me, "Polyglots", friends)
    said = api.send(friends[0], group["id"], "Привет, how are you?")
    api.call("PATCH", f"/api/v1/messages/{said['id']}", friends[0].token, {"content": "Привет!"})
    [window] = windows(browser, live_server.url, me)
    window.open_chat(group["id"])
    window.wait_message("Привет!")
    wait_words(window, **ENGLISH)

    choose_language(window, "ru")
    wait_words(window, **RUSSIAN)
    # People's words stay as they are.
    assert window.find("#chat-title").text == "Polyglots"
    assert window.message_texts() == ["Привет!"]
    assert window.driver.execute_script("return localStorage.getItem('messenger.lang')") == "ru"

    window.driver.refresh()
    window.wait_signed_in("Lena Linguist")
    window.open_chat(group["id"])
    wait_words(window, **RUSSIAN)

    choose_language(window, "en")
    wait_words(window, **ENGLISH)


def test_a_browser_that_prefers_russian_starts_in_russian(
    browser: Callable[..., Any], live_server, api
):
    user = api.register("Иван Иванов")
    window = Session(browser(languages="ru-RU,ru"), live_server.url).open()
    window.visible("#login-form")
    window.wait(lambda d: window.find("#tab-login").text == "Войти", "Russian words")
    assert window.find("#tab-register").text == "Создать аккаунт"
    assert Select(window.find("#auth-language")).first_selected_option.text == "Русский"
    window.driver.execute_script(
        "localStorage.setItem(arguments[0], arguments[1])", TOKEN_KEY, user.token
    )
    window.driver.refresh()
    window.wait_signed_in("Иван Иванов")
    assert window.find("#new-chat").get_attribute("title") == "Новый чат"
