-- SQLite cannot change a CHECK in place: meal_order is built again with
-- 'cancelled' among its states (the migration runs with foreign keys off,
-- checked before it commits; the tables that point at meal_order keep
-- pointing at it by name). A cancelled order is off the board, like a
-- lapsed one: it frees the resident's set for the meal.
CREATE TABLE meal_order_with_cancel (
    id          INTEGER PRIMARY KEY,
    day         TEXT NOT NULL,
    period      TEXT NOT NULL REFERENCES meal_period (code),
    number      INTEGER NOT NULL CHECK (number > 0),
    pickup_code TEXT NOT NULL CHECK (pickup_code GLOB '[0-9][0-9][0-9][0-9]'),
    resident_id INTEGER REFERENCES resident (id),
    driver_id   INTEGER REFERENCES driver (id),
    set_code    TEXT REFERENCES meal_set (code),
    service     TEXT NOT NULL CHECK (service IN ('dine_in', 'take_away', 'delivery')),
    normal_fen  INTEGER NOT NULL CHECK (normal_fen >= 0),
    subsidy_fen INTEGER NOT NULL CHECK (subsidy_fen >= 0),
    total_fen   INTEGER NOT NULL CHECK (total_fen >= 0),
    payment     TEXT NOT NULL CHECK (payment IN ('meal_card', 'counter')),
    paid_at     TEXT,
    state       TEXT NOT NULL DEFAULT 'new'
                CHECK (state IN ('new', 'cooking', 'ready', 'collected', 'lapsed', 'cancelled')),
    created_at  TEXT NOT NULL,
    -- the same for every tap of one "pay" button: a second tap finds the first order
    request_key TEXT NOT NULL UNIQUE,
    -- copied from meal_set.one_per_period, so the index below can enforce it
    one_per_period INTEGER NOT NULL DEFAULT 0 CHECK (one_per_period IN (0, 1)),
    assisted_by INTEGER REFERENCES staff (id),
    site        TEXT NOT NULL DEFAULT 'main' REFERENCES site (code),
    paid_fen    INTEGER CHECK (paid_fen IS NULL OR paid_fen >= 0),
    UNIQUE (day, number),
    UNIQUE (day, pickup_code),
    CHECK (total_fen = normal_fen - subsidy_fen),
    CHECK (resident_id IS NULL OR driver_id IS NULL)
);
INSERT INTO meal_order_with_cancel (id, day, period, number, pickup_code, resident_id, driver_id, set_code, service,
                                    normal_fen, subsidy_fen, total_fen, payment, paid_at, state, created_at,
                                    request_key, one_per_period, assisted_by, site, paid_fen)
    SELECT id, day, period, number, pickup_code, resident_id, driver_id, set_code, service,
           normal_fen, subsidy_fen, total_fen, payment, paid_at, state, created_at,
           request_key, one_per_period, assisted_by, site, paid_fen FROM meal_order;
DROP TABLE meal_order;
ALTER TABLE meal_order_with_cancel RENAME TO meal_order;
-- (the indexes went with the old table)
CREATE UNIQUE INDEX meal_order_one_set_per_period
    ON meal_order (set_code, coalesce(resident_id, -driver_id), day, period)
    WHERE one_per_period = 1 AND state NOT IN ('lapsed', 'cancelled');
CREATE INDEX meal_order_day ON meal_order (site, day, period, state);
