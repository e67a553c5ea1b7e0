-- Kiosks on one server hear of each other's changes at once: every commit
-- that touches a table below sends NOTIFY linli_change with the table's name
-- (the server sends one notice per table and transaction, after commit).

CREATE FUNCTION linli_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('linli_change', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

DO $$
DECLARE
    watched text;
BEGIN
    FOREACH watched IN ARRAY ARRAY['resident', 'driver', 'staff', 'card', 'driver_visit', 'dish', 'meal_period',
                                   'menu_item', 'meal_order', 'meal_card', 'meal_card_topup', 'delivery_run',
                                   'delivery_outcome', 'welfare_alert']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change()', watched || '_changed', watched);
    END LOOP;
END
$$;

-- Kiosks read the schema version and the secret's check but never change
-- them: whatever rights the kiosk role was given on every table, it loses
-- the right to write these two (the owner keeps them).
DO $$
DECLARE
    grantee_name text;
BEGIN
    FOR grantee_name IN
        SELECT DISTINCT grantee FROM information_schema.role_table_grants
        WHERE table_name IN ('schema_version', 'installation') AND grantee <> current_user
          AND privilege_type IN ('INSERT', 'UPDATE', 'DELETE')
    LOOP
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_version, installation FROM %I', grantee_name);
    END LOOP;
END
$$;
