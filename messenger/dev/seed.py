"""Fake data at COPY speed: `messenger seed --users N --chats M --messages K [--seed S]`.

Rows are generated in Python and streamed into PostgreSQL with COPY, with explicit ids
(COPY may fill identity columns), so a million messages take seconds rather than the
hours that row-by-row inserts took. The same seed gives the same data, timestamps
included. Every seeded user's password is DEMO_PASSWORD.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg2
from argon2 import Type
from argon2.low_level import hash_secret
from psycopg2 import sql
from tqdm import tqdm

from messenger.config import AuthConfig

DEMO_PASSWORD = "messenger-demo"  # noqa: S105 - documented demo credential for fake data
# Fixed, not now(): the same seed must give byte-identical dumps.
BASE_TIME = datetime(2026, 1, 1, tzinfo=UTC)
GROUP_SHARE = 0.3  # the rest are personal chats
MAX_GROUP_MEMBERS = 40
# Share of each member's chat that they have read; the rest is their unread count.
READ_SHARE_RANGE = (0.6, 1.0)
# As a team chats: some messages answer the one before, some get reactions, a few name
# someone (so history pages and the chat list carry what real ones do).
REPLY_SHARE = 0.1
REACTED_SHARE = 0.2
MAX_REACTIONS = 3
MENTION_SHARE = 0.03
REACTION_EMOJI = ("👍", "❤️", "😂", "🎉", "👀", "🙏")
REPLY_PREVIEW_CHARS = 200  # as repository.messages keeps it

FIRST_NAMES = (
    "Anna", "Bruno", "Chloé", "Dmitri", "Elif", "Farah", "Giulia", "Hiroshi", "Inès", "Jonas",
    "Katarzyna", "Lars", "María", "Nguyễn", "Olufemi", "Priya", "Quentin", "Rūta", "Søren",
    "Tomás", "Ursula", "Vikram", "Wen", "Ximena", "Yusuf", "Zoë", "Алексей", "Σοφία", "李娜",
    "محمد",
)  # fmt: skip
LAST_NAMES = (
    "Müller", "García", "Kowalski", "Nakamura", "Ødegaard", "Rossi", "Smith", "Traoré",
    "Öztürk", "Dubois", "Ivanova", "Papadopoulos", "Nielsen", "Silva", "Chen", "Haddad",
)  # fmt: skip
WORDS = (
    "hello", "meeting", "tomorrow", "deploy", "coffee", "ticket", "review", "lunch", "bug",
    "release", "merci", "danke", "gracias", "спасибо", "ありがとう", "👍", "🎉", "ok", "sure",
    "later", "the", "build", "is", "green", "again", "can", "you", "check", "this", "please",
    "friday", "demo", "slides", "ready", "café", "naïve", "résumé", "straße", "test", "done",
    "сообщение", "сообщения", "написал", "написали", "встреча", "релиз", "会议", "明天",
)  # fmt: skip
# One sentence in five hundred names one of these: the rare words search is measured with.
RARE_WORDS = ("postmortem", "квартальный")
RARE_SHARE = 0.002
# Dropped before the messages are loaded, built again after (see seed_database).
REBUILT_AFTER_LOAD = ("messages_search", "messages_chat_id_id_idx")
TOPICS = (
    "Backend", "Release train", "Coffee ☕", "Design review", "Ops on call", "Random",
    "Équipe Paris", "Team Tokyo 東京", "Book club", "Hiring", "Incidents", "Weekend plans",
)  # fmt: skip


@dataclass
class SeedPlan:
    users: int
    chats: int
    messages: int
    seed: int = 1
    # Put this many of the messages into one group chat (the "huge chat" of the benchmark).
    big_chat_messages: int = 0


@dataclass
class SeedResult:
    users: int = 0
    chats: int = 0
    members: int = 0
    messages: int = 0
    big_chat_id: int | None = None
    first_user_nick: str = ""
    timings: dict[str, float] = field(default_factory=dict)


def demo_password_hash(seed: int) -> str:
    """An argon2id hash of DEMO_PASSWORD with a salt derived from the seed: the same seed
    gives the same rows, so dumps of fake data are reproducible."""
    defaults = AuthConfig()
    salt = hashlib.sha256(f"messenger-seed:{seed}".encode()).digest()[:16]
    encoded = hash_secret(
        DEMO_PASSWORD.encode(),
        salt,
        time_cost=defaults.argon2_time_cost,
        memory_cost=defaults.argon2_memory_kib,
        parallelism=1,
        hash_len=32,
        type=Type.ID,
    )
    return encoded.decode()


def copy_text(value: str) -> str:
    """Escape a value for COPY's text format."""
    return (
        value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    )


class LineStream:
    """A file-like object over an iterator of COPY lines, read by copy_expert in chunks."""

    def __init__(self, lines: Iterator[str], progress: tqdm[Any] | None = None) -> None:
        self._lines = lines
        self._buffer = b""
        self._progress = progress

    def read(self, size: int = -1) -> bytes:
        want = size if size > 0 else 1 << 20
        parts = [self._buffer]
        length = len(self._buffer)
        count = 0
        for line in self._lines:
            encoded = line.encode()
            parts.append(encoded)
            length += len(encoded)
            count += 1
            if length >= want:
                break
        if self._progress is not None and count:
            self._progress.update(count)
        data = b"".join(parts)
        self._buffer = data[want:]
        return data[:want]

    def readline(self, size: int = -1) -> bytes:  # pragma: no cover - COPY calls read()
        return self.read(size)


def _timestamp(seconds: float) -> str:
    return (BASE_TIME + timedelta(seconds=seconds)).isoformat()


def _next_ids(cursor: psycopg2.extensions.cursor) -> dict[str, int]:
    ids = {}
    for table in ("users", "chats", "messages"):
        cursor.execute(
            sql.SQL("SELECT coalesce(max(id), 0) + 1 FROM {}").format(sql.Identifier(table))
        )
        row = cursor.fetchone()
        ids[table] = int(row[0]) if row else 1
    return ids


def _copy(
    cursor: psycopg2.extensions.cursor,
    table_and_columns: str,
    lines: Iterator[str],
    total: int,
    label: str,
    show_progress: bool,
) -> None:
    with tqdm(total=total, desc=label, unit="row", disable=not show_progress) as bar:
        cursor.copy_expert(f"COPY {table_and_columns} FROM STDIN", LineStream(lines, bar))


class Generator:
    """Builds the rows of a plan with one seeded random source."""

    def __init__(self, plan: SeedPlan, first_ids: dict[str, int]) -> None:
        self.plan = plan
        self.rng = random.Random(plan.seed)
        self.first = first_ids
        self.sentences = [self._sentence() for _ in range(4096)]
        self.members: list[list[int]] = []  # per chat index: user ids
        self.group: list[bool] = []
        # Filled while the messages are written, copied after them.
        self.reactions: list[str] = []
        self.mentions: list[str] = []

    def _sentence(self) -> str:
        words = self.rng.choices(WORDS, k=self.rng.randint(1, 18))
        if self.rng.random() < RARE_SHARE:
            words.append(self.rng.choice(RARE_WORDS))
        return " ".join(words).capitalize()

    def user_lines(self, password_hash: str) -> Iterator[str]:
        for index in range(self.plan.users):
            user_id = self.first["users"] + index
            first = FIRST_NAMES[index % len(FIRST_NAMES)]
            last = LAST_NAMES[(index // len(FIRST_NAMES)) % len(LAST_NAMES)]
            nick = f"user{user_id:07d}"
            created = _timestamp(index)
            yield (
                f"{user_id}\t{nick}\t{copy_text(f'{first} {last}')}\t{nick}@example.com\t"
                f"{password_hash}\t{created}\n"
            )

    def plan_chats(self) -> None:
        users = list(range(self.first["users"], self.first["users"] + self.plan.users))
        pairs: set[tuple[int, int]] = set()
        for index in range(self.plan.chats):
            wants_group = index == 0 and self.plan.big_chat_messages > 0
            if wants_group or self.rng.random() < GROUP_SHARE or len(users) < 2:
                size = min(len(users), 3 + int(self.rng.paretovariate(1.2)) % MAX_GROUP_MEMBERS)
                self.members.append(self.rng.sample(users, max(1, size)))
                self.group.append(True)
                continue
            for _ in range(20):  # a pair that has no personal chat yet
                low, high = sorted(self.rng.sample(users, 2))
                if (low, high) not in pairs:
                    pairs.add((low, high))
                    self.members.append([low, high])
                    self.group.append(False)
                    break
            else:
                self.members.append(self.rng.sample(users, min(3, len(users))))
                self.group.append(True)

    def chat_lines(self, last_activity: Sequence[float]) -> Iterator[str]:
        for index, members in enumerate(self.members):
            chat_id = self.first["chats"] + index
            created = _timestamp(index * 0.01)
            activity = _timestamp(last_activity[index])
            if self.group[index]:
                topic = copy_text(TOPICS[index % len(TOPICS)])
                yield f"{chat_id}\tt\t{topic}\t{members[0]}\t{created}\t{activity}\t\\N\t\\N\n"
            else:
                low, high = sorted(members)
                yield f"{chat_id}\tf\t\\N\t{low}\t{created}\t{activity}\t{low}\t{high}\n"

    def message_chats(self) -> list[int]:
        """The chat index of every message, skewed: a few chats carry most traffic."""
        count = self.plan.messages
        big = min(self.plan.big_chat_messages, count)
        weights = [self.rng.paretovariate(1.1) for _ in self.members]
        rest = self.rng.choices(range(len(self.members)), weights=weights, k=count - big)
        chats = [0] * big + rest
        self.rng.shuffle(chats)
        return chats

    def message_lines(
        self, chats: list[int], last_ids: list[int], read_marks: dict[tuple[int, int], int]
    ) -> Iterator[str]:
        per_chat_total = [0] * len(self.members)
        for chat in chats:
            per_chat_total[chat] += 1
        # Per chat: after how many of its messages each member stopped reading.
        marks_at: list[dict[int, list[int]]] = []
        for chat, members in enumerate(self.members):
            marks: dict[int, list[int]] = {}
            for user in members:
                share = self.rng.uniform(*READ_SHARE_RANGE)
                marks.setdefault(int(per_chat_total[chat] * share), []).append(user)
            marks_at.append(marks)
        seen = [0] * len(self.members)
        last_author = [0] * len(self.members)
        last_content = [""] * len(self.members)
        sentences = self.sentences
        rng = self.rng
        choice, chance = rng.choice, rng.random
        for offset, chat in enumerate(chats):
            message_id = self.first["messages"] + offset
            members = self.members[chat]
            author = choice(members)
            content = choice(sentences)
            chat_id = self.first["chats"] + chat
            created = _timestamp(60 + offset * 0.5)
            reply_to = reply_user = reply_content = "\\N"
            if last_ids[chat] and chance() < REPLY_SHARE:
                reply_to, reply_user = str(last_ids[chat]), str(last_author[chat])
                reply_content = copy_text(last_content[chat][:REPLY_PREVIEW_CHARS])
            mentions = "{}"
            if len(members) > 1 and chance() < MENTION_SHARE:
                named = choice(members)
                content = f"@user{named:07d} {content}"
                mentions = f"{{{named}}}"
                if named != author:
                    self.mentions.append(f"{named}\t{chat_id}\t{message_id}\t{created}\n")
            summary = "\\N"
            if chance() < REACTED_SHARE:
                who: dict[str, list[int]] = {}
                for user in rng.sample(members, min(len(members), rng.randint(1, MAX_REACTIONS))):
                    emoji = choice(REACTION_EMOJI)
                    who.setdefault(emoji, []).append(user)
                    self.reactions.append(f"{message_id}\t{emoji}\t{user}\t{created}\n")
                # As the API writes it: most used first, then (all reacted at once) by emoji.
                ordered = sorted(who.items(), key=lambda item: (-len(item[1]), item[0]))
                pairs = [[emoji, sorted(users)] for emoji, users in ordered]
                summary = copy_text(json.dumps(pairs, ensure_ascii=False))
            seen[chat] += 1
            last_ids[chat], last_author[chat], last_content[chat] = message_id, author, content
            for user in marks_at[chat].get(seen[chat], ()):
                read_marks[(chat, user)] = message_id
            yield (
                f"{message_id}\t{chat_id}\t{author}\t{copy_text(content)}\t{created}\t"
                f"{reply_to}\t{reply_user}\t{reply_content}\t{mentions}\t{summary}\n"
            )

    def member_lines(
        self, read_marks: dict[tuple[int, int], int], last_ids: list[int]
    ) -> Iterator[str]:
        for chat, members in enumerate(self.members):
            chat_id = self.first["chats"] + chat
            # Fake history is old news: no digest mail should report it.
            digested = last_ids[chat]
            for position, user in enumerate(members):
                role = "owner" if self.group[chat] and position == 0 else "member"
                marker = read_marks.get((chat, user), 0)
                joined = _timestamp(chat * 0.01)
                yield f"{chat_id}\t{user}\t{role}\t{joined}\t{marker}\t{digested}\n"


def seed_database(url: str, plan: SeedPlan, show_progress: bool = True) -> SeedResult:
    """Fill the database at url (already migrated) with the plan's fake data."""
    import time

    result = SeedResult()
    password_hash = demo_password_hash(plan.seed)
    connection = psycopg2.connect(url)
    try:
        with connection, connection.cursor() as cursor:
            generator = Generator(plan, _next_ids(cursor))
            started = time.perf_counter()
            _copy(
                cursor,
                "users (id, nick, name, email, password_hash, created_at)",
                generator.user_lines(password_hash),
                plan.users,
                "users",
                show_progress,
            )
            generator.plan_chats()
            message_chats = generator.message_chats()
            last_ids = [0] * len(generator.members)
            read_marks: dict[tuple[int, int], int] = {}
            # Chats go in first (messages reference them) with their final activity time,
            # which only depends on where each chat's last message falls.
            last_offset = [0.0] * len(generator.members)
            for offset, chat in enumerate(message_chats):
                last_offset[chat] = 60 + offset * 0.5
            _copy(
                cursor,
                "chats (id, is_group_chat, topic, created_by, created_at, last_activity_at, "
                "personal_low_id, personal_high_id)",
                generator.chat_lines(last_offset),
                len(generator.members),
                "chats",
                show_progress,
            )
            result.timings["users_and_chats"] = time.perf_counter() - started
            started = time.perf_counter()
            # The indexes holding the search document are built once after the load
            # rather than row by row: the load took half as long again with the GIN one
            # (`make bench`). Their definitions are read from the database, so the
            # migrations stay the one place that states them.
            rebuilt = []
            for name in REBUILT_AFTER_LOAD:
                cursor.execute("SELECT pg_get_indexdef(to_regclass(%s))", (name,))
                definition = (cursor.fetchone() or (None,))[0]
                if definition is not None:
                    cursor.execute(sql.SQL("DROP INDEX {}").format(sql.Identifier(name)))
                    rebuilt.append(definition)
            _copy(
                cursor,
                "messages (id, chat_id, user_id, content, created_at, reply_to_id, "
                "reply_to_user_id, reply_content, mentions, reaction_summary)",
                generator.message_lines(message_chats, last_ids, read_marks),
                len(message_chats),
                "messages",
                show_progress,
            )
            for definition in rebuilt:
                cursor.execute(definition)
            result.timings["messages"] = time.perf_counter() - started
            _copy(
                cursor,
                "reactions (message_id, emoji, user_id, created_at)",
                iter(generator.reactions),
                len(generator.reactions),
                "reactions",
                show_progress,
            )
            _copy(
                cursor,
                "mentions (user_id, chat_id, message_id, created_at)",
                iter(generator.mentions),
                len(generator.mentions),
                "mentions",
                show_progress,
            )
            _copy(
                cursor,
                "members (chat_id, user_id, role, joined_at, last_read_message_id, "
                "digested_message_id)",
                generator.member_lines(read_marks, last_ids),
                sum(len(m) for m in generator.members),
                "members",
                show_progress,
            )
            for table in ("users", "chats", "messages"):
                statement = sql.SQL(
                    "SELECT setval(pg_get_serial_sequence(%s, 'id'), "
                    "(SELECT coalesce(max(id), 1) FROM {}))"
                ).format(sql.Identifier(table))
                cursor.execute(statement, (table,))
        connection.autocommit = True
        with connection.cursor() as cursor:
            # VACUUM sets the visibility map, so unread counts are index-only scans.
            cursor.execute("VACUUM ANALYZE")
    finally:
        connection.close()
    result.users = plan.users
    result.chats = len(generator.members)
    result.members = sum(len(m) for m in generator.members)
    result.messages = plan.messages
    result.first_user_nick = f"user{generator.first['users']:07d}"
    if plan.big_chat_messages:
        result.big_chat_id = generator.first["chats"]
    return result
