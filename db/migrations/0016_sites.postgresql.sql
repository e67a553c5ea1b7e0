-- The rebuilt tables lost their change notices with the old ones.
DO $$
DECLARE
    watched text;
BEGIN
    FOREACH watched IN ARRAY ARRAY['site', 'standard_menu', 'menu_item', 'delivery_run']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION linli_notify_change()', watched || '_changed', watched);
    END LOOP;
END
$$;
