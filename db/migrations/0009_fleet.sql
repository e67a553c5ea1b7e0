-- A street's kiosks share one database: order numbers come from a counter
-- row per day, which also makes orders placed at once on several kiosks
-- take their turn (see CanteenStore::takeOrderNumber).

CREATE TABLE order_number (
    day         TEXT PRIMARY KEY,
    last_number INTEGER NOT NULL CHECK (last_number > 0)
);

INSERT INTO order_number (day, last_number)
    SELECT day, max(number) FROM meal_order GROUP BY day;
