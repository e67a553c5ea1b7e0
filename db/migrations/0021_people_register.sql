-- The people register: residents from the community's roll (居民花名册),
-- staff from theirs, cards enrolled and reported lost at the staff desk, QR
-- codes reissued, and every change to a person recorded with who made it.
-- People are never deleted: a resident who moved away or died keeps their
-- orders and loans for the reports.

-- As the roll gives it: 女 F, 男 M.
ALTER TABLE resident ADD COLUMN gender TEXT CHECK (gender IN ('F', 'M'));
-- 身份证号, only where the street office's subsidy claim needs it; staff
-- see it masked, no public screen or slip ever shows it. Also the import's
-- key for a resident who has one.
ALTER TABLE resident ADD COLUMN id_number TEXT
    CHECK (id_number GLOB '[1-9][0-9][0-9][0-9][0-9][0-9][12][0-9][0-9][0-9][01][0-9][0-3][0-9][0-9][0-9][0-9][0-9X]');
CREATE UNIQUE INDEX resident_id_number ON resident (id_number) WHERE id_number IS NOT NULL;
-- No longer active: moved away, or deceased; when.
ALTER TABLE resident ADD COLUMN left_as TEXT CHECK (left_as IN ('moved', 'deceased'));
ALTER TABLE resident ADD COLUMN left_at TEXT;
-- Contact details erased on deactivation (the name kept masked, no phone,
-- no ID number, no room): the anonymous figures stay.
ALTER TABLE resident ADD COLUMN erased_at TEXT;
CREATE INDEX resident_door ON resident (building, unit, room);

-- A QR code carries its generation: reissuing a code counts up, and a code of
-- an earlier generation is refused (此码已作废).
ALTER TABLE resident ADD COLUMN code_generation INTEGER NOT NULL DEFAULT 1 CHECK (code_generation >= 1);
ALTER TABLE driver ADD COLUMN code_generation INTEGER NOT NULL DEFAULT 1 CHECK (code_generation >= 1);

-- Staff imported from a roll have no PIN yet (the hash is of random bytes
-- nobody knows): they choose one the first time their card opens staff mode.
ALTER TABLE staff ADD COLUMN pin_pending INTEGER NOT NULL DEFAULT 0 CHECK (pin_pending IN (0, 1));

-- Why a card no longer opens anything: reported lost, or its holder left.
ALTER TABLE card ADD COLUMN revoked_as TEXT CHECK (revoked_as IN ('lost', 'left'));
ALTER TABLE card ADD COLUMN issued_by INTEGER REFERENCES staff (id);
ALTER TABLE card ADD COLUMN revoked_by INTEGER REFERENCES staff (id);

-- Every change to a person, their cards and their codes: whose record, when,
-- by whom (NULL: the roll's import from the command line), what.
CREATE TABLE person_change (
    id          INTEGER PRIMARY KEY,
    resident_id INTEGER REFERENCES resident (id),
    driver_id   INTEGER REFERENCES driver (id),
    staff_id    INTEGER REFERENCES staff (id),
    at          TEXT NOT NULL,
    by_staff    INTEGER REFERENCES staff (id),
    what        TEXT NOT NULL CHECK (what IN ('imported', 'updated', 'flags', 'left', 'erased', 'card_enrolled',
                                              'card_lost', 'code_reissued', 'pin_set')),
    -- what changed, in the words of the history list (never an ID number)
    detail      TEXT NOT NULL DEFAULT '',
    CHECK ((CASE WHEN resident_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN driver_id IS NULL THEN 0 ELSE 1 END)
           + (CASE WHEN staff_id IS NULL THEN 0 ELSE 1 END) = 1)
);
CREATE INDEX person_change_resident ON person_change (resident_id, id) WHERE resident_id IS NOT NULL;
CREATE INDEX person_change_driver ON person_change (driver_id, id) WHERE driver_id IS NOT NULL;
CREATE INDEX person_change_staff ON person_change (staff_id, id) WHERE staff_id IS NOT NULL;
