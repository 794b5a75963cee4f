-- Presence (docs/API.md, "Live"): whether a user shows it, and when they were last seen.
-- Who is online lives in Redis (messenger.services.presence); last_seen_at is written
-- from there in batches, at most once a minute per user, never per heartbeat.
-- depends: 0003.conversations

ALTER TABLE users
    ADD COLUMN show_presence boolean NOT NULL DEFAULT true,
    ADD COLUMN last_seen_at  timestamptz;
