-- Staff end a rest booking at the station's desk (a driver who left without
-- getting up, a bed needed back), as they end a charging session: the
-- booking says so and who did it. SQLite cannot change a CHECK in place, so
-- its half rebuilds the table (0020_rest_ended_by_staff.sqlite.sql); the
-- server alters the constraint (.postgresql.sql).
ALTER TABLE rest_booking ADD COLUMN ended_by INTEGER REFERENCES staff (id);
