import type { HubMigration } from './HubMigration';

/**
 * Frozen. What every member may ask the hub besides messages:
 * - hub.members(): the team as Settings → Team lists it (login, Voronka user, role, team) — every
 *   member reads it, only an admin changes it (hub.add_user and the rest, h0001).
 * - hub.unscoped(p_after): deals whose scope moved after sequence number p_after (reassigned) that
 *   the caller no longer sees, with the records hanging off them: the caller's devices drop them.
 *   Only row ids leave the hub, never a message the caller may not read.
 */
export const h0002_members_unscoped: HubMigration = {
  version: 2,
  name: 'members_unscoped',
  sql: String.raw`
CREATE FUNCTION hub.members() RETURNS TABLE (login text, user_id text, role text, team text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
  SELECT u.login, u.user_id, u.role, u.team FROM hub.users u
  WHERE EXISTS (SELECT 1 FROM hub.users me WHERE me.login = session_user)
  ORDER BY u.login
$$;

CREATE FUNCTION hub.unscoped(p_after bigint) RETURNS TABLE (tbl text, row_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
  WITH moved AS (
    SELECT r.row_id FROM hub.rows r
    WHERE r.tbl = 'deals' AND r.scope_seq > p_after AND NOT hub.visible('deals', r.row_id)
  )
  SELECT 'deals', m.row_id FROM moved m
  UNION ALL
  SELECT c.tbl, c.row_id FROM hub.rows c JOIN moved m ON c.parent_id = m.row_id
  WHERE c.tbl IN ('stage_transitions', 'deal_checks', 'activities', 'nps_responses', 'custom_values')
$$;

REVOKE ALL ON FUNCTION hub.members(), hub.unscoped(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hub.members(), hub.unscoped(bigint) TO voronka_rep, voronka_manager, voronka_admin;
`,
};
