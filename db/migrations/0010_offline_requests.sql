-- What a kiosk did while its server was away (a driver checking in or out)
-- is sent when the server is back, each with the key it was given at the
-- time: a key found here was applied already and is never applied again.

CREATE TABLE offline_request (
    key        TEXT PRIMARY KEY CHECK (length(key) BETWEEN 16 AND 64),
    kiosk      TEXT NOT NULL,
    made_at    TEXT NOT NULL,
    applied_at TEXT NOT NULL
);
