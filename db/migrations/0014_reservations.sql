-- 共享小屋, round two: waiting for a thing that is out, things taken out of
-- the catalog, and the usual things of each kind that intake picks from.

-- How long a thing that came back is kept for the first person waiting.
ALTER TABLE item_category ADD COLUMN hold_hours INTEGER NOT NULL DEFAULT 24 CHECK (hold_hours BETWEEN 1 AND 168);

-- retired: worn out or lost; withdrawn: its owner took it back home.
ALTER TABLE item ADD COLUMN retired_as TEXT CHECK (retired_as IS NULL OR retired_as IN ('retired', 'withdrawn'));

-- A place in line for a thing. When it comes back it is held for the first
-- in line until held_until; a hold that runs out passes to the next.
CREATE TABLE reservation (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES item (id),
    resident_id INTEGER NOT NULL REFERENCES resident (id),
    reserved_at TEXT NOT NULL,
    held_until  TEXT,
    ended_at    TEXT,
    ended_as    TEXT CHECK (ended_as IS NULL OR ended_as IN ('borrowed', 'cancelled', 'lapsed', 'withdrawn')),
    assisted_by INTEGER REFERENCES staff (id),                  -- 代办
    request_key TEXT NOT NULL UNIQUE,
    CHECK ((ended_at IS NULL) = (ended_as IS NULL))
);
-- One place in line per person and thing, and one hold per thing at a time.
CREATE UNIQUE INDEX reservation_open_per_person ON reservation (item_id, resident_id) WHERE ended_at IS NULL;
CREATE UNIQUE INDEX reservation_one_hold_per_item ON reservation (item_id)
    WHERE ended_at IS NULL AND held_until IS NOT NULL;
CREATE INDEX reservation_open_of_resident ON reservation (resident_id) WHERE ended_at IS NULL;

-- The names staff pick from at intake, per kind (no typing at the desk).
CREATE TABLE item_template (
    category TEXT NOT NULL REFERENCES item_category (code),
    name     TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    position INTEGER NOT NULL,
    PRIMARY KEY (category, name)
);
