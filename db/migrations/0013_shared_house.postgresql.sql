-- Other kiosks see a loan, a return or an alert at once.
CREATE TRIGGER item_changed AFTER INSERT OR UPDATE OR DELETE ON item
    FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change();
CREATE TRIGGER loan_changed AFTER INSERT OR UPDATE OR DELETE ON loan
    FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change();
CREATE TRIGGER item_alert_changed AFTER INSERT OR UPDATE OR DELETE ON item_alert
    FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change();
