-- Ties the database to its installation secret (kept in a file of its own):
-- HMAC-SHA256(secret, "linli secret check"), so a missing or wrong secret is
-- refused at start instead of turning every card into an unknown one.

CREATE TABLE installation (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    secret_check BLOB NOT NULL CHECK (length(secret_check) = 32)
);
