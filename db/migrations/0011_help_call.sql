-- 呼叫工作人员: someone at a kiosk asks for help; every staff desk of the
-- site shows the call until a staff member takes it.
CREATE TABLE help_call (
    id        INTEGER PRIMARY KEY,
    kiosk     TEXT NOT NULL,
    called_at TEXT NOT NULL,
    taken_at  TEXT,
    taken_by  INTEGER REFERENCES staff (id)
);
-- One open call per kiosk: a second tap on 呼叫工作人员 is the same call.
CREATE UNIQUE INDEX help_call_open_per_kiosk ON help_call (kiosk) WHERE taken_at IS NULL;
