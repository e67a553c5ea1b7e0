-- 网约车司机之家, round two: charging spots, the charging queue, rest places
-- and the union's love station (工会爱心驿站). The spots, the places, their
-- time limits and the offers are data, so the station changes them without
-- a new program.

-- The station's one row: how long a spot is kept for a driver called from
-- the queue, and a count of changes to the places. Every change to spots,
-- queue or rest places writes this row first, so kiosks on a street's server
-- take turns (SQLite's BEGIN IMMEDIATE does so anyway).
CREATE TABLE station_setting (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    call_hold_minutes INTEGER NOT NULL DEFAULT 10 CHECK (call_hold_minutes BETWEEN 1 AND 60),
    changes           INTEGER NOT NULL DEFAULT 0
);
INSERT INTO station_setting (id, call_hold_minutes) VALUES (1, 10);

-- The charging spots (充电桩), numbered as painted on the ground.
CREATE TABLE charging_spot (
    number      INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 99),
    max_minutes INTEGER NOT NULL DEFAULT 120 CHECK (max_minutes BETWEEN 10 AND 720),
    in_service  INTEGER NOT NULL DEFAULT 1 CHECK (in_service IN (0, 1))
);
INSERT INTO charging_spot (number, max_minutes) VALUES (1, 120), (2, 120), (3, 120), (4, 120);

-- A driver's car on a spot. ends_at is when their time is up (started plus
-- the spot's max); past it the session is overdue until someone ends it.
CREATE TABLE charging_session (
    id          INTEGER PRIMARY KEY,
    spot        INTEGER NOT NULL REFERENCES charging_spot (number),
    driver_id   INTEGER NOT NULL REFERENCES driver (id),
    started_at  TEXT NOT NULL,
    ends_at     TEXT NOT NULL,
    ended_at    TEXT,
    -- the driver ended it, staff did (ended_by), or checking out of the station did
    ended_as    TEXT CHECK (ended_as IS NULL OR ended_as IN ('driver', 'staff', 'checked_out')),
    ended_by    INTEGER REFERENCES staff (id),
    -- the same for every tap of one button: a second tap finds the first session
    request_key TEXT NOT NULL UNIQUE,
    CHECK (ends_at > started_at),
    CHECK ((ended_at IS NULL) = (ended_as IS NULL)),
    CHECK (ended_by IS NULL OR ended_as = 'staff')
);
-- One driver per spot, one spot per driver: two kiosks never give one spot twice.
CREATE UNIQUE INDEX charging_session_spot ON charging_session (spot) WHERE ended_at IS NULL;
CREATE UNIQUE INDEX charging_session_driver ON charging_session (driver_id) WHERE ended_at IS NULL;

-- The day's counter of queue numbers (1, 2, 3 ... from each morning).
CREATE TABLE charging_queue_number (
    day         TEXT PRIMARY KEY CHECK (day GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    last_number INTEGER NOT NULL
);

-- A place in the charging queue. When a spot frees up the first waiting is
-- called to it and the spot is kept for them until called_until; a call that
-- runs out lapses and the spot passes to the next.
CREATE TABLE charging_queue (
    id           INTEGER PRIMARY KEY,
    day          TEXT NOT NULL CHECK (day GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    number       INTEGER NOT NULL CHECK (number >= 1),
    driver_id    INTEGER NOT NULL REFERENCES driver (id),
    joined_at    TEXT NOT NULL,
    -- waiting; called to a spot; then served (they took it), left, or lapsed
    state        TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'called', 'served', 'left', 'lapsed')),
    called_spot  INTEGER REFERENCES charging_spot (number),
    called_at    TEXT,
    called_until TEXT,
    ended_at     TEXT,
    request_key  TEXT NOT NULL UNIQUE,
    UNIQUE (day, number),
    CHECK (state <> 'called' OR (called_spot IS NOT NULL AND called_until IS NOT NULL)),
    CHECK ((ended_at IS NULL) = (state IN ('waiting', 'called')))
);
-- One place in the queue per driver, one call per spot.
CREATE UNIQUE INDEX charging_queue_driver ON charging_queue (driver_id) WHERE state IN ('waiting', 'called');
CREATE UNIQUE INDEX charging_queue_called_spot ON charging_queue (called_spot) WHERE state = 'called';

-- Rest places: recliners (躺椅) and beds (床位), each with its own limit.
CREATE TABLE rest_place (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('recliner', 'bed')),
    number      INTEGER NOT NULL CHECK (number BETWEEN 1 AND 99),
    max_minutes INTEGER NOT NULL CHECK (max_minutes BETWEEN 10 AND 720),
    in_service  INTEGER NOT NULL DEFAULT 1 CHECK (in_service IN (0, 1)),
    UNIQUE (kind, number)
);
INSERT INTO rest_place (id, kind, number, max_minutes) VALUES
    (1, 'recliner', 1, 60), (2, 'recliner', 2, 60), (3, 'recliner', 3, 60),
    (4, 'bed', 1, 120), (5, 'bed', 2, 120);

-- A driver on a rest place, until ends_at; past it the place is free again.
CREATE TABLE rest_booking (
    id          INTEGER PRIMARY KEY,
    place_id    INTEGER NOT NULL REFERENCES rest_place (id),
    driver_id   INTEGER NOT NULL REFERENCES driver (id),
    started_at  TEXT NOT NULL,
    ends_at     TEXT NOT NULL,
    ended_at    TEXT,
    -- the driver got up, their time ran out, or checking out of the station ended it
    ended_as    TEXT CHECK (ended_as IS NULL OR ended_as IN ('driver', 'expired', 'checked_out')),
    request_key TEXT NOT NULL UNIQUE,
    CHECK (ends_at > started_at),
    CHECK ((ended_at IS NULL) = (ended_as IS NULL))
);
-- One driver per place, one place per driver.
CREATE UNIQUE INDEX rest_booking_place ON rest_booking (place_id) WHERE ended_at IS NULL;
CREATE UNIQUE INDEX rest_booking_driver ON rest_booking (driver_id) WHERE ended_at IS NULL;

-- What the union's love station offers, in both languages.
CREATE TABLE love_station_offer (
    code     TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name_zh  TEXT NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 20),
    name_en  TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 40),
    line_zh  TEXT NOT NULL CHECK (length(line_zh) BETWEEN 1 AND 60),
    line_en  TEXT NOT NULL CHECK (length(line_en) BETWEEN 1 AND 120)
);
INSERT INTO love_station_offer (code, position, name_zh, name_en, line_zh, line_en) VALUES
    ('hot_water', 1, '热水', 'Hot water', '饮水机在休息区门口，全天有开水', 'The water dispenser by the rest area door, boiling water all day'),
    ('microwave', 2, '微波炉', 'Microwave', '带来的饭菜可以加热，用完请擦干净', 'Warm up your own food; please wipe it clean after use'),
    ('first_aid', 3, '急救药箱', 'First-aid kit', '创可贴、碘伏、常用药，在服务台找工作人员', 'Plasters, iodine and common medicines: ask at the service desk'),
    ('phone_charging', 4, '手机充电', 'Phone charging', '桌上有各种接口的充电线，免费使用', 'Cables for every phone on the table, free to use');
