ALTER TABLE rest_booking DROP CONSTRAINT rest_booking_ended_as_check;
ALTER TABLE rest_booking ADD CONSTRAINT rest_booking_ended_as_check
    CHECK (ended_as IS NULL OR ended_as IN ('driver', 'expired', 'staff', 'checked_out'));
ALTER TABLE rest_booking ADD CONSTRAINT rest_booking_ended_by_check
    CHECK (ended_by IS NULL OR ended_as = 'staff');
