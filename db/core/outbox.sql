-- A kiosk's own small file beside its server: what it needs to serve while
-- the server is away (the street's drivers, their cards, who is checked in)
-- and what it did meanwhile, to send once the server is back. Names are
-- kept masked, as the screen shows them.

CREATE TABLE IF NOT EXISTS known_driver (
    id          INTEGER PRIMARY KEY,
    masked_name TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS known_card (
    uid_hash  BLOB PRIMARY KEY,
    driver_id INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS open_visit (
    driver_id     INTEGER PRIMARY KEY,
    checked_in_at TEXT NOT NULL
);

-- In the order they were made; sent oldest first.
CREATE TABLE IF NOT EXISTS pending_scan (
    seq       INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE,
    driver_id INTEGER NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('check_in', 'check_out')),
    at        TEXT NOT NULL
);
