-- A cancelled order is off the board, like a lapsed one: it frees the
-- resident's set for the meal.
ALTER TABLE meal_order DROP CONSTRAINT meal_order_state_check;
ALTER TABLE meal_order ADD CONSTRAINT meal_order_state_check
    CHECK (state IN ('new', 'cooking', 'ready', 'collected', 'lapsed', 'cancelled'));
DROP INDEX meal_order_one_set_per_period;
CREATE UNIQUE INDEX meal_order_one_set_per_period
    ON meal_order (set_code, coalesce(resident_id, -driver_id), day, period)
    WHERE one_per_period = 1 AND state NOT IN ('lapsed', 'cancelled');
ALTER TABLE meal_card_ledger ADD CONSTRAINT meal_card_ledger_correction
    CHECK ((kind = 'correction') = (correction_id IS NOT NULL));
