"""Search: the messages of some chats whose search document (migrations/0005.search.sql)
matches the terms of a search text, newest first, with what to highlight in each.

Unlike every other statement here, a search is not a prepared statement: its terms are
sent as literals (the driver quotes them), so that PostgreSQL plans each search with the
terms in view. Its statistics of the search documents tell a word found in one message
in ten from one found in a handful: the first is found fastest by walking the chats'
messages newest first until the page is full, the second by the GIN index. A generic
plan cannot tell them apart, and is slow for one or the other.
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
    and_,
    any_,
    bindparam,
    cast,
    exists,
    func,
    literal,
    null,
    select,
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
    scan_all: bool
    one_chat: bool


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


@functools.cache
def _statement(shape: _Shape) -> LiteralQuery:
    """The text of a search of this shape, compiled once (compiling took a fifth of a
    search's time in the API); its values are bound by the driver as literals."""
    # One chat is named as one: its messages newest first are then a walk of the index
    # on (chat_id, id), where `= ANY` of an array walks the whole table's newest (5 ms
    # against 7 ms for a phrase in the big chat of `make bench`, by pgbench). The
    # searcher's membership is a condition of the same statement, checked once (an
    # InitPlan): no round trip of its own before the search.
    in_chats = (
        and_(messages.c.chat_id == bindparam("chat_id", type_=BigInteger), _searcher_is_member)
        if shape.one_chat
        else messages.c.chat_id == any_(bindparam("chat_ids", type_=ARRAY(BigInteger)))
    )
    filters: list[ColumnElement[bool]] = []
    if shape.by_user:
        filters.append(messages.c.user_id == bindparam("user_id"))
    if shape.before:
        filters.append(messages.c.id < bindparam("before"))
    source: Any = messages
    conditions: list[ColumnElement[bool]] = []
    if shape.scan_all:
        source = select(messages).where(in_chats, *filters).cte("mine").prefix_with("MATERIALIZED")
    else:
        conditions = [in_chats, *filters]
    match = _and(_stemmed(shape) + _prefixes(shape) + _grams(shape))
    assert match is not None
    conditions.append(source.c.search_vector.op("@@", return_type=Boolean)(match))
    # The page's rows as stored first, what the API shows of them (timestamps written,
    # extras built) for those alone: a word found by the index is sorted from all of its
    # matches, each of which had it computed before the sort. A rare word in the big
    # chat of `make bench`: 2.7 ms against 3.7 ms (pgbench medians); a common word,
    # found by the walk, 1.53 against 1.48.
    found = (
        select(*(column for column in source.c if column.name != "search_vector"))
        .where(*conditions)
        .order_by(source.c.id.desc())
        .limit(bindparam("limit"))
        .cte("found")
    )
    page = select(*shown_columns(found), extras_column(found)).cte("page")
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


# Chats, and sets of chats, known to hold more than SCAN_ALL_UP_TO messages: a search
# in them skips counting (reading 5,000 index entries took a fifth of a search in the big
# chat). Chats grow far more often than they shrink; a set that shrank since is searched
# by the index alone, with the same results. Per process, bounded.
_MANY: set[int | tuple[int, ...]] = set()
_MANY_MAX = 100_000


def _remember_many(chats: int | tuple[int, ...]) -> None:
    if len(_MANY) >= _MANY_MAX:
        _MANY.clear()
    _MANY.add(chats)


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

    Chats holding few messages in all (`scan_all_up_to`) have every one of them matched in
    turn, a millisecond's work. Left to itself, the planner would rather intersect them
    with the index's entries of a common word, which list a good part of the whole table
    (30-40 ms on the bench's 1.5M messages for a user with fifty)."""
    if terms.empty or not chat_ids:
        return []
    few = False
    chats = tuple(sorted(chat_ids))
    remembered = scan_all_up_to == SCAN_ALL_UP_TO  # not a test's own threshold
    if not remembered or (chats not in _MANY and _MANY.isdisjoint(chats)):
        few = await conn.fetch_value(_COUNT_UP_TO, chat_ids=chat_ids, up_to=scan_all_up_to + 1)
        few = few <= scan_all_up_to
        if not few and remembered:
            _remember_many(chats[0] if len(chats) == 1 else chats)
    shape = _Shape(
        words=bool(terms.words),
        phrases=len(terms.phrases),
        prefixes=len(terms.prefixes),
        grams=bool(terms.grams),
        by_user=user_id is not None,
        before=before is not None,
        scan_all=few,
        one_chat=len(chat_ids) == 1,
    )
    values: dict[str, Any] = {
        "chat_ids": chat_ids,
        "chat_id": chat_ids[0],
        "searcher_id": searcher_id,
        "user_id": user_id,
        "before": before,
        "limit": limit,
        "words": terms.words,
        "grams": terms.grams,
    }
    values.update((f"phrase_{i}", phrase) for i, phrase in enumerate(terms.phrases))
    for i, (typed, stemmed) in enumerate(terms.prefixes):
        values[f"typed_{i}"], values[f"stemmed_{i}"] = typed, stemmed
    return await conn.fetch_all_literal(_statement(shape), values)
