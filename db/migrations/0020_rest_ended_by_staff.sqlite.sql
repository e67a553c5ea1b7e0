CREATE TABLE rest_booking_with_staff (
    id          INTEGER PRIMARY KEY,
    place_id    INTEGER NOT NULL REFERENCES rest_place (id),
    driver_id   INTEGER NOT NULL REFERENCES driver (id),
    started_at  TEXT NOT NULL,
    ends_at     TEXT NOT NULL,
    ended_at    TEXT,
    -- the driver got up, their time ran out, staff ended it (ended_by), or checking out did
    ended_as    TEXT CHECK (ended_as IS NULL OR ended_as IN ('driver', 'expired', 'staff', 'checked_out')),
    request_key TEXT NOT NULL UNIQUE,
    ended_by    INTEGER REFERENCES staff (id),
    CHECK (ends_at > started_at),
    CHECK ((ended_at IS NULL) = (ended_as IS NULL)),
    CHECK (ended_by IS NULL OR ended_as = 'staff')
);
INSERT INTO rest_booking_with_staff (id, place_id, driver_id, started_at, ends_at, ended_at, ended_as, request_key, ended_by)
    SELECT id, place_id, driver_id, started_at, ends_at, ended_at, ended_as, request_key, ended_by FROM rest_booking;
DROP TABLE rest_booking;
ALTER TABLE rest_booking_with_staff RENAME TO rest_booking;
-- One driver per place, one place per driver (the indexes went with the old table).
CREATE UNIQUE INDEX rest_booking_place ON rest_booking (place_id) WHERE ended_at IS NULL;
CREATE UNIQUE INDEX rest_booking_driver ON rest_booking (driver_id) WHERE ended_at IS NULL;
