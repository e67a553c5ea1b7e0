-- Sites: a street's kiosks stand at several places (a community's canteen
-- and shared house, the drivers' station), each kiosk at one of them. One
-- canteen service, many sites: each site cooks its own menu with its own
-- portions, and its staff see its own orders and deliveries. Residents,
-- cards, meal cards, loans and rides stay the whole street's.

CREATE TABLE site (
    code    TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 20 AND code NOT LIKE '% %'),
    name    TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    name_en TEXT NOT NULL
) WITHOUT ROWID;
-- Every kiosk until now stood at this one; a kiosk names its site in its
-- configuration (site=), and 'main' when it does not.
INSERT INTO site (code, name, name_en) VALUES ('main', '幸福食堂', 'Happiness Canteen');

-- The menus gain the site in their keys (SQLite rebuilds a table for that).
CREATE TABLE standard_menu_by_site (
    site     TEXT NOT NULL DEFAULT 'main' REFERENCES site (code),
    period   TEXT NOT NULL REFERENCES meal_period (code),
    dish_id  INTEGER NOT NULL REFERENCES dish (id),
    portions INTEGER NOT NULL CHECK (portions >= 0),
    PRIMARY KEY (site, period, dish_id)
) WITHOUT ROWID;
INSERT INTO standard_menu_by_site (site, period, dish_id, portions)
    SELECT 'main', period, dish_id, portions FROM standard_menu;
DROP TABLE standard_menu;
ALTER TABLE standard_menu_by_site RENAME TO standard_menu;

CREATE TABLE menu_item_by_site (
    site     TEXT NOT NULL DEFAULT 'main' REFERENCES site (code),
    day      TEXT NOT NULL,
    period   TEXT NOT NULL REFERENCES meal_period (code),
    dish_id  INTEGER NOT NULL REFERENCES dish (id),
    portions INTEGER NOT NULL CHECK (portions >= 0),
    PRIMARY KEY (site, day, period, dish_id)
) WITHOUT ROWID;
INSERT INTO menu_item_by_site (site, day, period, dish_id, portions)
    SELECT 'main', day, period, dish_id, portions FROM menu_item;
DROP TABLE menu_item;
ALTER TABLE menu_item_by_site RENAME TO menu_item;

-- One volunteer per site, day and meal period.
CREATE TABLE delivery_run_by_site (
    site        TEXT NOT NULL DEFAULT 'main' REFERENCES site (code),
    day         TEXT NOT NULL,
    period      TEXT NOT NULL REFERENCES meal_period (code),
    volunteer   TEXT NOT NULL CHECK (length(volunteer) BETWEEN 1 AND 40),
    assigned_by INTEGER NOT NULL REFERENCES staff (id),
    assigned_at TEXT NOT NULL,
    PRIMARY KEY (site, day, period)
) WITHOUT ROWID;
INSERT INTO delivery_run_by_site (site, day, period, volunteer, assigned_by, assigned_at)
    SELECT 'main', day, period, volunteer, assigned_by, assigned_at FROM delivery_run;
DROP TABLE delivery_run;
ALTER TABLE delivery_run_by_site RENAME TO delivery_run;

-- An order is cooked at the site where it was placed. Numbers and pickup
-- codes stay unique in the street for the day (order_number).
ALTER TABLE meal_order ADD COLUMN site TEXT NOT NULL DEFAULT 'main' REFERENCES site (code);
DROP INDEX meal_order_day;
CREATE INDEX meal_order_day ON meal_order (site, day, period, state);
