-- The station's board, the staff desks and the community kiosks see a
-- request, a taking, a giving back or an alert at once.
CREATE TRIGGER ride_request_changed AFTER INSERT OR UPDATE OR DELETE ON ride_request
    FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change();
CREATE TRIGGER ride_destination_changed AFTER INSERT OR UPDATE OR DELETE ON ride_destination
    FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change();
CREATE TRIGGER ride_time_changed AFTER INSERT OR UPDATE OR DELETE ON ride_time
    FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change();
-- The destinations above gave their own ids: new ones go on after them.
SELECT setval(pg_get_serial_sequence('ride_destination', 'id'), (SELECT max(id) FROM ride_destination));
