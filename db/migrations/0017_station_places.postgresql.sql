-- Other kiosks of the station see a spot taken, a call-up, a rest place
-- booked or freed, and changes to the spots and places, at once.
CREATE TRIGGER charging_session_changed AFTER INSERT OR UPDATE OR DELETE ON charging_session
    FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change();
CREATE TRIGGER charging_queue_changed AFTER INSERT OR UPDATE OR DELETE ON charging_queue
    FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change();
CREATE TRIGGER rest_booking_changed AFTER INSERT OR UPDATE OR DELETE ON rest_booking
    FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change();
CREATE TRIGGER charging_spot_changed AFTER INSERT OR UPDATE OR DELETE ON charging_spot
    FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change();
CREATE TRIGGER rest_place_changed AFTER INSERT OR UPDATE OR DELETE ON rest_place
    FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change();
CREATE TRIGGER love_station_offer_changed AFTER INSERT OR UPDATE OR DELETE ON love_station_offer
    FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change();
