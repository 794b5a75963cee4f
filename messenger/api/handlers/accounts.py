"""POST /api/v1/auth/register, /login, /logout."""

from __future__ import annotations

from messenger.api.endpoint import Call, Reply
from messenger.operations import accounts, views


async def register(
    call: Call, *, nick: str, name: str, email: str, password: str, avatar: str | None = None
) -> Reply:
    user, token = await accounts.add_new_user(
        call.services, nick=nick, name=name, email=email, password=password, avatar=avatar
    )
    return Reply(views.session(user, token), 201)


async def login(call: Call, *, login: str, password: str) -> views.Session:
    user, token = await accounts.login(
        call.services, login_name=login, password=password, address=call.address
    )
    return views.session(user, token)


async def logout(call: Call) -> None:
    assert call.token is not None  # the endpoint needs a token
    await accounts.logout(call.services, call.token)
