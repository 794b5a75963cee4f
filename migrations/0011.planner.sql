-- The planner's price of a random page read, for this database: 1.1 instead of 4.
-- Messages are read from memory (shared_buffers sized for them) or an SSD, where a page
-- fetched out of order costs about what the next one does. At 4, a search for a rare
-- word in the big chat of `make bench` walked the chat's messages newest first until it
-- had 51 matches (59,000 rows, 28 ms) rather than read the word's 1,500 matches from
-- the search index (5 ms); common words, prefixes and phrases keep their plans.
-- On the database, so it holds for every session, behind PgBouncer too.
-- depends: 0010.retention

DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET random_page_cost = 1.1', current_database());
END
$$;
