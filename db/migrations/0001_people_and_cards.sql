-- Who the kiosk knows: residents, drivers, staff, and the cards that identify them.

CREATE TABLE resident (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    birth_date        TEXT NOT NULL CHECK (birth_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    building          TEXT NOT NULL,
    unit              TEXT NOT NULL,
    room              TEXT NOT NULL,
    phone             TEXT,
    mobility_impaired INTEGER NOT NULL DEFAULT 0 CHECK (mobility_impaired IN (0, 1)),
    lives_alone       INTEGER NOT NULL DEFAULT 0 CHECK (lives_alone IN (0, 1)),
    active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE driver (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    phone        TEXT NOT NULL,
    plate        TEXT NOT NULL,
    platform     TEXT NOT NULL,
    union_member INTEGER NOT NULL DEFAULT 0 CHECK (union_member IN (0, 1)),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- PINs are never stored: only a PBKDF2-SHA256 key with its own salt.
CREATE TABLE staff (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    role           TEXT NOT NULL CHECK (role IN ('canteen', 'social_worker', 'volunteer', 'admin')),
    pin_salt       BLOB NOT NULL CHECK (length(pin_salt) >= 16),
    pin_hash       BLOB NOT NULL CHECK (length(pin_hash) = 32),
    pin_iterations INTEGER NOT NULL CHECK (pin_iterations >= 100000),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- A card is known by HMAC-SHA256(installation secret, UID): the UID itself is
-- never stored. Exactly one holder per card.
CREATE TABLE card (
    uid_hash    BLOB PRIMARY KEY CHECK (length(uid_hash) = 32),
    resident_id INTEGER REFERENCES resident (id),
    driver_id   INTEGER REFERENCES driver (id),
    staff_id    INTEGER REFERENCES staff (id),
    issued_at   TEXT NOT NULL,
    revoked_at  TEXT,
    CHECK ((CASE WHEN resident_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN driver_id IS NULL THEN 0 ELSE 1 END)
           + (CASE WHEN staff_id IS NULL THEN 0 ELSE 1 END) = 1)
) WITHOUT ROWID;

-- Failed attempts per protected entry (staff PIN), kept across restarts.
CREATE TABLE lockout (
    scope        TEXT PRIMARY KEY,
    failures     INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    locked_until TEXT
) WITHOUT ROWID;
