-- Money that goes back: staff cancel an order not yet being cooked (its
-- money back to where it came from, its portions back on sale, with a
-- reason), and correct a meal card's balance (with a reason). Counter
-- payments keep the amount taken. Every change to a card's balance still
-- has its ledger row, in the change's transaction.
ALTER TABLE meal_order ADD COLUMN paid_fen INTEGER CHECK (paid_fen IS NULL OR paid_fen >= 0);
UPDATE meal_order SET paid_fen = total_fen WHERE paid_at IS NOT NULL;

CREATE TABLE order_cancellation (
    order_id   INTEGER PRIMARY KEY REFERENCES meal_order (id),
    at         TEXT NOT NULL,
    staff_id   INTEGER NOT NULL REFERENCES staff (id),
    reason     TEXT NOT NULL CHECK (reason IN ('changed_mind', 'wrong_order', 'cannot_cook', 'other')),
    -- back onto the meal card, or in cash at the counter; 0 for an unpaid order
    refund_fen INTEGER NOT NULL CHECK (refund_fen >= 0)
);

CREATE TABLE meal_card_correction (
    id          INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES resident (id),
    at          TEXT NOT NULL,
    staff_id    INTEGER NOT NULL REFERENCES staff (id),
    amount_fen  INTEGER NOT NULL CHECK (amount_fen <> 0), -- onto the card (+) or off it (-)
    reason      TEXT NOT NULL CHECK (reason IN ('counted_wrong', 'paid_cash', 'cash_back', 'other'))
);
ALTER TABLE meal_card_ledger ADD COLUMN correction_id INTEGER REFERENCES meal_card_correction (id);
