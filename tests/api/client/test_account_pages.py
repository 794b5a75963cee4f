"""The browser client's account pages end to end, with the mails from a real worker:
"Forgot password?" and the page of the reset link, and the banner that asks to confirm
an address until the page of the confirmation link is opened."""

from __future__ import annotations

import re
import time
import uuid
from email.message import EmailMessage

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.api.client.conftest import Api, Browser, MailingServer
from tests.api.client.test_browser import Session

MAIL_WAIT_SECONDS = 40
NEW_PASSWORD = "a brand new secret"
LINK_SENT = "If an account has this address, we sent it a link."
BANNER = "Confirm your email address: we sent a link to {email}."


def wait_mails(server: MailingServer, address: str, subject: str, count: int = 1) -> list[str]:
    """The plain-text bodies of the first `count` mails to `address` about `subject`."""
    deadline = time.monotonic() + MAIL_WAIT_SECONDS
    mails: list[EmailMessage] = []
    while time.monotonic() < deadline:
        mails = server.mailbox.to(address, subject=subject)
        if len(mails) >= count:
            break
        time.sleep(0.2)
    found = f"{len(mails)} {subject!r} mail(s) to {address}"
    assert len(mails) >= count, f"{found}\n{server.log_text()}"
    return [mail.get_body(preferencelist=("plain",)).get_content() for mail in mails[:count]]


def link_in(body: str, server: MailingServer, page: str) -> str:
    found = re.search(re.escape(server.url) + rf"/#/{page}/\S+", body)
    assert found, body
    return found.group(0)


def notice(window: Session) -> str:
    text: str = window.driver.execute_script(
        "const e = document.getElementById('auth-notice'); return e.hidden ? '' : e.textContent"
    )
    return text


def ask_for_reset(window: Session, email: str) -> None:
    """ "Forgot password?" on the sign-in form, the address, and back on the sign-in form."""
    window.visible("#login-form")
    window.find("#forgot-password").click()
    form = window.visible("#forgot-form")
    field = form.find_element(By.NAME, "email")
    field.clear()
    field.send_keys(email, Keys.ENTER)
    window.wait(lambda d: window.find("#login-form").is_displayed(), "back on the sign-in form")
    window.wait(lambda d: notice(window) == LINK_SENT, "told a link went (if it did)")


def type_new_password(window: Session, password: str, repeat: str) -> None:
    form = window.visible("#reset-form")
    for name, value in (("password", password), ("repeat", repeat)):
        field = form.find_element(By.NAME, name)
        field.clear()
        field.send_keys(value)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()


def field_error(window: Session, form: str, name: str) -> str:
    text: str = window.find(f'#{form} .field-error[data-for="{name}"]').text
    return text


def test_a_forgotten_password_is_reset_through_the_mailed_link(
    browser: Browser, mailing_server: MailingServer
):
    api = Api(mailing_server.url)
    user, friend = api.register("Rita Reset"), api.register("Felix Friend")
    chat = api.personal_chat(friend, user)
    api.send(friend, chat["id"], "Did you get in again?")
    address = f"{user.nick}@example.com"
    window = Session(browser(), mailing_server.url).open()

    # An address no account has gets the same words (and no mail) as a known one.
    stranger = f"nobody_{uuid.uuid4().hex[:8]}@example.com"
    ask_for_reset(window, stranger)
    ask_for_reset(window, address)
    [body] = wait_mails(mailing_server, address, "Reset your password")
    link = link_in(body, mailing_server, "reset-password")
    assert mailing_server.mailbox.to(stranger) == []

    # The mail's link opens the page of a new password; it is checked before it goes.
    window.driver.get(link)
    type_new_password(window, "short", "short")
    window.wait(lambda d: field_error(window, "reset-form", "password"), "too short")
    assert field_error(window, "reset-form", "password") == "Use 8 to 128 characters."
    type_new_password(window, NEW_PASSWORD, NEW_PASSWORD + "!")
    window.wait(lambda d: field_error(window, "reset-form", "repeat"), "the repeat differs")
    assert field_error(window, "reset-form", "repeat") == "The passwords do not match."

    type_new_password(window, NEW_PASSWORD, NEW_PASSWORD)
    window.wait(lambda d: window.find("#login-form").is_displayed(), "the sign-in form")
    window.wait(lambda d: notice(window) == "Password changed; sign in with it.", "said so")
    assert window.driver.execute_script("return location.hash") == ""

    # The link works once.
    window.driver.get(link)
    type_new_password(window, "yet another secret", "yet another secret")
    window.wait(
        lambda d: (
            window.find("#reset-form .form-error").text == "This link is invalid or has expired."
        ),
        "a used link",
    )
    window.find("#reset-new-link").click()
    window.visible("#forgot-form").find_element(By.CSS_SELECTOR, ".back-to-sign-in").click()

    # Signed in with the new password: the chats are there.
    window.sign_in(user.nick, NEW_PASSWORD)
    window.wait_signed_in("Rita Reset")
    assert window.chat(chat["id"])["preview"] == "Did you get in again?"
    # The old password and the old session are no more.
    with pytest.raises(AssertionError, match=": 401 "):
        api.call("POST", "/api/v1/auth/login", body={"login": user.nick, "password": user.password})
    with pytest.raises(AssertionError, match=": 401 "):
        api.call("GET", "/api/v1/users/me", user.token)


def test_the_banner_asks_to_confirm_the_address_until_the_mailed_link_is_followed(
    browser: Browser, verifying_mailing_server: MailingServer
):
    server = verifying_mailing_server
    api = Api(server.url)
    user = api.register("Vera Verify")
    address = f"{user.nick}@example.com"
    subject = "Confirm your email address"
    wait_mails(server, address, subject)

    window = Session(browser(), server.url).sign_in_as(user)
    window.visible("#verify-banner")
    assert window.find("#verify-banner-text").text == BANNER.format(email=address)

    # "Send again" mails another link; after 3 in an hour the server says no.
    window.find("#verify-resend").click()
    window.wait(lambda d: window.find("#verify-banner-status").text == "Sent", "sent")
    bodies = wait_mails(server, address, subject, count=2)
    for _ in range(2):
        api.call("POST", "/api/v1/users/me/verification", user.token)
    window.find("#verify-resend").click()
    window.wait(
        lambda d: window.find("#verify-banner-status").text == "Too many requests, try later.",
        "refused",
    )

    # The link confirms the address: the page says so and leads back to the chats, where
    # the banner is gone.
    link = link_in(bodies[1], server, "verify-email")
    window.driver.get(link)
    window.wait(
        lambda d: window.find("#verify-result").text == "Your address is confirmed.", "confirmed"
    )
    way_on = window.visible("#verify-next")
    assert way_on.text == "Go to your chats"
    way_on.click()
    window.wait(lambda d: window.find("#app").is_displayed(), "back in the app")
    assert not window.find("#verify-banner").is_displayed()
    assert api.call("GET", "/api/v1/users/me", user.token)["email_verified"] is True

    # The used link, opened signed out, is refused, and leads to signing in.
    stranger = Session(browser(), server.url)
    stranger.driver.get(link)
    stranger.wait(
        lambda d: stranger.find("#verify-result").text == "This link is invalid or has expired.",
        "refused",
    )
    way_on = stranger.visible("#verify-next")
    assert way_on.text == "Sign in"
    way_on.click()
    stranger.visible("#login-form")
    assert stranger.driver.execute_script("return location.hash") == ""
