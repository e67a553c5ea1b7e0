-- The first start sets a database up once: its row is written in the same
-- transaction as the demo day (or as the choice of none), so a first start
-- killed part way is done again at the next start, instead of leaving a
-- kiosk with every table and no one in them.
CREATE TABLE first_start (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    demo_day INTEGER NOT NULL CHECK (demo_day IN (0, 1)),
    done_at  TEXT -- NULL: set up before this table
);

-- A database already holding people or dishes was set up before.
INSERT INTO first_start (id, demo_day, done_at)
SELECT 1, 0, NULL
WHERE EXISTS (SELECT 1 FROM staff) OR EXISTS (SELECT 1 FROM resident) OR EXISTS (SELECT 1 FROM dish);
