"""What a search text asks for (docs/API.md, "Search"), and where it was found in a message.

`parse` splits the text into the four kinds of terms the index answers, all of which a
message must match:
- words, stemmed by PostgreSQL's `russian` configuration (Russian and English stems);
- prefixes, a word ending with `*`, matched against the beginnings of the stems: the
  prefix stemmed, as typed, and as typed less up to three letters (no shorter than
  three), since a prefix typed past a word's stem (`meeti*` for "meeting", stemmed
  `meet`) would find nothing otherwise;
- phrases, in double quotes (an unclosed quote runs to the end): their words in order;
- substrings, runs of characters of scripts written without spaces (Chinese, Japanese,
  Korean) and emoji, matched anywhere as a chain of two-character grams, the way the
  migration 0005.search indexes them.

The text is never handed to `to_tsquery` as syntax: words and phrases go through
`plainto_tsquery`/`phraseto_tsquery`, which read any text as words; a prefix is quoted;
grams are built here from characters of SUBSTRING_CHARS only. So `& | ! ( ) :` and
unbalanced quotes are just text, and a text of nothing but stop words or stars finds
nothing rather than failing.

Highlights are character offsets into the content (Unicode code points, as Python and
the JSON string count them), widened to whole graphemes, so that a combining mark or an
emoji's modifier is never cut off the character it belongs to.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

import regex

from messenger.repository.search import START_MARK, STOP_MARK, Terms

# Must equal the class in search_grams() of migrations/0005.search.sql (tested).
SUBSTRING_CHARS = (
    "\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U0001f000-\U0001faff\U00020000-\U0003134f"
)
_SUBSTRING_RUN = re.compile(f"[{SUBSTRING_CHARS}]+")
_GRAPHEME = regex.compile(r"\X")
_JOINING_CATEGORIES = frozenset({"Mn", "Mc", "Me", "Cf"})
# Any character that can belong to the grapheme before it (what _may_join tests, in one
# class): a content without one has every boundary plain. The regex module's Unicode
# data is at least Python's own, so it finds every character _may_join would.
_MAY_JOIN = regex.compile(
    r"[\p{M}\p{Cf}\U0001F3FB-\U0001F3FF\U0001F1E6-\U0001F1FF\u1100-\u11FF\uD7B0-\uD7FF]"
)
_PHRASE = re.compile(r'"([^"]*)(?:"|$)')
# At most this many phrases count; the words of more are searched as plain words.
MAX_PHRASES = 20


def _quoted(lexeme: str) -> str:
    """A lexeme quoted for tsquery input: inside quotes, only ' and \\ are special."""
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


# A prefix is also tried shortened by up to this many letters, down to SHORTEST_PREFIX.
PREFIX_SLACK = 3
SHORTEST_PREFIX = 3


def _shortened(start: str) -> str:
    """The prefix as typed and shortened, as one tsquery of alternatives: 'meeti':* |
    'meet':* | 'mee':*. Stems lose more letters than that rarely."""
    lengths = range(len(start), max(SHORTEST_PREFIX, len(start) - PREFIX_SLACK) - 1, -1)
    forms = dict.fromkeys(start[:length] for length in lengths) or {start: None}
    return " | ".join(_quoted(form) + ":*" for form in forms)


def _grams(run: str) -> str:
    if len(run) == 1:
        return _quoted(run)
    pairs = [_quoted(run[i : i + 2]) for i in range(len(run) - 1)]
    return "(" + " <-> ".join(pairs) + ")"


def _printable(text: str) -> str:
    # Control characters mean nothing to search and could only confuse the parser.
    return "".join(c if c.isprintable() else " " for c in text)


def parse(text: str) -> Terms:
    text = _printable(text)
    substrings: list[str] = []

    def take_substrings(part: str) -> str:
        substrings.extend(_SUBSTRING_RUN.findall(part))
        return _SUBSTRING_RUN.sub(" ", part)

    phrases: list[str] = []
    words: list[str] = []
    for quoted in _PHRASE.findall(text):
        rest = take_substrings(quoted).split()
        if len(rest) > 1 and len(phrases) < MAX_PHRASES:
            phrases.append(" ".join(rest))
        else:
            words.extend(rest)
    prefixes: list[tuple[str, str]] = []
    for token in take_substrings(_PHRASE.sub(" ", text)).split():
        if token.endswith("*"):
            start = token.rstrip("*").lower()
            if start:
                prefixes.append((_shortened(start), _quoted(start) + ":*"))
        else:
            words.append(token)
    unique_substrings = tuple(dict.fromkeys(substrings))
    return Terms(
        words=" ".join(words),
        prefixes=tuple(prefixes),
        phrases=tuple(phrases),
        grams=" & ".join(_grams(run) for run in unique_substrings),
        substrings=unique_substrings,
    )


def safe_for_marks(content: str) -> str:
    """The content with the marks replaced, one character for one."""
    if STOP_MARK in content or START_MARK in content:
        return content.replace(START_MARK, "\ufffd").replace(STOP_MARK, "\ufffd")
    return content


def marked_spans(marked: str | None, content: str) -> list[tuple[int, int]]:
    """The spans ts_headline marked, as offsets into `content`; none if what it gave
    back is not the content with marks in it (it never should be). The marks are found
    by str.find, and the check is two replaces and a compare, all in C: this runs for
    every result, and the regular expression it replaced took 5 µs a result."""
    if not marked:
        return []
    if marked.replace(START_MARK, "").replace(STOP_MARK, "") != safe_for_marks(content):
        return []
    spans: list[tuple[int, int]] = []
    seen = 0  # marks before the current one: they take no room in the content
    start = marked.find(START_MARK)
    while start != -1:
        stop = marked.find(STOP_MARK, start)
        if stop == -1:
            break
        # Between a start and its stop there is no other mark: ts_headline never nests.
        if stop > start + 1:
            spans.append((start - seen, stop - seen - 1))
        seen += 2
        start = marked.find(START_MARK, stop)
    # Every mark in a pair of its own, or the offsets cannot be trusted.
    return spans if seen == len(marked) - len(content) else []


def substring_spans(content: str, substrings: tuple[str, ...]) -> list[tuple[int, int]]:
    spans = []
    for run in substrings:
        start = content.find(run)
        while start != -1:
            spans.append((start, start + len(run)))
            start = content.find(run, start + len(run))
    return spans


def _grapheme_bounds(content: str) -> list[int]:
    return [match.start() for match in _GRAPHEME.finditer(content)] + [len(content)]


def _may_join(char: str) -> bool:
    """Whether a character can belong to the grapheme of the one before it: a mark, a
    joiner or variation selector, a skin tone, half of a flag, a Hangul jamo."""
    point = ord(char)
    return (
        unicodedata.category(char) in _JOINING_CATEGORIES
        or 0x1F3FB <= point <= 0x1F3FF
        or 0x1F1E6 <= point <= 0x1F1FF
        or 0x1100 <= point <= 0x11FF
        or 0xD7B0 <= point <= 0xD7FF
    )


def _plain_boundary(content: str, position: int) -> bool:
    if position <= 0 or position >= len(content):
        return True
    return not _may_join(content[position]) and content[position - 1] != "\u200d"


def highlights(content: str, spans: list[tuple[int, int]]) -> list[list[int]]:
    """Spans sorted, merged where they touch or overlap, widened to whole graphemes."""
    if not spans:
        return []
    if (
        content.isascii()
        or _MAY_JOIN.search(content) is None
        or all(_plain_boundary(content, edge) for span in spans for edge in span)
    ):
        widened = sorted(spans)  # the common case: the text's own boundaries are fine
    else:
        bounds = _grapheme_bounds(content)
        widened = sorted(
            # The last bound at or before start, the first at or after end.
            (
                bounds[bisect.bisect_right(bounds, start) - 1],
                bounds[bisect.bisect_left(bounds, end)],
            )
            for start, end in spans
        )
    merged: list[list[int]] = [list(widened[0])]
    for start, end in widened[1:]:
        if start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
