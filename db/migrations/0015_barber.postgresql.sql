-- Other kiosks see a booking, a cancellation, a mark or a day off at once.
CREATE TRIGGER barber_booking_changed AFTER INSERT OR UPDATE OR DELETE ON barber_booking
    FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change();
CREATE TRIGGER barber_day_off_changed AFTER INSERT OR UPDATE OR DELETE ON barber_day_off
    FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change();
CREATE TRIGGER barber_schedule_changed AFTER INSERT OR UPDATE OR DELETE ON barber_schedule
    FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change();
