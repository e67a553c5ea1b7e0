-- A meal-card top-up carries the key of the tap that made it, as an order's
-- pay does: the same tap again (a bounce, a retry after a slow answer) finds
-- its top-up made and adds nothing. Top-ups made before this have no key.
ALTER TABLE meal_card_topup ADD COLUMN request_key TEXT CHECK (request_key <> '');
CREATE UNIQUE INDEX meal_card_topup_request_key ON meal_card_topup (request_key);
