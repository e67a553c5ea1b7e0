-- Every slip is a job row holding its exact ESC/POS bytes, written in the same
-- transaction as the business change it belongs to, so nothing printed is lost.
-- queued: waiting for the printer; printing: handed to it; printed: done;
-- failed: the printer refused or broke off, waits to be printed again.

CREATE TABLE print_job (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    state      TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'printing', 'printed', 'failed')),
    attempts   INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error TEXT,
    printed_at TEXT,
    payload    BLOB NOT NULL
);

CREATE INDEX print_job_waiting ON print_job (id) WHERE state IN ('queued', 'failed');
