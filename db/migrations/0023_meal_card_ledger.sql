-- Every change to a meal card's balance, in the transaction of the change:
-- the balance always equals the sum of its card's rows. A card's first row
-- is its opening balance (what it held when the ledger began), written by
-- the program at the start after this migration (CanteenStore::openLedgers).
CREATE TABLE meal_card_ledger (
    id          INTEGER PRIMARY KEY,
    resident_id INTEGER NOT NULL REFERENCES resident (id), -- whose card (and found by --export-person)
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('opening', 'top_up', 'charge', 'refund', 'correction')),
    amount_fen  INTEGER NOT NULL,          -- onto the card (+) or off it (-)
    balance_fen INTEGER NOT NULL CHECK (balance_fen >= 0), -- the card's balance after it
    order_id    INTEGER REFERENCES meal_order (id),
    topup_id    INTEGER REFERENCES meal_card_topup (id),
    CHECK ((kind IN ('charge', 'refund')) = (order_id IS NOT NULL)),
    CHECK ((kind = 'top_up') = (topup_id IS NOT NULL))
);
CREATE INDEX meal_card_ledger_card ON meal_card_ledger (resident_id, id);

