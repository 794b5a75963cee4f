-- Whether files were sent with a message. A history or search page looks up the files
-- of these messages alone, through the attachments' message_id index, where it joined
-- the whole page with its files before: on the big chat of `make bench`, that join cost
-- a history page about 0.05 ms of PostgreSQL's time, a third of the page's statement,
-- for pages that mostly have no files at all. A send sets it with the insert; files are
-- never added to a message later. A constant default adds the column without rewriting
-- the table; only messages that have files are updated.
-- depends: 0012.search-walk

ALTER TABLE messages ADD COLUMN has_files boolean NOT NULL DEFAULT false;
UPDATE messages SET has_files = true
WHERE id IN (SELECT message_id FROM attachments WHERE message_id IS NOT NULL);
