import type { HubMigration } from './HubMigration';

/**
 * Frozen. hub.unseen(p_tbl, p_ids): of the row ids a device holds in one of its tables, those the
 * hub knows (someone pushed them) that the caller no longer sees — after a new role or team, the
 * device drops them. Ids the hub never heard of (not pushed yet, or refused) are not named: they
 * are the device's own work. Only ids the caller sent come back.
 */
export const h0003_unseen: HubMigration = {
  version: 3,
  name: 'unseen',
  sql: String.raw`
CREATE FUNCTION hub.unseen(p_tbl text, p_ids text[]) RETURNS TABLE (row_id text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
  SELECT r.row_id FROM hub.rows r
  WHERE hub.is_scoped(p_tbl) AND r.tbl = p_tbl AND r.row_id = ANY (p_ids) AND NOT hub.visible(p_tbl, r.row_id)
$$;

REVOKE ALL ON FUNCTION hub.unseen(text, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hub.unseen(text, text[]) TO voronka_rep, voronka_manager, voronka_admin;
`,
};
