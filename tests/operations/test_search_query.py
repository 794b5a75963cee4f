"""How a search text is read, and how matches become highlights (pure logic)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from messenger.operations.search_query import (
    highlights,
    marked_spans,
    parse,
    safe_for_marks,
    substring_spans,
)
from messenger.repository.search import START_MARK, STOP_MARK, Terms


def test_words_prefixes_and_phrases_are_told_apart() -> None:
    terms = parse('deploy run* "build is green" сообщ*')
    assert terms == Terms(
        words="deploy",
        prefixes=(
            ("'run':*", "'run':*"),
            ("'сообщ':* | 'сооб':* | 'соо':*", "'сообщ':*"),  # noqa: RUF001 - Russian
        ),
        phrases=("build is green",),
    )


def test_a_prefix_is_also_tried_shortened_by_up_to_three_letters() -> None:
    [(typed, stemmed)] = parse("Meeti*").prefixes
    assert typed == "'meeti':* | 'meet':* | 'mee':*"
    assert stemmed == "'meeti':*"
    assert parse("ab*").prefixes == (("'ab':*", "'ab':*"),)


def test_an_unclosed_quote_runs_to_the_end_and_a_one_word_phrase_is_a_word() -> None:
    assert parse('"single" "two words').phrases == ("two words",)
    assert parse('"single" "two words').words == "single"


def test_runs_without_spaces_become_chains_of_grams() -> None:
    terms = parse("東京 meeting 开会了 🎉")
    assert terms.words == "meeting"
    assert terms.substrings == ("東京", "开会了", "🎉")
    assert terms.grams == "('東京') & ('开会' <-> '会了') & '🎉'"


def test_tsquery_syntax_and_quotes_are_only_text() -> None:
    terms = parse("a:* & !b's\\ (x)*")
    assert terms.words == "& !b's\\"
    assert [stemmed for _, stemmed in terms.prefixes] == ["'a:':*", "'(x)':*"]
    assert parse("it's*").prefixes[0][1] == "'it''s':*"
    assert parse("back\\slash*").prefixes[0][1] == "'back\\\\slash':*"


def test_stars_alone_and_control_characters_leave_nothing_to_search() -> None:
    assert parse("*** **").empty
    assert parse("\x00\x01\t").empty
    assert not parse("a\x00b").empty


def test_marked_spans_are_offsets_into_the_content() -> None:
    content = "run, running"
    marked = f"{START_MARK}run{STOP_MARK}, {START_MARK}running{STOP_MARK}"
    assert marked_spans(marked, content) == [(0, 3), (5, 12)]
    assert marked_spans(None, content) == []
    # What is not the content with marks in it gives nothing rather than wrong offsets.
    assert marked_spans(f"{START_MARK}ran{STOP_MARK}", "run") == []


def test_a_content_holding_the_marks_keeps_its_offsets() -> None:
    content = f"a{START_MARK}b word"
    assert safe_for_marks(content) == "a\ufffdb word"
    marked = f"a\ufffdb {START_MARK}word{STOP_MARK}"
    assert marked_spans(marked, content) == [(4, 8)]


def test_substrings_are_found_everywhere_they_occur() -> None:
    assert substring_spans("东京东京 东京", ("东京",)) == [(0, 2), (2, 4), (5, 7)]


def test_highlights_merge_and_never_cut_a_grapheme() -> None:
    content = "cafe\u0301 👍🏽 x"
    # "cafe" without its combining accent, and the thumbs up without its skin tone.
    assert highlights(content, [(0, 4), (6, 7)]) == [[0, 5], [6, 8]]
    assert highlights("abcdef", [(3, 5), (0, 2), (1, 3)]) == [[0, 5]]
    assert highlights("abc", []) == []


def widened_everywhere(content: str, spans: list[tuple[int, int]]) -> list[list[int]]:
    """The reference: every span widened through the full grapheme scan."""
    import bisect

    import regex

    bounds = [m.start() for m in regex.finditer(r"\X", content)] + [len(content)]
    widened = sorted(
        (bounds[bisect.bisect_right(bounds, s) - 1], bounds[bisect.bisect_left(bounds, e)])
        for s, e in spans
    )
    merged = [list(widened[0])]
    for start, end in widened[1:]:
        if start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


@given(
    st.text(
        alphabet=st.sampled_from(
            [*"ab сл", "\u0301", "\u200d", "\ufe0f", "👍", "🏽", "🇺", "🇸", "\u1161", "가"]
        ),
        min_size=1,
        max_size=30,
    ),
    st.data(),
)
def test_the_quick_boundary_check_agrees_with_the_full_grapheme_scan(
    content: str, data: st.DataObject
) -> None:
    starts = data.draw(st.lists(st.integers(0, len(content) - 1), min_size=1, max_size=4))
    spans = [(s, data.draw(st.integers(s + 1, len(content)))) for s in starts]
    assert highlights(content, spans) == widened_everywhere(content, spans)


def test_marks_out_of_pairs_give_no_offsets() -> None:
    content = "a word"
    for marked in (
        f"{START_MARK}{START_MARK}a{STOP_MARK}{STOP_MARK} word",
        f"{STOP_MARK}a {START_MARK}word{STOP_MARK}",
        f"{START_MARK}a{STOP_MARK} {START_MARK}word",
        f"{START_MARK}a{STOP_MARK}{STOP_MARK} word",
    ):
        assert marked_spans(marked, content) == []
    assert marked_spans(f"{START_MARK}{STOP_MARK}a {START_MARK}word{STOP_MARK}", content) == [
        (2, 6)
    ]
