"""/api/v1/chats/{id}/pins: the pinned messages of a chat; pinning and unpinning."""

from __future__ import annotations

from messenger.api.endpoint import Call
from messenger.operations import pins, views


async def get_pins(call: Call, *, chat_id: int, before: int | None, limit: int) -> views.PinPage:
    page = await pins.get_pins(call.services, call.me, chat_id, limit=limit, before=before)
    return views.pin_page(page.items, page.next, viewer_id=call.me)


async def pin_message(call: Call, *, chat_id: int, message_id: int) -> None:
    await pins.set_pinned(call.services, call.me, chat_id, message_id, pinned=True)


async def unpin_message(call: Call, *, chat_id: int, message_id: int) -> None:
    await pins.set_pinned(call.services, call.me, chat_id, message_id, pinned=False)
