/**
 * Frozen, part of h0001_hub. What a device reads to pull: the head, who it is, rows whose scope
 * moved, device heads.
 */
export const h0001Pull = String.raw`-- The newest committed sequence number: a pull reads up to it, whatever the caller may see.
CREATE FUNCTION hub.head() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
  SELECT coalesce(max(seq), 0) FROM hub.messages
$$;

-- Who the caller is to the hub.
CREATE FUNCTION hub.whoami() RETURNS TABLE (hub_id text, schema_version integer, login text, user_id text, role text,
  team text, access_seq bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
  SELECT (SELECT value FROM hub.meta WHERE key = 'hub_id'), (SELECT max(version) FROM hub.hub_schema_version),
    u.login, u.user_id, u.role, u.team, u.access_seq
  FROM (SELECT session_user::text AS login) s LEFT JOIN hub.users u ON u.login = s.login
$$;

/* Rows the caller sees whose scope moved after p_after (a deal reassigned to them, a company
   linked to their deal), with what hangs off them: their older messages are pulled again. */
CREATE FUNCTION hub.rescoped(p_after bigint) RETURNS TABLE (tbl text, row_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
  WITH RECURSIVE moved AS (
    SELECT r.tbl, r.row_id FROM hub.rows r WHERE r.scope_seq > p_after
  ), linked AS (
    SELECT m.tbl, m.row_id FROM moved m
    UNION
    SELECT 'companies', d.company_id FROM hub.rows d JOIN moved m ON m.tbl = 'deals' AND m.row_id = d.row_id
      WHERE d.tbl = 'deals' AND d.company_id IS NOT NULL
    UNION
    SELECT 'contacts', d.contact_id FROM hub.rows d JOIN moved m ON m.tbl = 'deals' AND m.row_id = d.row_id
      WHERE d.tbl = 'deals' AND d.contact_id IS NOT NULL
  ), closure (tbl, row_id, depth) AS (
    SELECT l.tbl, l.row_id, 0 FROM linked l
    UNION
    SELECT c.tbl, c.row_id, closure.depth + 1 FROM hub.rows c JOIN closure ON c.parent_id = closure.row_id
      WHERE closure.depth < 3
  )
  SELECT DISTINCT c.tbl, c.row_id FROM closure c WHERE hub.visible(c.tbl, c.row_id)
$$;

-- The newest message of each device the hub holds (a device pushes, per origin, what comes after),
-- and whether another login pushes that device's messages (they are theirs to send).
CREATE FUNCTION hub.device_heads() RETURNS TABLE (device text, head_hlc text, others boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
  SELECT device_id, head_hlc, login <> session_user FROM hub.devices
$$;

CREATE FUNCTION hub.note_pull(p_device text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
  UPDATE hub.devices SET last_pull_at = now() WHERE device_id = p_device AND login = session_user
$$;

`;
