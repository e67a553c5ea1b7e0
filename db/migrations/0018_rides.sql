-- 叫车: rides for elders who cannot use ride-hailing apps. A resident asks
-- at a community kiosk; a driver of the Driver Home's 金牌服务 (gold
-- service) team takes the request at the station and calls them. Where
-- they go and when are data, so the street office changes them without a
-- new program.

-- The gold-service team, and its leader (a party-member driver).
ALTER TABLE driver ADD COLUMN gold_service INTEGER NOT NULL DEFAULT 0 CHECK (gold_service IN (0, 1));
ALTER TABLE driver ADD COLUMN gold_service_leader INTEGER NOT NULL DEFAULT 0 CHECK (gold_service_leader IN (0, 1));
CREATE UNIQUE INDEX driver_one_gold_service_leader ON driver (gold_service_leader) WHERE gold_service_leader = 1;

-- Where residents usually go, in the order the screen shows them.
CREATE TABLE ride_destination (
    id       INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    name_zh  TEXT NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 40),
    name_en  TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 60),
    -- 其他: the driver asks where on the phone
    ask_by_phone INTEGER NOT NULL DEFAULT 0 CHECK (ask_by_phone IN (0, 1)),
    active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
INSERT INTO ride_destination (id, position, name_zh, name_en, ask_by_phone) VALUES
    (1, 1, '湖北省妇幼保健院', 'Hubei Maternal and Child Health Hospital', 0),
    (2, 2, '六七二医院', '672 Hospital', 0),
    (3, 3, '武大口腔医院', 'Wuhan University Dental Hospital', 0),
    (4, 4, '湖北省肿瘤医院', 'Hubei Cancer Hospital', 0),
    (5, 5, '红钢城街道办事处', 'Honggangcheng Street Office', 0),
    (6, 6, '青山菜市场', 'Qingshan Market', 0),
    (7, 7, '武昌火车站', 'Wuchang Railway Station', 0),
    (8, 8, '其他，请给我打电话', 'Somewhere else: please call me', 1);

-- When a resident may ask for a ride, and when a request not taken counts
-- as forgotten. A window opens at starts_minute on the day day_offset days
-- after the asking, or (starts_minute NULL) lead_minutes after the asking;
-- it ends at ends_minute (NULL: as soon as possible). A request still not
-- taken raises an alert on every staff desk at the later of
-- take_within_minutes after the asking and alert_before_minutes before
-- the window opens.
CREATE TABLE ride_time (
    code                 TEXT PRIMARY KEY CHECK (code IN ('now', 'later_today', 'tomorrow_morning', 'tomorrow_afternoon')),
    position             INTEGER NOT NULL,
    day_offset           INTEGER NOT NULL CHECK (day_offset IN (0, 1)),
    starts_minute        INTEGER CHECK (starts_minute BETWEEN 0 AND 1439),
    lead_minutes         INTEGER NOT NULL DEFAULT 0 CHECK (lead_minutes BETWEEN 0 AND 720),
    ends_minute          INTEGER CHECK (ends_minute BETWEEN 1 AND 1440),
    take_within_minutes  INTEGER NOT NULL CHECK (take_within_minutes BETWEEN 0 AND 1440),
    alert_before_minutes INTEGER NOT NULL DEFAULT 0 CHECK (alert_before_minutes BETWEEN 0 AND 1440)
);
-- 现在: taken within 15 minutes. 今天稍后: from an hour after asking to
-- 20:00, taken within half an hour. 明天上午 08:00-12:00 and 明天下午
-- 13:00-17:00: taken an hour before the window opens.
INSERT INTO ride_time (code, position, day_offset, starts_minute, lead_minutes, ends_minute, take_within_minutes, alert_before_minutes) VALUES
    ('now',                1, 0, NULL, 0,  NULL, 15, 0),
    ('later_today',        2, 0, NULL, 60, 1200, 30, 30),
    ('tomorrow_morning',   3, 1, 480,  0,  720,  15, 60),
    ('tomorrow_afternoon', 4, 1, 780,  0,  1020, 15, 60);

-- Request numbers count per day, gapless: a counter row per day, taken
-- first in the request's transaction.
CREATE TABLE ride_number (
    day         TEXT PRIMARY KEY,
    last_number INTEGER NOT NULL CHECK (last_number > 0)
);

CREATE TABLE ride_request (
    id               INTEGER PRIMARY KEY,
    day              TEXT NOT NULL CHECK (day GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    number           INTEGER NOT NULL CHECK (number > 0),
    resident_id      INTEGER NOT NULL REFERENCES resident (id),
    destination_id   INTEGER NOT NULL REFERENCES ride_destination (id),
    when_code        TEXT NOT NULL REFERENCES ride_time (code),
    window_starts_at TEXT NOT NULL,
    window_ends_at   TEXT,
    companion        INTEGER NOT NULL CHECK (companion IN (0, 1)), -- someone comes along
    requested_at     TEXT NOT NULL,
    kiosk            TEXT NOT NULL,
    assisted_by      INTEGER REFERENCES staff (id),                 -- 代办
    -- open; taken by a driver; then done, or given back (waiting again, as
    -- open); cancelled by the resident at any kiosk before it is done
    state            TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'taken', 'done', 'given_back', 'cancelled')),
    taken_by         INTEGER REFERENCES driver (id),
    taken_at         TEXT,
    given_back_by    INTEGER REFERENCES driver (id),
    given_back_at    TEXT,
    done_at          TEXT,
    cancelled_at     TEXT,
    -- not taken by then: an alert on every staff desk until staff resolve it
    alert_due_at     TEXT NOT NULL,
    alert_raised_at  TEXT,
    alert_resolved_at TEXT,
    alert_resolved_by INTEGER REFERENCES staff (id),
    -- what staff did, chosen from buttons
    alert_note       TEXT CHECK (alert_note IS NULL OR alert_note IN ('called_driver', 'other_car', 'resident_cancelled')),
    -- the same for every tap of one "confirm" button: a second tap finds the first request
    request_key      TEXT NOT NULL UNIQUE,
    -- a driver while taken or done, none while waiting (a cancelled one keeps whoever had it)
    CHECK (state NOT IN ('taken', 'done') OR taken_by IS NOT NULL),
    CHECK (state NOT IN ('open', 'given_back') OR taken_by IS NULL),
    CHECK (alert_resolved_at IS NULL OR (alert_raised_at IS NOT NULL AND alert_resolved_by IS NOT NULL))
);
CREATE UNIQUE INDEX ride_request_number_per_day ON ride_request (day, number);
-- One request under way per resident, whichever kiosk she asks at.
CREATE UNIQUE INDEX ride_request_one_per_resident ON ride_request (resident_id)
    WHERE state IN ('open', 'given_back', 'taken');
CREATE INDEX ride_request_waiting ON ride_request (alert_due_at) WHERE state IN ('open', 'given_back');
CREATE INDEX ride_request_requested ON ride_request (requested_at);
