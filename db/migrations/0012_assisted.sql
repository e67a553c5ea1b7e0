-- 代办: a staff member or volunteer orders for a resident who asked for help.
-- The order stays the resident's; assisted_by says who did it with them.
ALTER TABLE meal_order ADD COLUMN assisted_by INTEGER REFERENCES staff (id);
