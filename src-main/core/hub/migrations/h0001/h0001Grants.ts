/**
 * Frozen, part of h0001_hub. Who may call what: nothing for PUBLIC; the group roles get the pull
 * and push surface, admins the administration.
 */
export const h0001Grants = String.raw`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA hub FROM PUBLIC;
GRANT USAGE ON SCHEMA hub TO voronka_rep, voronka_manager, voronka_admin;
GRANT SELECT ON hub.messages TO voronka_rep, voronka_manager, voronka_admin;
GRANT INSERT (device, hlc, actor, at, tbl, row_id, cells, schema_version) ON hub.messages
  TO voronka_rep, voronka_manager, voronka_admin;
GRANT USAGE ON SEQUENCE hub.messages_seq_seq TO voronka_rep, voronka_manager, voronka_admin;
GRANT EXECUTE ON FUNCTION hub.visible(text, text), hub.head(), hub.whoami(), hub.device_heads(), hub.rescoped(bigint),
  hub.note_pull(text), hub.is_scoped(text), hub.parent_column(text), hub.lock_push(), hub.check_push()
  TO voronka_rep, voronka_manager, voronka_admin;
GRANT EXECUTE ON FUNCTION hub.add_user(text, text, text, text, text), hub.set_role(text, text, text),
  hub.remove_user(text), hub.status() TO voronka_admin;
`;
