-- 共享理发屋 (the barber corner of the Shared House): free haircuts for
-- older residents, booked by the slot. The schedule, the days off and who
-- may book how far ahead are data, so the street office changes them
-- without a new program.

-- The days of the week the barber comes, and the hours (minutes after midnight).
CREATE TABLE barber_schedule (
    weekday       INTEGER NOT NULL PRIMARY KEY CHECK (weekday BETWEEN 1 AND 7), -- 1 Monday ... 7 Sunday
    opens_minute  INTEGER NOT NULL CHECK (opens_minute BETWEEN 0 AND 1439),
    closes_minute INTEGER NOT NULL CHECK (closes_minute BETWEEN 1 AND 1440),
    slot_minutes  INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
    barber        TEXT NOT NULL CHECK (length(barber) BETWEEN 1 AND 40),
    CHECK (closes_minute - opens_minute >= slot_minutes)
);
-- Tuesdays 09:00-11:30, twenty minutes each, with 张琳.
INSERT INTO barber_schedule (weekday, opens_minute, closes_minute, slot_minutes, barber) VALUES (2, 540, 690, 20, '张琳');

-- Who may book, and how many days ahead: the oldest first. A resident of
-- at least min_age on the day of the haircut books days_ahead days before
-- it; the youngest min_age is the age the haircuts are for.
CREATE TABLE barber_booking_window (
    min_age    INTEGER NOT NULL PRIMARY KEY CHECK (min_age BETWEEN 0 AND 150),
    days_ahead INTEGER NOT NULL CHECK (days_ahead BETWEEN 0 AND 60)
);
INSERT INTO barber_booking_window (min_age, days_ahead) VALUES (80, 7), (60, 5);

-- Days the barber does not come (a holiday, illness), set by staff.
CREATE TABLE barber_day_off (
    day     TEXT PRIMARY KEY CHECK (day GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    set_by  INTEGER REFERENCES staff (id),
    set_at  TEXT NOT NULL
);

CREATE TABLE barber_booking (
    id           INTEGER PRIMARY KEY,
    resident_id  INTEGER NOT NULL REFERENCES resident (id),
    day          TEXT NOT NULL CHECK (day GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    -- the Monday of the day's week: one booking per person and week
    week         TEXT NOT NULL CHECK (week GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    booked_at    TEXT NOT NULL,
    -- booked; then cancelled by the resident, or done or no_show as staff mark it
    state        TEXT NOT NULL DEFAULT 'booked' CHECK (state IN ('booked', 'cancelled', 'done', 'no_show')),
    changed_at   TEXT,
    marked_by    INTEGER REFERENCES staff (id),
    assisted_by  INTEGER REFERENCES staff (id),                  -- 代办
    -- the same for every tap of one "book" button: a second tap finds the first booking
    request_key  TEXT NOT NULL UNIQUE
);
-- One person per slot: two kiosks can never book one slot twice.
CREATE UNIQUE INDEX barber_booking_slot ON barber_booking (day, start_minute) WHERE state <> 'cancelled';
-- One booking per person and week (a no-show used the week too).
CREATE UNIQUE INDEX barber_booking_week ON barber_booking (resident_id, week) WHERE state <> 'cancelled';
CREATE INDEX barber_booking_resident ON barber_booking (resident_id, day);
