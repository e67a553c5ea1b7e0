-- The demo day gives its own ids: the server's id counters go on after them
-- (staff rows are written by the program from demo_staff, after this).
SELECT setval(pg_get_serial_sequence('resident', 'id'), (SELECT max(id) FROM resident));
SELECT setval(pg_get_serial_sequence('driver', 'id'), (SELECT max(id) FROM driver));
SELECT setval(pg_get_serial_sequence('staff', 'id'), (SELECT max(id) FROM demo_staff));
SELECT setval(pg_get_serial_sequence('dish', 'id'), (SELECT max(id) FROM dish));
SELECT setval(pg_get_serial_sequence('item', 'id'), (SELECT max(id) FROM item));
