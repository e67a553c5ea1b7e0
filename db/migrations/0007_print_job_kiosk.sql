-- Several kiosks may share one database file: each prints its own slips, and
-- a kiosk starting up marks only its own interrupted jobs.

ALTER TABLE print_job ADD COLUMN kiosk TEXT NOT NULL DEFAULT '';

DROP INDEX print_job_waiting;
CREATE INDEX print_job_waiting ON print_job (kiosk, id) WHERE state IN ('queued', 'failed');
