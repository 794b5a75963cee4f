"""/api/v1/auth/*: register, login, logout, sessions, confirming an address, resetting a
password; POST /users/me/password and /users/me/verification."""

from __future__ import annotations

from typing import Any

from messenger.api.endpoint import Call, Reply
from messenger.operations import account_mails, accounts, views


async def register(
    call: Call, *, nick: str, name: str, email: str, password: str, avatar: str | None = None
) -> Reply:
    user, token = await accounts.add_new_user(
        call.services,
        nick=nick,
        name=name,
        email=email,
        password=password,
        avatar=avatar,
        user_agent=call.user_agent,
    )
    return Reply(views.session(user, token), 201)


async def login(call: Call, *, login: str, password: str) -> views.Session:
    user, token = await accounts.login(
        call.services,
        login_name=login,
        password=password,
        address=call.address,
        user_agent=call.user_agent,
    )
    return views.session(user, token)


async def logout(call: Call) -> None:
    assert call.token is not None  # the endpoint needs a token
    await accounts.logout(call.services, call.token)


async def get_sessions(call: Call) -> views.SessionList:
    assert call.token is not None
    rows = await accounts.sessions(call.services, call.me, call.token)
    return views.session_list(rows)


async def end_session(call: Call, *, session_id: int) -> None:
    await accounts.end_session(call.services, call.me, session_id)


async def end_other_sessions(call: Call) -> None:
    assert call.token is not None
    await accounts.end_other_sessions(call.services, call.me, call.token)


async def change_password(call: Call, *, current_password: str, new_password: str) -> None:
    assert call.token is not None
    await accounts.change_password(
        call.services,
        call.me,
        call.token,
        current_password=current_password,
        new_password=new_password,
    )


ACCEPTED: dict[str, Any] = {}


async def verify_email(call: Call, *, token: str) -> None:
    await account_mails.verify_email(call.services, token)


async def resend_verification(call: Call) -> Reply:
    await account_mails.resend_verification(call.services, call.me)
    return Reply(ACCEPTED, 202)


async def request_password_reset(call: Call, *, email: str) -> Reply:
    await account_mails.request_password_reset(call.services, email)
    return Reply(ACCEPTED, 202)


async def reset_password(call: Call, *, token: str, password: str) -> None:
    await account_mails.reset_password(call.services, token, password)
