"""Attachments: multipart upload to a chat, download as a member, attach on send."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.support.api import create_chat, error_of, register, send

MISSING_ID = 2**63 - 1


def file_form(
    content: bytes,
    filename: str = "notes.txt",
    content_type: str = "text/plain",
    field: str = "file",
) -> aiohttp.FormData:
    # Unquoted like a browser's form post (aiohttp would percent-encode the filename).
    form = aiohttp.FormData(quote_fields=False)
    form.add_field(field, content, filename=filename, content_type=content_type)
    return form


async def upload_response(client: Any, uploader: Any, chat: dict[str, Any], form: Any) -> Any:
    return await client.post(
        f"/api/v1/chats/{chat['id']}/attachments", data=form, headers=uploader.headers
    )


async def upload(
    client: Any, uploader: Any, chat: dict[str, Any], content: bytes, **form: Any
) -> dict[str, Any]:
    response = await upload_response(client, uploader, chat, file_form(content, **form))
    assert response.status == 201, await response.text()
    attachment: dict[str, Any] = await response.json()
    return attachment


def unique_bytes() -> bytes:
    return f"payload {uuid.uuid4()}\n".encode()


def stored_files_holding(root: Path, content: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and p.read_bytes() == content]


@pytest.fixture
async def pair(client, make_user):
    alice = await make_user("alice")
    bob = await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    return alice, bob, chat


# --- upload -----------------------------------------------------------------------------


async def test_upload_is_201_with_the_attachment(client, pair):
    alice, _, chat = pair
    content = unique_bytes()
    response = await upload_response(
        client, alice, chat, file_form(content, "report.txt", "text/plain; charset=utf-8")
    )
    assert response.status == 201
    attachment = await response.json()
    assert set(attachment) == {
        "id",
        "chat_id",
        "message_id",
        "user_id",
        "filename",
        "content_type",
        "size",
        "url",
        "created_at",
    }
    assert attachment["chat_id"] == chat["id"]
    assert attachment["message_id"] is None
    assert attachment["user_id"] == alice.id
    assert attachment["filename"] == "report.txt"
    assert attachment["content_type"] == "text/plain"
    assert attachment["size"] == len(content)
    assert attachment["url"] == f"/api/v1/attachments/{attachment['id']}"


async def test_upload_keeps_only_the_base_name_of_the_filename(client, pair):
    alice, _, chat = pair
    attachment = await upload(client, alice, chat, b"x", filename="../../etc/passwd")
    assert attachment["filename"] == "passwd"


async def test_upload_with_a_bogus_content_type_is_stored_as_octet_stream(client, pair):
    alice, _, chat = pair
    attachment = await upload(client, alice, chat, b"x", content_type="not a type")
    assert attachment["content_type"] == "application/octet-stream"


async def test_upload_of_exactly_the_limit_is_accepted(make_client):
    client = await make_client(attachments={"max_bytes": 1024})
    alice = await register(client, "alice")
    chat = await create_chat(client, alice, [])
    attachment = await upload(client, alice, chat, b"x" * 1024)
    assert attachment["size"] == 1024


async def test_upload_over_the_limit_is_413_and_stores_nothing(make_client, attachments_dir):
    client = await make_client(attachments={"max_bytes": 1024})
    alice = await register(client, "alice")
    chat = await create_chat(client, alice, [])
    marker = unique_bytes()
    content = marker + b"x" * (1025 - len(marker))
    response = await upload_response(client, alice, chat, file_form(content))
    await error_of(response, 413, "too_large")
    assert not [p for p in attachments_dir.rglob("*") if p.is_file() and marker in p.read_bytes()]


async def test_upload_far_over_the_limit_is_413(make_client):
    client = await make_client(attachments={"max_bytes": 1024})
    alice = await register(client, "alice")
    chat = await create_chat(client, alice, [])
    response = await upload_response(client, alice, chat, file_form(b"x" * 200_000))
    await error_of(response, 413, "too_large")


async def test_upload_that_is_not_multipart_is_415(client, pair):
    alice, _, chat = pair
    url = f"/api/v1/chats/{chat['id']}/attachments"
    for body, content_type in (
        (b'{"file": "x"}', "application/json"),
        (b"file=x", "application/x-www-form-urlencoded"),
        (b"--b--\r\n", "multipart/mixed; boundary=b"),
    ):
        response = await client.post(
            url, data=body, headers={**alice.headers, "Content-Type": content_type}
        )
        await error_of(response, 415, "unsupported_media_type")


async def test_upload_without_a_file_part_is_422(client, pair):
    alice, _, chat = pair
    response = await upload_response(client, alice, chat, file_form(b"x", field="document"))
    error = await error_of(response, 422, "validation_failed")
    assert [d["path"] for d in error["details"]] == ["/file"]


async def test_upload_of_an_empty_multipart_body_is_422(client, pair):
    alice, _, chat = pair
    response = await client.post(
        f"/api/v1/chats/{chat['id']}/attachments",
        data=b"--b--\r\n",
        headers={**alice.headers, "Content-Type": "multipart/form-data; boundary=b"},
    )
    await error_of(response, 422, "validation_failed")


async def test_upload_of_a_malformed_multipart_body_is_400(client, pair):
    alice, _, chat = pair
    for content_type in ("multipart/form-data", "multipart/form-data; boundary=b"):
        response = await client.post(
            f"/api/v1/chats/{chat['id']}/attachments",
            data=b"this is not multipart",
            headers={**alice.headers, "Content-Type": content_type},
        )
        await error_of(response, 400, "bad_request")


@pytest.mark.parametrize("filename", [b"a\x00b.txt", b"a\r\nb.txt"])
async def test_upload_with_a_malformed_part_header_is_400_not_500(client, pair, filename):
    alice, _, chat = pair
    body = (
        b'--b\r\nContent-Disposition: form-data; name="file"; filename="'
        + filename
        + b'"\r\n\r\nabc\r\n--b--\r\n'
    )
    response = await client.post(
        f"/api/v1/chats/{chat['id']}/attachments",
        data=body,
        headers={**alice.headers, "Content-Type": "multipart/form-data; boundary=b"},
    )
    await error_of(response, 400, "bad_request")


async def test_upload_with_a_filename_that_is_not_utf8_keeps_the_readable_part(client, pair):
    alice, _, chat = pair
    body = (
        b'--b\r\nContent-Disposition: form-data; name="file"; filename="\xff\xfenotes.txt"'
        b"\r\n\r\nabc\r\n--b--\r\n"
    )
    response = await client.post(
        f"/api/v1/chats/{chat['id']}/attachments",
        data=body,
        headers={**alice.headers, "Content-Type": "multipart/form-data; boundary=b"},
    )
    assert response.status == 201, await response.text()
    assert (await response.json())["filename"] == "notes.txt"


async def test_upload_to_a_chat_the_caller_is_not_in_is_404(client, make_user, pair):
    _, _, chat = pair
    stranger = await make_user("stranger")
    response = await upload_response(client, stranger, chat, file_form(b"x"))
    await error_of(response, 404, "not_found")


async def test_upload_requires_a_token(client, pair):
    _, _, chat = pair
    response = await client.post(f"/api/v1/chats/{chat['id']}/attachments", data=file_form(b"x"))
    await error_of(response, 401, "unauthorized")


# --- download ---------------------------------------------------------------------------


async def test_member_downloads_the_file_with_its_headers(client, pair):
    alice, bob, chat = pair
    content = unique_bytes()
    attachment = await upload(client, alice, chat, content, filename="notes.txt")
    response = await client.get(attachment["url"], headers=bob.headers)
    assert response.status == 200
    assert await response.read() == content
    assert response.headers["Content-Type"] == "text/plain"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert 'filename="notes.txt"' in disposition


async def test_html_upload_is_served_as_a_download_not_inline(client, pair):
    alice, bob, chat = pair
    content = b"<html><script>alert(document.cookie)</script></html>"
    attachment = await upload(
        client, alice, chat, content, filename="page.html", content_type="text/html"
    )
    response = await client.get(attachment["url"], headers=bob.headers)
    assert response.status == 200
    assert await response.read() == content
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response.headers["Content-Security-Policy"]


async def test_png_upload_is_served_inline(client, pair):
    alice, bob, chat = pair
    attachment = await upload(
        client, alice, chat, b"\x89PNG\r\n\x1a\n", filename="dot.png", content_type="image/png"
    )
    response = await client.get(attachment["url"], headers=bob.headers)
    assert response.headers["Content-Type"] == "image/png"
    assert response.headers["Content-Disposition"].startswith("inline;")


async def test_non_ascii_filename_is_kept_and_encoded_in_the_disposition(client, pair):
    alice, bob, chat = pair
    attachment = await upload(client, alice, chat, b"x", filename="отчёт.txt")
    assert attachment["filename"] == "отчёт.txt"
    response = await client.get(attachment["url"], headers=bob.headers)
    disposition = response.headers["Content-Disposition"]
    assert "filename*=UTF-8''%D0%BE%D1%82%D1%87%D1%91%D1%82.txt" in disposition


async def test_download_by_a_non_member_is_404(client, make_user, pair):
    alice, _, chat = pair
    stranger = await make_user("stranger")
    attachment = await upload(client, alice, chat, b"secret")
    response = await client.get(attachment["url"], headers=stranger.headers)
    await error_of(response, 404, "not_found")


async def test_download_of_an_unknown_attachment_is_404(client, pair):
    alice, _, _ = pair
    response = await client.get(f"/api/v1/attachments/{MISSING_ID}", headers=alice.headers)
    await error_of(response, 404, "not_found")


async def test_download_with_a_malformed_id_is_400(client, pair):
    alice, _, _ = pair
    response = await client.get("/api/v1/attachments/abc", headers=alice.headers)
    await error_of(response, 400, "bad_request")


async def test_download_requires_a_token(client, pair):
    alice, _, chat = pair
    attachment = await upload(client, alice, chat, b"x")
    await error_of(await client.get(attachment["url"]), 401, "unauthorized")


# --- attach to a message ----------------------------------------------------------------


async def test_sent_message_carries_its_attachments(client, pair):
    alice, bob, chat = pair
    first = await upload(client, alice, chat, b"one", filename="one.txt")
    second = await upload(client, alice, chat, b"two", filename="two.txt")
    message = await send(
        client, alice, chat["id"], "files", attachment_ids=[second["id"], first["id"]]
    )
    assert [a["id"] for a in message["attachments"]] == [first["id"], second["id"]]
    assert all(a["message_id"] == message["id"] for a in message["attachments"])
    page = await (
        await client.get(f"/api/v1/chats/{chat['id']}/messages", headers=bob.headers)
    ).json()
    assert page["items"][0]["attachments"] == message["attachments"]
    seen = await (await client.get(f"/api/v1/chats/{chat['id']}", headers=bob.headers)).json()
    assert seen["last_message"]["attachments"] == message["attachments"]


async def test_pages_show_the_files_of_exactly_the_messages_sent_with_them(client, pair):
    # History looks files up only for messages marked as sent with some (migration
    # 0013.message-files): a plain send, a send with files, a reply with files and a
    # mention, a forward of files, each read back by history both ways and by search.
    alice, bob, chat = pair
    plain = await send(client, alice, chat["id"], "plain words")
    upload_one = await upload(client, alice, chat, unique_bytes(), filename="a.txt")
    with_file = await send(
        client, alice, chat["id"], "files words", attachment_ids=[upload_one["id"]]
    )
    upload_two = await upload(client, bob, chat, unique_bytes(), filename="b.txt")
    reply = await send(
        client,
        bob,
        chat["id"],
        "@alice reply words",
        attachment_ids=[upload_two["id"]],
        reply_to_id=plain["id"],
    )
    forwarded = await client.post(
        f"/api/v1/chats/{chat['id']}/messages",
        json={"forward_message_id": with_file["id"]},
        headers=bob.headers,
    )
    assert forwarded.status == 201, await forwarded.text()
    forward = await forwarded.json()
    after_plain = await send(client, alice, chat["id"], "later words")
    expected = {
        plain["id"]: [],
        with_file["id"]: [upload_one["id"]],
        reply["id"]: [upload_two["id"]],
        forward["id"]: [a["id"] for a in forward["attachments"]],
        after_plain["id"]: [],
    }
    assert len(expected[forward["id"]]) == 1
    assert expected[forward["id"]] != [upload_one["id"]]  # a row of its own, same file

    def files_by_message(items: list[dict[str, Any]]) -> dict[int, list[int]]:
        return {item["id"]: [a["id"] for a in item["attachments"]] for item in items}

    base = f"/api/v1/chats/{chat['id']}/messages"
    newest_first = await (await client.get(base, headers=bob.headers)).json()
    oldest_first = await (await client.get(f"{base}?after=0", headers=bob.headers)).json()
    search = f"/api/v1/search/messages?q=words&chat_id={chat['id']}"
    found = await (await client.get(search, headers=bob.headers)).json()
    assert files_by_message(newest_first["items"]) == expected
    assert files_by_message(oldest_first["items"]) == expected
    # The forward carries the original's words too; every one is found.
    assert files_by_message([item["message"] for item in found["items"]]) == expected


async def test_attaching_someone_elses_upload_is_422(client, pair):
    alice, bob, chat = pair
    theirs = await upload(client, bob, chat, b"bob's")
    response = await client.post(
        f"/api/v1/chats/{chat['id']}/messages",
        json={"content": "stolen", "attachment_ids": [theirs["id"]]},
        headers=alice.headers,
    )
    error = await error_of(response, 422, "validation_failed")
    assert [d["path"] for d in error["details"]] == ["/attachment_ids/0"]
    history = await (
        await client.get(f"/api/v1/chats/{chat['id']}/messages", headers=alice.headers)
    ).json()
    assert history["items"] == []


async def test_attaching_an_upload_of_another_chat_is_422(client, make_user, pair):
    alice, bob, chat = pair
    other = await create_chat(client, alice, [bob])
    elsewhere = await upload(client, alice, other, b"elsewhere")
    mine = await upload(client, alice, chat, b"here")
    response = await client.post(
        f"/api/v1/chats/{chat['id']}/messages",
        json={"content": "x", "attachment_ids": [mine["id"], elsewhere["id"]]},
        headers=alice.headers,
    )
    error = await error_of(response, 422, "validation_failed")
    assert [d["path"] for d in error["details"]] == ["/attachment_ids/1"]
    # Nothing was half-attached: the good upload is still free to use.
    message = await send(client, alice, chat["id"], "retry", attachment_ids=[mine["id"]])
    assert [a["id"] for a in message["attachments"]] == [mine["id"]]


async def test_attaching_an_already_attached_upload_is_422(client, pair):
    alice, _, chat = pair
    attachment = await upload(client, alice, chat, b"once")
    await send(client, alice, chat["id"], "first", attachment_ids=[attachment["id"]])
    response = await client.post(
        f"/api/v1/chats/{chat['id']}/messages",
        json={"content": "second", "attachment_ids": [attachment["id"]]},
        headers=alice.headers,
    )
    await error_of(response, 422, "validation_failed")


async def test_attaching_an_unknown_attachment_is_422(client, pair):
    alice, _, chat = pair
    response = await client.post(
        f"/api/v1/chats/{chat['id']}/messages",
        json={"content": "x", "attachment_ids": [MISSING_ID]},
        headers=alice.headers,
    )
    await error_of(response, 422, "validation_failed")


async def test_attaching_more_than_10_files_is_422(client, pair):
    alice, _, chat = pair
    response = await client.post(
        f"/api/v1/chats/{chat['id']}/messages",
        json={"content": "x", "attachment_ids": list(range(1, 12))},
        headers=alice.headers,
    )
    error = await error_of(response, 422, "validation_failed")
    assert [d["path"] for d in error["details"]] == ["/attachment_ids"]


async def test_deleting_the_message_removes_its_file_from_disk(client, pair, attachments_dir):
    alice, bob, chat = pair
    content = unique_bytes()
    attachment = await upload(client, alice, chat, content)
    assert len(stored_files_holding(attachments_dir, content)) == 1
    message = await send(client, alice, chat["id"], "with file", attachment_ids=[attachment["id"]])
    response = await client.delete(f"/api/v1/messages/{message['id']}", headers=alice.headers)
    assert response.status == 204
    assert stored_files_holding(attachments_dir, content) == []
    await error_of(await client.get(attachment["url"], headers=bob.headers), 404, "not_found")


async def test_clearing_the_chat_removes_attached_files_from_disk(client, pair, attachments_dir):
    alice, _, chat = pair
    content = unique_bytes()
    attachment = await upload(client, alice, chat, content)
    await send(client, alice, chat["id"], "with file", attachment_ids=[attachment["id"]])
    response = await client.delete(f"/api/v1/chats/{chat['id']}/messages", headers=alice.headers)
    assert response.status == 204
    assert stored_files_holding(attachments_dir, content) == []
