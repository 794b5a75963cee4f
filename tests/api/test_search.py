"""Search (docs/API.md, "Search") on the real stack: stems in Russian and English, prefixes,
phrases, substrings of Chinese and Japanese, emoji, highlights, and who may find what."""

from __future__ import annotations

import re
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient

from messenger.operations.search_query import SUBSTRING_CHARS
from tests.support.api import Account, Register, create_chat, error_of, paths_of, send, upload

SEARCH = "/api/v1/search/messages"
Client = TestClient[web.Request, web.Application]


async def search(client: Client, who: Account, q: str, **params: Any) -> dict[str, Any]:
    response = await client.get(SEARCH, params={"q": q, **params}, headers=who.headers)
    assert response.status == 200, await response.text()
    page: dict[str, Any] = await response.json()
    return page


async def found(client: Client, who: Account, q: str, **params: Any) -> list[str]:
    page = await search(client, who, q, **params)
    return [hit["message"]["content"] for hit in page["items"]]


def marked(hit: dict[str, Any]) -> list[str]:
    content = hit["message"]["content"]
    return [content[start:end] for start, end in hit["highlights"]]


async def pair(client: Client, make_user: Register) -> tuple[Account, Account, dict[str, Any]]:
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    return alice, bob, chat


async def test_russian_words_are_found_in_any_of_their_forms(
    client: Client, make_user: Register
) -> None:
    alice, bob, chat = await pair(client, make_user)
    await send(client, alice, chat["id"], "Я отправил сообщение про релиз")
    await send(client, alice, chat["id"], "Вчера он написал отчёт")
    await send(client, alice, chat["id"], "Совсем про другое")

    assert await found(client, bob, "сообщения") == ["Я отправил сообщение про релиз"]
    assert await found(client, bob, "написали") == ["Вчера он написал отчёт"]
    [hit] = (await search(client, bob, "сообщениями"))["items"]
    assert marked(hit) == ["сообщение"]


async def test_english_words_are_found_by_their_stem(client: Client, make_user: Register) -> None:
    alice, bob, chat = await pair(client, make_user)
    await send(client, alice, chat["id"], "Running late, sorry")
    await send(client, alice, chat["id"], "The deployments failed twice")

    assert await found(client, bob, "run") == ["Running late, sorry"]
    assert await found(client, bob, "runs") == ["Running late, sorry"]
    [hit] = (await search(client, bob, "deployment FAILING"))["items"]
    assert marked(hit) == ["deployments", "failed"]


async def test_a_word_with_a_star_finds_the_words_that_start_so(
    client: Client, make_user: Register
) -> None:
    alice, bob, chat = await pair(client, make_user)
    await send(client, alice, chat["id"], "Running the deployment now")
    await send(client, alice, chat["id"], "Сообщите, когда закончите")

    assert await found(client, bob, "runn*") == ["Running the deployment now"]
    assert await found(client, bob, "depl*") == ["Running the deployment now"]
    assert await found(client, bob, "сообщ*") == ["Сообщите, когда закончите"]
    [hit] = (await search(client, bob, "RUN* deploy*"))["items"]
    assert marked(hit) == ["Running", "deployment"]


async def test_a_phrase_in_quotes_finds_its_words_in_that_order(
    client: Client, make_user: Register
) -> None:
    alice, bob, chat = await pair(client, make_user)
    await send(client, alice, chat["id"], "the build is green tonight")
    await send(client, alice, chat["id"], "green is the build")

    assert await found(client, bob, '"build is green"') == ["the build is green tonight"]
    assert sorted(await found(client, bob, "build green")) == [
        "green is the build",
        "the build is green tonight",
    ]
    # An unclosed quote runs to the end of the text.
    assert await found(client, bob, '"green tonight') == ["the build is green tonight"]


async def test_chinese_and_japanese_are_found_as_substrings(
    client: Client, make_user: Register
) -> None:
    alice, bob, chat = await pair(client, make_user)
    await send(client, alice, chat["id"], "我们明天在東京开会")
    await send(client, alice, chat["id"], "本当にありがとうございます")
    await send(client, alice, chat["id"], "京都")

    assert await found(client, bob, "東京") == ["我们明天在東京开会"]
    assert await found(client, bob, "明天在東") == ["我们明天在東京开会"]
    assert await found(client, bob, "ありがとう") == ["本当にありがとうございます"]
    assert sorted(await found(client, bob, "京")) == ["京都", "我们明天在東京开会"]
    assert await found(client, bob, "京東") == []
    [hit] = (await search(client, bob, "开会"))["items"]
    assert hit["highlights"] == [[7, 9]]


async def test_emoji_are_found_and_highlighted(client: Client, make_user: Register) -> None:
    alice, bob, chat = await pair(client, make_user)
    await send(client, alice, chat["id"], "ship it 🚀 now")
    await send(client, alice, chat["id"], "🎉🎉 release done")

    assert await found(client, bob, "🚀") == ["ship it 🚀 now"]
    [hit] = (await search(client, bob, "🎉 release"))["items"]
    assert marked(hit) == ["🎉🎉", "release"]


async def test_highlights_count_code_points_and_keep_graphemes_whole(
    client: Client, make_user: Register
) -> None:
    alice, bob, chat = await pair(client, make_user)
    # Two emoji outside the Basic Multilingual Plane (two UTF-16 units each), a thumbs up
    # with a skin tone, and a word written with a combining accent.
    content = "👍🏽🎉 cafe\u0301 meeting at noon, meeting again"
    await send(client, alice, chat["id"], content)

    [hit] = (await search(client, bob, "meetings"))["items"]
    assert hit["highlights"] == [[10, 17], [27, 34]]
    assert marked(hit) == ["meeting", "meeting"]
    [hit] = (await search(client, bob, "cafe*"))["items"]
    assert marked(hit) == ["cafe\u0301"]


async def test_edits_and_deletes_show_in_search_at_once(
    client: Client, make_user: Register
) -> None:
    alice, bob, chat = await pair(client, make_user)
    message = await send(client, alice, chat["id"], "draft of the quarterly plan")
    other = await send(client, alice, chat["id"], "budget for the quarter")

    edited = await client.patch(
        f"/api/v1/messages/{message['id']}",
        json={"content": "final roadmap"},
        headers=alice.headers,
    )
    assert edited.status == 200
    assert await found(client, bob, "draft") == []
    assert await found(client, bob, "roadmap") == ["final roadmap"]

    deleted = await client.delete(f"/api/v1/messages/{other['id']}", headers=alice.headers)
    assert deleted.status == 204
    assert await found(client, bob, "budget") == []

    cleared = await client.delete(f"/api/v1/chats/{chat['id']}/messages", headers=alice.headers)
    assert cleared.status == 204
    assert await found(client, bob, "roadmap") == []


async def test_only_chats_the_caller_is_a_member_of_now_are_searched(
    client: Client, make_user: Register
) -> None:
    owner, member, stranger = (
        await make_user("owner"),
        await make_user("member"),
        await make_user("stranger"),
    )
    group = await create_chat(client, owner, [member], topic="Secrets")
    await send(client, owner, group["id"], "the vault code is pineapple")
    assert await found(client, member, "pineapple") == ["the vault code is pineapple"]
    assert await found(client, stranger, "pineapple") == []

    left = await client.delete(
        f"/api/v1/chats/{group['id']}/members/{member.id}", headers=member.headers
    )
    assert left.status == 204
    await send(client, owner, group["id"], "new pineapple code")
    assert await found(client, member, "pineapple") == []

    for outsider in (member, stranger):
        response = await client.get(
            SEARCH, params={"q": "pineapple", "chat_id": group["id"]}, headers=outsider.headers
        )
        await error_of(response, 404, "not_found")
    response = await client.get(
        SEARCH, params={"q": "pineapple", "chat_id": 2**62}, headers=stranger.headers
    )
    await error_of(response, 404, "not_found")


async def test_chat_and_author_filters_and_pages_newest_first(
    client: Client, make_user: Register
) -> None:
    alice, bob, chat = await pair(client, make_user)
    other = await create_chat(client, alice, [bob], topic="Other")
    sent = [await send(client, alice, chat["id"], f"standup note {n}") for n in range(5)]
    by_bob = await send(client, bob, chat["id"], "standup from bob")
    await send(client, alice, other["id"], "standup elsewhere")

    assert len(await found(client, bob, "standup")) == 7
    assert await found(client, bob, "standup", chat_id=other["id"]) == ["standup elsewhere"]
    assert await found(client, bob, "standup", user_id=bob.id) == ["standup from bob"]

    first = await search(client, bob, "note", limit=2)
    assert [hit["message"]["id"] for hit in first["items"]] == [sent[4]["id"], sent[3]["id"]]
    assert first["next"] == sent[3]["id"]
    second = await search(client, bob, "note", limit=2, before=first["next"])
    assert [hit["message"]["id"] for hit in second["items"]] == [sent[2]["id"], sent[1]["id"]]
    last = await search(client, bob, "note", limit=2, before=second["next"])
    assert [hit["message"]["id"] for hit in last["items"]] == [sent[0]["id"]]
    assert last["next"] is None
    assert by_bob["id"] > sent[4]["id"]


async def test_a_hit_is_the_message_as_history_shows_it(
    client: Client, make_user: Register
) -> None:
    alice, bob, chat = await pair(client, make_user)
    sent = await send(client, alice, chat["id"], "lunch at noon?")
    reacted = await client.put(
        f"/api/v1/messages/{sent['id']}/reactions/%F0%9F%91%8D", headers=bob.headers
    )
    assert reacted.status == 200
    history = await client.get(f"/api/v1/chats/{chat['id']}/messages", headers=bob.headers)
    [shown] = (await history.json())["items"]

    [hit] = (await search(client, bob, "lunch"))["items"]
    assert hit["message"] == shown
    assert hit["message"]["reactions"] == [{"emoji": "👍", "count": 1, "me": True}]


async def test_hostile_text_is_searched_as_text_and_never_fails(
    client: Client, make_user: Register
) -> None:
    alice, bob, chat = await pair(client, make_user)
    await send(client, alice, chat["id"], "check (a & b) | !c: done")
    for q in (
        "& | ! ( ) :",
        "a:* & !b",
        '"unbalanced',
        '"""',
        "*" * 200,
        "'; DROP TABLE messages; --",
        "\\' \\\\ ''",
        "<b>bold</b>",
        "the and of",  # stop words only
        "a\x00b",
        "😀" * 200,
    ):
        page = await search(client, bob, q)
        assert page["next"] is None
    assert await found(client, bob, "(check) & done:") == ["check (a & b) | !c: done"]


async def test_a_missing_empty_or_too_long_text_is_a_422(
    client: Client, make_user: Register
) -> None:
    alice = await make_user("alice")
    for params in ({}, {"q": ""}, {"q": "   "}, {"q": "x" * 201}):
        response = await client.get(SEARCH, params=params, headers=alice.headers)
        error = await error_of(response, 422, "validation_failed")
        assert paths_of(error) == ["/q"]
    response = await client.get(SEARCH, params={"q": "x", "limit": "0"}, headers=alice.headers)
    await error_of(response, 400, "bad_request")
    response = await client.get(SEARCH, params={"q": "x"})
    await error_of(response, 401, "unauthorized")


async def test_search_messages_over_json_rpc(client: Client, make_user: Register) -> None:
    alice, bob, chat = await pair(client, make_user)
    await send(client, alice, chat["id"], "quarterly numbers attached")
    response = await client.post(
        "/api/rpc",
        json={
            "jsonrpc": "2.0",
            "id": 1,
            "method": "search_messages",
            "params": {"q": "numbers", "limit": 5},
        },
        headers=bob.headers,
    )
    body = await response.json()
    [hit] = body["result"]["items"]
    assert hit["message"]["content"] == "quarterly numbers attached"
    assert marked(hit) == ["numbers"]

    response = await client.post(
        "/api/rpc",
        json={"jsonrpc": "2.0", "id": 2, "method": "search_messages", "params": {"q": ""}},
        headers=bob.headers,
    )
    assert (await response.json())["error"]["code"] == -32602


def sql_class(chars: str) -> str:
    """A Python character class as the migration writes it, with \\u and \\U escapes."""

    def escape(char: str) -> str:
        point = ord(char)
        return f"\\u{point:04x}" if point <= 0xFFFF else f"\\U{point:08x}"

    return re.sub(r"[^\-]", lambda match: escape(match.group()), chars)


async def test_the_migration_splits_text_into_grams_as_the_search_does(services_db: Any) -> None:
    async with services_db.connection() as conn:
        cursor = await conn.raw.cursor()
        await cursor.execute("SELECT pg_get_functiondef('search_grams(text)'::regprocedure)")
        [definition] = await cursor.fetchone()
        cursor.close()
    assert f"[{sql_class(SUBSTRING_CHARS)}]+" in definition


async def test_a_hit_shows_its_message_as_history_does_with_its_files(
    client: Client, make_user: Register
) -> None:
    alice, bob, chat = await pair(client, make_user)
    first = await upload(client, alice, chat["id"], b"minutes", filename="minutes.txt")
    second = await upload(client, alice, chat["id"], b"agenda", filename="agenda.txt")
    sent = await send(
        client, alice, chat["id"], "Notes of the planning meeting",
        attachment_ids=[second["id"], first["id"]],
    )  # fmt: skip
    await send(client, alice, chat["id"], "Another meeting, no files")
    [plain, with_files] = (await search(client, bob, "meeting"))["items"]  # newest first
    assert with_files["message"] == sent
    assert [a["filename"] for a in with_files["message"]["attachments"]] == [
        "minutes.txt",
        "agenda.txt",
    ]
    assert plain["message"]["attachments"] == []
    history = await client.get(f"/api/v1/chats/{chat['id']}/messages", headers=bob.headers)
    assert [hit["message"] for hit in (await search(client, bob, "meeting"))["items"]] == (
        await history.json()
    )["items"]
