-- Happiness Canteen (幸福食堂): dishes, meal periods, the day's menu with its
-- portions, sets as data, orders with their subsidy, meal cards.
-- Money is integer fen throughout.

-- Delivery to the door goes to residents of 80 and over and to the
-- mobility-impaired; staff may also enable it for anyone else.
ALTER TABLE resident ADD COLUMN delivery_enabled INTEGER NOT NULL DEFAULT 0 CHECK (delivery_enabled IN (0, 1));

CREATE TABLE dish (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 20),
    name_en   TEXT NOT NULL,
    category  TEXT NOT NULL CHECK (category IN ('meat', 'vegetable', 'soup', 'staple', 'drink')),
    price_fen INTEGER NOT NULL CHECK (price_fen >= 0),
    soft      INTEGER NOT NULL DEFAULT 0 CHECK (soft IN (0, 1)),
    low_salt  INTEGER NOT NULL DEFAULT 0 CHECK (low_salt IN (0, 1)),
    low_sugar INTEGER NOT NULL DEFAULT 0 CHECK (low_sugar IN (0, 1)),
    spicy     INTEGER NOT NULL DEFAULT 0 CHECK (spicy IN (0, 1)),
    active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- Ordering windows in local time, 'HH:MM'; staff may change them.
CREATE TABLE meal_period (
    code   TEXT PRIMARY KEY CHECK (code IN ('breakfast', 'lunch', 'dinner')),
    opens  TEXT NOT NULL CHECK (opens GLOB '[0-2][0-9]:[0-5][0-9]'),
    closes TEXT NOT NULL CHECK (closes GLOB '[0-2][0-9]:[0-5][0-9]' AND closes > opens)
) WITHOUT ROWID;

-- The canteen's usual menu; each day's menu starts as a copy of it.
CREATE TABLE standard_menu (
    period   TEXT NOT NULL REFERENCES meal_period (code),
    dish_id  INTEGER NOT NULL REFERENCES dish (id),
    portions INTEGER NOT NULL CHECK (portions >= 0),
    PRIMARY KEY (period, dish_id)
) WITHOUT ROWID;

-- The day's menu: portions left to sell, never below zero.
CREATE TABLE menu_item (
    day      TEXT NOT NULL,
    period   TEXT NOT NULL REFERENCES meal_period (code),
    dish_id  INTEGER NOT NULL REFERENCES dish (id),
    portions INTEGER NOT NULL CHECK (portions >= 0),
    PRIMARY KEY (day, period, dish_id)
) WITHOUT ROWID;

-- Sets are data: what they hold, what they cost, who may have them.
CREATE TABLE meal_set (
    code       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    price_fen  INTEGER NOT NULL CHECK (price_fen >= 0),
    meat       INTEGER NOT NULL DEFAULT 0 CHECK (meat >= 0),
    vegetable  INTEGER NOT NULL DEFAULT 0 CHECK (vegetable >= 0),
    soup       INTEGER NOT NULL DEFAULT 0 CHECK (soup >= 0),
    staple     INTEGER NOT NULL DEFAULT 0 CHECK (staple >= 0),
    drink      INTEGER NOT NULL DEFAULT 0 CHECK (drink >= 0),
    -- resident_min_age: residents of at least min_age on the day; driver: registered drivers
    eligible   TEXT NOT NULL CHECK (eligible IN ('resident_min_age', 'driver')),
    min_age    INTEGER,
    -- 1: at most one per person and meal period
    one_per_period INTEGER NOT NULL DEFAULT 0 CHECK (one_per_period IN (0, 1))
) WITHOUT ROWID;

CREATE TABLE meal_order (
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
    state       TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'cooking', 'ready', 'collected', 'lapsed')),
    created_at  TEXT NOT NULL,
    -- the same for every tap of one "pay" button: a second tap finds the first order
    request_key TEXT NOT NULL UNIQUE,
    -- copied from meal_set.one_per_period, so the index below can enforce it
    one_per_period INTEGER NOT NULL DEFAULT 0 CHECK (one_per_period IN (0, 1)),
    UNIQUE (day, number),
    UNIQUE (day, pickup_code),
    CHECK (total_fen = normal_fen - subsidy_fen),
    CHECK (resident_id IS NULL OR driver_id IS NULL)
);

-- One senior set per resident per meal period, enforced here so that two
-- kiosks cannot both sell it. (Residents count up, drivers down, in one key.)
CREATE UNIQUE INDEX meal_order_one_set_per_period
    ON meal_order (set_code, coalesce(resident_id, -driver_id), day, period)
    WHERE one_per_period = 1 AND state <> 'lapsed';
CREATE INDEX meal_order_day ON meal_order (day, period, state);

CREATE TABLE order_line (
    order_id  INTEGER NOT NULL REFERENCES meal_order (id),
    line      INTEGER NOT NULL CHECK (line > 0),
    dish_id   INTEGER NOT NULL REFERENCES dish (id),
    price_fen INTEGER NOT NULL CHECK (price_fen >= 0),
    PRIMARY KEY (order_id, line)
) WITHOUT ROWID;

-- Stored value per resident; paying deducts in the order's own transaction.
CREATE TABLE meal_card (
    resident_id INTEGER PRIMARY KEY REFERENCES resident (id),
    balance_fen INTEGER NOT NULL CHECK (balance_fen >= 0)
);

-- Every top-up: who, when, how much.
CREATE TABLE meal_card_topup (
    id          INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES resident (id),
    amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
    staff_id    INTEGER NOT NULL REFERENCES staff (id),
    at          TEXT NOT NULL
);

-- The street office's rules as they stand; staff may change windows and prices.
INSERT INTO meal_period (code, opens, closes) VALUES
    ('breakfast', '06:30', '09:00'),
    ('lunch',     '10:30', '13:00'),
    ('dinner',    '16:30', '19:00');

INSERT INTO meal_set (code, name, name_en, price_fen, meat, vegetable, soup, eligible, min_age, one_per_period) VALUES
    ('senior', '敬老套餐', 'Senior set', 700,  1, 1, 1, 'resident_min_age', 60, 1),
    ('driver', '司机套餐', 'Driver set', 1000, 2, 2, 0, 'driver',           NULL, 0);
