-- What a slip prints for: its order, visit, loan, haircut booking or ride
-- request, so that "every order has its receipt" is a query, not a search
-- in the slips' bytes. Slips of nobody's (a label, a run-sheet) have none.
ALTER TABLE print_job ADD COLUMN order_id INTEGER REFERENCES meal_order (id);
ALTER TABLE print_job ADD COLUMN visit_id INTEGER REFERENCES driver_visit (id);
ALTER TABLE print_job ADD COLUMN loan_id INTEGER REFERENCES loan (id);
ALTER TABLE print_job ADD COLUMN barber_booking_id INTEGER REFERENCES barber_booking (id);
ALTER TABLE print_job ADD COLUMN ride_request_id INTEGER REFERENCES ride_request (id);
