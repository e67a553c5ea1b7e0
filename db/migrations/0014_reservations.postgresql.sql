-- Other kiosks see a place in line taken, held or given up at once.
CREATE TRIGGER reservation_changed AFTER INSERT OR UPDATE OR DELETE ON reservation
    FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change();
