"""Search: the messages of some chats whose search document (migrations/0005.search.sql)
matches the terms of a search text, newest first, with what to highlight in each.

Unlike every other statement here, a search is not a prepared statement: its terms are
sent as literals (the driver quotes them), so that PostgreSQL plans each search with the
terms in view. Its statistics of the search documents tell a word found in one message
in ten from one found in a handful: the first is found fastest by walking the chats'
messages newest first until the page is full, the second by the GIN index. A generic
plan cannot tell them apart, and is slow for one or the other. Which chats are big, and so
searched each by a part of the statement of its own, is counted here (_plan).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    ColumnElement,
    Text,
    any_,
    bindparam,
    cast,
    exists,
    false,
    func,
    literal,
    null,
    select,
    true,
    union_all,
)
from sqlalchemy.dialects.postgresql import ARRAY, REGCONFIG, TSQUERY

from messenger.repository.db import (
    Connection,
    LiteralQuery,
    Row,
    compile_literal,
    compile_query,
)
from messenger.repository.messages import extras_column, shown_columns, with_attachments
from messenger.repository.tables import members, messages

# Marks ts_headline puts around what it highlights: Unicode noncharacters. A content that
# holds them has them replaced by U+FFFD first, one character for one, so that offsets
# into it still hold (operations.search_query.marked_spans reads the marks).
START_MARK = "\ufdd0"
STOP_MARK = "\ufdd1"
MARKS = START_MARK + STOP_MARK


@dataclass(frozen=True)
class Terms:
    """What a search text asks for, as operations.search_query.parse reads it."""

    words: str = ""  # for plainto_tsquery('russian', ...)
    # Per prefix: the forms as typed, a tsquery for to_tsquery('simple', ...) ('meeti':* |
    # 'meet':*), and the prefix to be stemmed, for to_tsquery('russian', ...) ('meeti':*).
    prefixes: tuple[tuple[str, str], ...] = ()
    phrases: tuple[str, ...] = ()  # each for phraseto_tsquery('russian', ...)
    grams: str = ""  # a tsquery of grams: ('中文' <-> '文搜') & '東'
    substrings: tuple[str, ...] = ()  # the runs of characters the grams stand for

    @property
    def empty(self) -> bool:
        return not (self.words or self.prefixes or self.phrases or self.grams)


# Up to this many messages in the chats searched, every one is matched in turn.
SCAN_ALL_UP_TO = 5000

_RUSSIAN = cast(literal("russian"), REGCONFIG)
_SIMPLE = cast(literal("simple"), REGCONFIG)
# The whole content, with marks around each match (search_query.marked_spans reads them).
_HEADLINE_OPTIONS = f"HighlightAll=true, StartSel={START_MARK}, StopSel={STOP_MARK}"


def _and(parts: list[ColumnElement[Any]]) -> ColumnElement[Any] | None:
    if not parts:
        return None
    query = parts[0]
    for part in parts[1:]:
        query = query.op("&&", return_type=TSQUERY)(part)
    return query


def _text(name: str) -> ColumnElement[str]:
    return bindparam(name, type_=Text)


@dataclass(frozen=True)
class _Shape:
    """What a search statement's text depends on; the terms themselves are values."""

    words: bool
    phrases: int
    prefixes: int
    grams: bool
    by_user: bool
    before: bool
    big: int  # chats of many messages searched each on its own (big_0, big_1, ...)
    many_big: bool  # more of them than that: searched together (big_ids)
    small: str  # the other chats (small_ids): "" none, WALK_EACH or PLANNED
    gated: bool  # one chat: searched only if the searcher is a member


# How the chats other than the big ones are searched: each walked newest first (they hold
# few messages in all), or together by whatever plan PostgreSQL picks.
WALK_EACH = "walk each"
PLANNED = "planned"
# Big chats searched each by a part of the statement of its own; beyond this many, together.
MAX_OWN_BRANCHES = 4


def _stemmed(shape: _Shape) -> list[ColumnElement[Any]]:
    parts: list[ColumnElement[Any]] = []
    if shape.words:
        parts.append(func.plainto_tsquery(_RUSSIAN, _text("words"), type_=TSQUERY))
    for i in range(shape.phrases):
        parts.append(func.phraseto_tsquery(_RUSSIAN, _text(f"phrase_{i}"), type_=TSQUERY))
    return parts


def _prefixes(shape: _Shape) -> list[ColumnElement[Any]]:
    """Each prefix: any of its forms as typed, or its stem, begins a stem of the message."""
    return [
        func.to_tsquery(_SIMPLE, _text(f"typed_{i}"), type_=TSQUERY).op("||", return_type=TSQUERY)(
            func.to_tsquery(_RUSSIAN, _text(f"stemmed_{i}"), type_=TSQUERY)
        )
        for i in range(shape.prefixes)
    ]


def _grams(shape: _Shape) -> list[ColumnElement[Any]]:
    return [cast(_text("grams"), TSQUERY)] if shape.grams else []


def _headline(query: ColumnElement[Any] | None, content: Any) -> Any:
    if query is None:
        return null()
    safe = func.translate(content, MARKS, "\ufffd\ufffd")
    return func.ts_headline(_RUSSIAN, safe, query, _HEADLINE_OPTIONS, type_=Text)


_searcher_is_member = exists().where(
    members.c.chat_id == bindparam("chat_id", type_=BigInteger),
    members.c.user_id == bindparam("searcher_id", type_=BigInteger),
)


def _match(shape: _Shape) -> ColumnElement[Any]:
    query = _and(_stemmed(shape) + _prefixes(shape) + _grams(shape))
    assert query is not None
    return messages.c.search_vector.op("@@", return_type=Boolean)(query)


def _newest(shape: _Shape, in_chats: ColumnElement[bool], *, walked: bool = False) -> Any:
    """The ids of the newest matches in those chats. `walked`: the match is hidden from
    the planner (coalesce), so that each chat is walked newest first through the index
    on (chat_id, id): it would otherwise read a rare word's matches in the whole table
    for each of them."""
    conditions = [in_chats]
    if shape.gated:
        conditions.append(_searcher_is_member)
    if shape.by_user:
        conditions.append(messages.c.user_id == bindparam("user_id"))
    if shape.before:
        conditions.append(messages.c.id < bindparam("before"))
    match = _match(shape)
    conditions.append(func.coalesce(match, false()) if walked else match)
    return (
        select(messages.c.id)
        .where(*conditions)
        .order_by(messages.c.id.desc())
        .limit(bindparam("limit"))
    )


def _branches(shape: _Shape) -> list[Any]:
    """Where the page's messages may come from, each planned on its own (a MATERIALIZED
    CTE: as one statement, the planner priced each under the page's LIMIT and walked a
    million-message chat for a rare word):
    - a chat of many messages is named with `=`: its messages newest first are then the
      index on (chat_id, id), whose entries carry the search document (migration
      0012.search-walk), where `= ANY` of an array walks the whole table's newest;
    - chats of few messages in all are each walked newest first, a millisecond at most;
    - the rest, together, as PostgreSQL plans them with the terms in view."""
    branches: list[Any] = []

    def add(name: str, query: Any) -> None:
        branches.append(query.cte(name).prefix_with("MATERIALIZED"))

    for i in range(shape.big):
        add(f"big_{i}", _newest(shape, messages.c.chat_id == _chat(f"big_{i}")))
    if shape.many_big:
        add("bigs", _newest(shape, messages.c.chat_id == any_(_chats("big_ids"))))
    if shape.small == PLANNED:
        add("smalls", _newest(shape, messages.c.chat_id == any_(_chats("small_ids"))))
    elif shape.small == WALK_EACH:
        small = func.unnest(_chats("small_ids")).table_valued("chat_id").render_derived("small")
        each = _newest(shape, messages.c.chat_id == small.c.chat_id, walked=True).lateral("each")
        add("smalls", select(each.c.id).select_from(small.join(each, true())))
    return branches


def _chat(name: str) -> ColumnElement[int]:
    return bindparam(name, type_=BigInteger)


def _chats(name: str) -> ColumnElement[Any]:
    return bindparam(name, type_=ARRAY(BigInteger))


@functools.cache
def _statement(shape: _Shape) -> LiteralQuery:
    """The text of a search of this shape, compiled once (compiling took a fifth of a
    search's time in the API); its values are bound by the driver as literals. The
    searcher's membership of one chat is a condition of the same statement, checked once
    (an InitPlan): no round trip of its own before the search."""
    branches = _branches(shape)
    if len(branches) == 1:
        found_ids = branches[0]
    else:
        every = union_all(*(select(branch.c.id) for branch in branches)).subquery("every")
        found_ids = (
            select(every.c.id)
            .order_by(every.c.id.desc())
            .limit(bindparam("limit"))
            .cte("found_ids")
        )
    # The page's rows as stored first, what the API shows of them (timestamps written,
    # extras built) for those alone: a word found by the index is sorted from all of its
    # matches, and only ids go through that sort.
    found = (
        select(*(column for column in messages.c if column.name != "search_vector"))
        .select_from(found_ids.join(messages, messages.c.id == found_ids.c.id))
        .cte("found")
    )
    page = select(*shown_columns(found), extras_column(found), found.c.has_files).cte("page")
    marked = _headline(_and(_stemmed(shape) + _prefixes(shape)), page.c.content)
    return compile_literal(
        with_attachments(page).add_columns(marked.label("marked")).order_by(page.c.id.desc())
    )


_COUNT_UP_TO = compile_query(
    select(func.count()).select_from(
        select(literal(1))
        .where(messages.c.chat_id == any_(bindparam("chat_ids", type_=ARRAY(BigInteger))))
        .limit(bindparam("up_to"))
        .subquery()
    )
)


# Each chat's messages, counted up to a bound: which of a set's chats hold many.
_each_chat = (
    func.unnest(cast(bindparam("chat_ids"), ARRAY(BigInteger)))
    .table_valued("chat_id")
    .render_derived("each_chat")
)
_firsts = (
    select(literal(1).label("one"))
    .where(messages.c.chat_id == _each_chat.c.chat_id)
    .limit(bindparam("up_to"))
    .lateral("firsts")
)
_COUNT_EACH_UP_TO = compile_query(
    select(_each_chat.c.chat_id, func.count(_firsts.c.one).label("size"))
    .select_from(_each_chat.outerjoin(_firsts, true()))
    .group_by(_each_chat.c.chat_id)
)


# Per process, bounded: chats known to hold more than SCAN_ALL_UP_TO messages, and sets
# of other chats known to hold more than that together (whose chats were each counted
# once). A search skips counting them again (reading 5,000 index entries took a fifth of
# a search in the big chat). Chats grow far more often than they shrink; one that shrank
# since is searched as a big one, with the same results.
_BIG: set[int] = set()
_MANY_TOGETHER: set[tuple[int, ...]] = set()
_REMEMBER_MAX = 100_000


def _remember(known: set[Any], item: Any) -> None:
    if len(known) >= _REMEMBER_MAX:
        known.clear()
    known.add(item)


@dataclass
class _Plan:
    """Which chats a search reads how (see _branches)."""

    big: list[int]
    small: list[int]
    small_mode: str


async def _plan(conn: Connection, chat_ids: list[int], up_to: int, remember: bool) -> _Plan:
    chats = sorted(set(chat_ids))
    big = [chat for chat in chats if remember and chat in _BIG]
    small = [chat for chat in chats if not (remember and chat in _BIG)]
    if not small:
        return _Plan(big, [], "")
    if remember and tuple(small) in _MANY_TOGETHER:
        return _Plan(big, small, PLANNED)
    together = await conn.fetch_value(_COUNT_UP_TO, chat_ids=small, up_to=up_to + 1)
    if together <= up_to:
        return _Plan(big, small, WALK_EACH)
    # Which of them hold many alone; once per set of chats, then remembered.
    sizes = {
        row["chat_id"]: row["size"]
        for row in await conn.fetch_all(_COUNT_EACH_UP_TO, chat_ids=small, up_to=up_to + 1)
    }
    grown = [chat for chat in small if sizes.get(chat, 0) > up_to]
    big = sorted(big + grown)
    small = [chat for chat in small if chat not in grown]
    if remember:
        for chat in grown:
            _remember(_BIG, chat)
    if not small:
        return _Plan(big, [], "")
    if sum(sizes.get(chat, 0) for chat in small) <= up_to:
        return _Plan(big, small, WALK_EACH)
    if remember:
        _remember(_MANY_TOGETHER, tuple(small))
    return _Plan(big, small, PLANNED)


async def search_messages(
    conn: Connection,
    *,
    terms: Terms,
    chat_ids: list[int],
    searcher_id: int,
    user_id: int | None,
    before: int | None,
    limit: int,
    scan_all_up_to: int = SCAN_ALL_UP_TO,
) -> list[Row]:
    """Up to `limit` matching messages of those chats (by that author, older than
    `before`), newest first, each with `marked`: its content as ts_headline marks what
    the words, phrases and prefixes matched. One chat is searched only if `searcher_id`
    is a member of it (none found otherwise: the caller tells a 404 from no match);
    several are the searcher's own, read from the memberships just before.

    Chats holding few messages in all (`scan_all_up_to`) are each walked newest first, a
    millisecond's work. Left to itself, the planner would rather intersect them with the
    index's entries of a common word, which list a good part of the whole table (30-40 ms
    on the bench's 1.5M messages for a user with fifty)."""
    if terms.empty or not chat_ids:
        return []
    remember = scan_all_up_to == SCAN_ALL_UP_TO  # not a test's own threshold
    plan = await _plan(conn, chat_ids, scan_all_up_to, remember)
    own = plan.big if len(plan.big) <= MAX_OWN_BRANCHES else []
    shape = _Shape(
        words=bool(terms.words),
        phrases=len(terms.phrases),
        prefixes=len(terms.prefixes),
        grams=bool(terms.grams),
        by_user=user_id is not None,
        before=before is not None,
        big=len(own),
        many_big=bool(plan.big) and not own,
        small=plan.small_mode,
        gated=len(chat_ids) == 1,
    )
    values: dict[str, Any] = {
        "big_ids": plan.big,
        "small_ids": plan.small,
        "chat_id": chat_ids[0],
        "searcher_id": searcher_id,
        "user_id": user_id,
        "before": before,
        "limit": limit,
        "words": terms.words,
        "grams": terms.grams,
    }
    values.update((f"big_{i}", chat) for i, chat in enumerate(own))
    values.update((f"phrase_{i}", phrase) for i, phrase in enumerate(terms.phrases))
    for i, (typed, stemmed) in enumerate(terms.prefixes):
        values[f"typed_{i}"], values[f"stemmed_{i}"] = typed, stemmed
    return await conn.fetch_all_literal(_statement(shape), values)
