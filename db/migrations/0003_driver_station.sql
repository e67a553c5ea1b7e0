-- Driver Home visits: a row per stay, open while the driver is at the station.

CREATE TABLE driver_visit (
    id             INTEGER PRIMARY KEY,
    driver_id      INTEGER NOT NULL REFERENCES driver (id),
    checked_in_at  TEXT NOT NULL,
    checked_out_at TEXT,
    -- 1 when the kiosk closed a stay left open on an earlier day
    auto_closed    INTEGER NOT NULL DEFAULT 0 CHECK (auto_closed IN (0, 1)),
    CHECK (checked_out_at IS NULL OR checked_out_at >= checked_in_at)
);

-- At most one open stay per driver: a double scan cannot check in twice.
CREATE UNIQUE INDEX driver_visit_open ON driver_visit (driver_id) WHERE checked_out_at IS NULL;
CREATE INDEX driver_visit_checked_in ON driver_visit (checked_in_at);
