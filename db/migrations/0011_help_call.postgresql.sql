-- Other kiosks' staff desks hear of a call at once.
CREATE TRIGGER help_call_changed AFTER INSERT OR UPDATE OR DELETE ON help_call
    FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change();
