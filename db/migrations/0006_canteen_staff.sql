-- Delivery to the door (送餐上门): who carries a period's meals, what happened
-- at each door, and the welfare alerts a door that stays shut raises.

-- One volunteer per day and meal period; staff may hand the run to someone else.
CREATE TABLE delivery_run (
    day         TEXT NOT NULL,
    period      TEXT NOT NULL REFERENCES meal_period (code),
    volunteer   TEXT NOT NULL CHECK (length(volunteer) BETWEEN 1 AND 40),
    assigned_by INTEGER NOT NULL REFERENCES staff (id),
    assigned_at TEXT NOT NULL,
    PRIMARY KEY (day, period)
) WITHOUT ROWID;

-- What the volunteer found at the door, one row per delivery order.
CREATE TABLE delivery_outcome (
    order_id    INTEGER PRIMARY KEY REFERENCES meal_order (id),
    outcome     TEXT NOT NULL CHECK (outcome IN ('delivered', 'no_answer')),
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES staff (id)
);

-- An elder who did not open the door may have fallen: the alert stays on the
-- staff screen, across days, until a person checks and writes what they found.
CREATE TABLE welfare_alert (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL UNIQUE REFERENCES meal_order (id),
    resident_id INTEGER NOT NULL REFERENCES resident (id),
    raised_at   TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by INTEGER REFERENCES staff (id),
    note        TEXT CHECK (note IS NULL OR length(note) BETWEEN 1 AND 500),
    CHECK ((resolved_at IS NULL) = (resolved_by IS NULL) AND (resolved_at IS NULL) = (note IS NULL))
);
CREATE INDEX welfare_alert_open ON welfare_alert (raised_at) WHERE resolved_at IS NULL;

-- Staff list a day's top-ups.
CREATE INDEX meal_card_topup_at ON meal_card_topup (at);
