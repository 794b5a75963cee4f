-- Retention (README, "Retention"): how many days a chat keeps its messages; null keeps
-- them as long as the global `retention.days` allows (0 there: for ever).
-- depends: 0009.deactivation

ALTER TABLE chats ADD COLUMN retention_days integer CHECK (retention_days BETWEEN 1 AND 36500);
