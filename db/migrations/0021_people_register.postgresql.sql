-- Every kiosk's people desk sees a change made at another at once.
CREATE TRIGGER person_change_changed AFTER INSERT OR UPDATE OR DELETE ON person_change
    FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change();
