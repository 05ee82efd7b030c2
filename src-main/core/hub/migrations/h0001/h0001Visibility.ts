/**
 * Frozen, part of h0001_hub. Who sees which row (DESIGN §7): the scoped tables, a member's reach
 * by owner and creator, and `hub.row_visible` / `hub.visible`, which the read policy and the push
 * check call.
 */
export const h0001Visibility = String.raw`-- Rows that belong to someone; every other synced table is shared reference data.
CREATE FUNCTION hub.is_scoped(p_tbl text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT p_tbl IN ('deals', 'stage_transitions', 'deal_checks', 'activities', 'nps_responses', 'companies',
                   'contacts', 'customers', 'customer_onboarding', 'custom_values')
$$;

-- The column naming a row's parent record.
CREATE FUNCTION hub.parent_column(p_tbl text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN p_tbl IN ('stage_transitions', 'deal_checks', 'activities', 'nps_responses') THEN 'deal_id'
    WHEN p_tbl = 'customer_onboarding' THEN 'customer_id'
    WHEN p_tbl = 'custom_values' THEN 'record_id'
  END
$$;

CREATE FUNCTION hub.member(p_login text) RETURNS hub.users
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
  SELECT * FROM hub.users WHERE login = p_login
$$;

-- Records owned by Voronka user p_owner: the owner's, and their team manager's.
CREATE FUNCTION hub.owner_visible(me hub.users, p_owner text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
  SELECT p_owner IS NOT NULL AND (p_owner = me.user_id OR (me.role = 'manager' AND me.team IS NOT NULL
    AND EXISTS (SELECT 1 FROM hub.users u WHERE u.user_id = p_owner AND u.team = me.team)))
$$;

-- Records nobody owns: their creator's (the login that pushed them first), and that login's manager's.
CREATE FUNCTION hub.creator_visible(me hub.users, p_login text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
  SELECT p_login = me.login OR (me.role = 'manager' AND me.team IS NOT NULL
    AND EXISTS (SELECT 1 FROM hub.users u WHERE u.login = p_login AND u.team = me.team))
$$;

/* Whether member me sees the row (DESIGN §7): an admin everything; everyone the shared reference
   data; a rep the deals they own with what hangs off them and the companies and contacts linked
   to them; a manager the same for every member of their team. */
CREATE FUNCTION hub.row_visible(me hub.users, p_tbl text, p_row text, p_depth integer DEFAULT 0) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
DECLARE
  r hub.rows;
BEGIN
  IF me.login IS NULL OR p_row IS NULL OR p_depth > 4 THEN RETURN false; END IF;
  IF me.role = 'admin' OR NOT hub.is_scoped(p_tbl) THEN RETURN true; END IF;
  SELECT * INTO r FROM hub.rows WHERE tbl = p_tbl AND row_id = p_row;
  IF NOT FOUND THEN RETURN false; END IF;
  CASE p_tbl
    WHEN 'deals' THEN
      RETURN hub.owner_visible(me, r.owner_id) OR (r.owner_id IS NULL AND hub.creator_visible(me, r.created_by));
    WHEN 'stage_transitions', 'deal_checks', 'activities', 'nps_responses' THEN
      IF r.parent_id IS NOT NULL THEN RETURN hub.row_visible(me, 'deals', r.parent_id, p_depth + 1); END IF;
      RETURN hub.owner_visible(me, r.owner_id) OR (r.owner_id IS NULL AND hub.creator_visible(me, r.created_by));
    WHEN 'companies' THEN
      RETURN hub.owner_visible(me, r.owner_id) OR (r.owner_id IS NULL AND hub.creator_visible(me, r.created_by))
        OR EXISTS (SELECT 1 FROM hub.rows d WHERE d.tbl = 'deals' AND d.company_id = p_row
                   AND hub.row_visible(me, 'deals', d.row_id, p_depth + 1));
    WHEN 'contacts' THEN
      RETURN hub.owner_visible(me, r.owner_id) OR (r.owner_id IS NULL AND hub.creator_visible(me, r.created_by))
        OR EXISTS (SELECT 1 FROM hub.rows d WHERE d.tbl = 'deals' AND d.contact_id = p_row
                   AND hub.row_visible(me, 'deals', d.row_id, p_depth + 1));
    WHEN 'customers' THEN
      RETURN hub.row_visible(me, 'companies', p_row, p_depth + 1);
    WHEN 'customer_onboarding' THEN
      RETURN hub.row_visible(me, 'customers', r.parent_id, p_depth + 1);
    WHEN 'custom_values' THEN
      IF r.parent_id IS NULL THEN RETURN hub.creator_visible(me, r.created_by); END IF;
      RETURN hub.row_visible(me, 'deals', r.parent_id, p_depth + 1)
        OR hub.row_visible(me, 'companies', r.parent_id, p_depth + 1)
        OR hub.row_visible(me, 'contacts', r.parent_id, p_depth + 1);
    ELSE
      RETURN false;
  END CASE;
END $$;

CREATE FUNCTION hub.visible(p_tbl text, p_row text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
  SELECT hub.row_visible(hub.member(session_user), p_tbl, p_row)
$$;

`;
