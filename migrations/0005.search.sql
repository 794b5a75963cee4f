-- Search (docs/API.md, "Search"): a text-search document per message, kept by PostgreSQL
-- itself in the same statement as every insert and edit (a generated column), and a GIN
-- index over it. Deleted and cleared messages are deleted rows: nothing to keep in step.
-- depends: 0004.presence

-- Text in scripts written without spaces (Chinese, Japanese; Korean too) and emoji, as
-- lexemes of one and of two characters: for each run of such characters, every
-- character and every pair of neighbours, at consecutive positions, so that a substring
-- of any length is a phrase of pairs ('中文' <-> '文搜' <-> '搜索'), as a bigram analyser
-- does it. The character class is messenger.operations.search_query.SUBSTRING_CHARS
-- (a test holds the two equal).
-- PL/pgSQL, not SQL: a set-returning SQL version took five times as long (31 s against
-- 6 s for the 1.5M messages of `make bench`), and this runs on every send.
CREATE FUNCTION search_grams(content text) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    run text;
    base int := 0;
    lexemes text := '';
    i int;
BEGIN
    -- Most messages hold none of these characters: one test spares them the rest.
    IF content !~ '[\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U0001f000-\U0001faff\U00020000-\U0003134f]' THEN
        RETURN ''::tsvector;
    END IF;
    FOR run IN SELECT matched[1] FROM regexp_matches(content, '[\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U0001f000-\U0001faff\U00020000-\U0003134f]+', 'g') AS matched LOOP
        FOR i IN 1 .. length(run) LOOP
            -- 16383 is the highest position a tsvector keeps.
            lexemes := lexemes || ' ' || substr(run, i, 1) || ':' || least(base + i, 16383);
            IF i < length(run) THEN
                lexemes := lexemes || ' ' || substr(run, i, 2) || ':' || least(base + i, 16383);
            END IF;
        END LOOP;
        base := base + length(run) + 1;  -- a gap: no phrase runs from one run to the next
    END LOOP;
    RETURN lexemes::tsvector;
END
$$;

-- What a message is found by:
-- * its words, stemmed by the `russian` configuration, which stems Cyrillic words as
--   Russian and Latin ones as English (its asciiword mapping is english_stem), with
--   both languages' stop words: "сообщения" finds "сообщение", "running" finds "run".
--   A prefix (`meeti*`) is matched against these stems too (see search_query.parse);
--   keeping the words as written beside them, for prefixes alone, would double the
--   index's entries and cost a send 7 % (`make bench`);
-- * search_grams, for text without spaces and for emoji.
CREATE FUNCTION search_document(content text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT to_tsvector('russian'::regconfig, content)
           -- Qualified: a dump restores with an empty search_path.
           || public.search_grams(content)
$$;

ALTER TABLE messages
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (search_document(content)) STORED;

-- The document alone: with the chat in it too (btree_gin), a rare word searched by a
-- member of the big chat read that chat's million entries (126 ms against 8 ms); chats
-- with few messages are read whole instead (repository.search.SCAN_ALL_UP_TO).
CREATE INDEX messages_search ON messages USING gin (search_vector);
