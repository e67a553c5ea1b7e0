-- 共享小屋 (the Shared House): things the community and neighbours lend,
-- with each kind's rules as data.

CREATE TABLE item_category (
    code            TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    name_en         TEXT NOT NULL,
    position        INTEGER NOT NULL UNIQUE,   -- the order of the tiles
    loan_days       INTEGER NOT NULL CHECK (loan_days BETWEEN 1 AND 365),
    -- at most this many things of the kind on loan to one person at a time
    max_per_person  INTEGER NOT NULL CHECK (max_per_person BETWEEN 1 AND 20),
    -- 1: a person holding anything overdue borrows nothing of this kind
    overdue_blocks  INTEGER NOT NULL DEFAULT 1 CHECK (overdue_blocks IN (0, 1)),
    -- thanks points a neighbour earns each time their thing of this kind is lent
    points_per_loan INTEGER NOT NULL DEFAULT 0 CHECK (points_per_loan >= 0)
);

CREATE TABLE item (
    id                INTEGER PRIMARY KEY,
    category          TEXT NOT NULL REFERENCES item_category (code),
    name              TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    -- NULL: the community's; else the neighbour who lends it
    owner_resident_id INTEGER REFERENCES resident (id),
    -- 好 / 有磨损 / 待修 (待修 is not lent until staff mark it repaired)
    condition         TEXT NOT NULL DEFAULT 'good' CHECK (condition IN ('good', 'worn', 'needs_repair')),
    place             TEXT NOT NULL CHECK (length(place) BETWEEN 1 AND 20),
    notes             TEXT NOT NULL DEFAULT '',
    isbn              TEXT CHECK (isbn IS NULL OR isbn GLOB '97[89][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
    added_at          TEXT NOT NULL,
    retired_at        TEXT
);
CREATE INDEX item_category_name ON item (category, name);
CREATE INDEX item_isbn ON item (isbn) WHERE isbn IS NOT NULL;

CREATE TABLE loan (
    id           INTEGER PRIMARY KEY,
    item_id      INTEGER NOT NULL REFERENCES item (id),
    resident_id  INTEGER NOT NULL REFERENCES resident (id),
    borrowed_at  TEXT NOT NULL,
    due_on       TEXT NOT NULL CHECK (due_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    returned_at  TEXT,
    -- how it came back: 好 / 有损坏 / 缺配件
    returned_as  TEXT CHECK (returned_as IS NULL OR returned_as IN ('good', 'damaged', 'missing_parts')),
    points       INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0), -- earned by the owner
    assisted_by  INTEGER REFERENCES staff (id),                  -- 代办
    -- the same for every tap of one "borrow" button: a second tap finds the first loan
    request_key  TEXT NOT NULL UNIQUE,
    CHECK ((returned_at IS NULL) = (returned_as IS NULL))
);
-- One open loan per item: two kiosks can never lend one thing at once.
CREATE UNIQUE INDEX loan_open_per_item ON loan (item_id) WHERE returned_at IS NULL;
CREATE INDEX loan_open_per_resident ON loan (resident_id) WHERE returned_at IS NULL;

-- A thing that came back damaged or short of parts, until staff resolve it.
CREATE TABLE item_alert (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES item (id),
    loan_id     INTEGER NOT NULL REFERENCES loan (id),
    kind        TEXT NOT NULL CHECK (kind IN ('damaged', 'missing_parts')),
    raised_at   TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by INTEGER REFERENCES staff (id),
    note        TEXT NOT NULL DEFAULT ''
);
