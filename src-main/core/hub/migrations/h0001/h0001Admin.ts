/**
 * Frozen, part of h0001_hub. The team's administration (admins only): people, roles and teams, the
 * status.
 */
export const h0001Admin = String.raw`-- Administration: the hub's owner, a superuser, or a member whose role is admin.
CREATE FUNCTION hub.require_admin() RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM hub.users WHERE login = session_user AND role = 'admin')
     OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper)
     OR session_user::text = (SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'hub') THEN
    RETURN;
  END IF;
  RAISE EXCEPTION 'voronka hub: only an admin may manage the team' USING ERRCODE = 'insufficient_privilege',
    HINT = 'voronka:not_admin';
END $$;

-- What a person may see changed: their devices, and their team managers', pull everything again.
CREATE FUNCTION hub.touch_access(p_login text, p_team text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
  UPDATE hub.users SET access_seq = nextval('hub.messages_seq_seq')
  WHERE login = p_login OR (role = 'manager' AND team IS NOT DISTINCT FROM p_team AND p_team IS NOT NULL)
$$;

CREATE FUNCTION hub.add_user(p_login text, p_password text, p_user_id text, p_role text, p_team text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
BEGIN
  PERFORM hub.require_admin();
  IF p_role NOT IN ('rep', 'manager', 'admin') THEN
    RAISE EXCEPTION 'voronka hub: unknown role %', p_role USING ERRCODE = 'invalid_parameter_value', HINT = 'voronka:bad_role';
  END IF;
  IF EXISTS (SELECT 1 FROM hub.users WHERE login = p_login) THEN
    RAISE EXCEPTION 'voronka hub: % is already a member', p_login USING ERRCODE = 'unique_violation', HINT = 'voronka:member_exists';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
    IF p_password IS NULL OR length(p_password) < 8 THEN
      RAISE EXCEPTION 'voronka hub: a new login needs a password of 8 characters or more'
        USING ERRCODE = 'invalid_parameter_value', HINT = 'voronka:weak_password';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_password);
  ELSIF p_password IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_password);
  END IF;
  EXECUTE format('GRANT %I TO %I', 'voronka_' || p_role, p_login);
  IF p_team IS NOT NULL THEN INSERT INTO hub.teams (name) VALUES (p_team) ON CONFLICT DO NOTHING; END IF;
  INSERT INTO hub.users (login, user_id, role, team) VALUES (p_login, p_user_id, p_role, p_team);
  PERFORM hub.touch_access(p_login, p_team);
END $$;

CREATE FUNCTION hub.set_role(p_login text, p_role text, p_team text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
DECLARE
  old hub.users;
BEGIN
  PERFORM hub.require_admin();
  SELECT * INTO old FROM hub.users WHERE login = p_login FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'voronka hub: % is not a member', p_login USING ERRCODE = 'no_data_found', HINT = 'voronka:no_member';
  END IF;
  IF p_role NOT IN ('rep', 'manager', 'admin') THEN
    RAISE EXCEPTION 'voronka hub: unknown role %', p_role USING ERRCODE = 'invalid_parameter_value', HINT = 'voronka:bad_role';
  END IF;
  EXECUTE format('REVOKE %I FROM %I', 'voronka_' || old.role, p_login);
  EXECUTE format('GRANT %I TO %I', 'voronka_' || p_role, p_login);
  IF p_team IS NOT NULL THEN INSERT INTO hub.teams (name) VALUES (p_team) ON CONFLICT DO NOTHING; END IF;
  UPDATE hub.users SET role = p_role, team = p_team WHERE login = p_login;
  PERFORM hub.touch_access(p_login, old.team);
  PERFORM hub.touch_access(p_login, p_team);
END $$;

CREATE FUNCTION hub.remove_user(p_login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
DECLARE
  old hub.users;
BEGIN
  PERFORM hub.require_admin();
  IF p_login = session_user THEN
    RAISE EXCEPTION 'voronka hub: an admin cannot remove themselves' USING ERRCODE = 'invalid_parameter_value',
      HINT = 'voronka:remove_self';
  END IF;
  DELETE FROM hub.users WHERE login = p_login RETURNING * INTO old;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'voronka hub: % is not a member', p_login USING ERRCODE = 'no_data_found', HINT = 'voronka:no_member';
  END IF;
  -- The login goes with the membership: it can no longer connect, nor pull anything.
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN EXECUTE format('DROP ROLE %I', p_login); END IF;
  PERFORM hub.touch_access(p_login, old.team);
END $$;

-- The hub at a glance (admins): people, devices and how far each has come.
CREATE FUNCTION hub.status() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
BEGIN
  PERFORM hub.require_admin();
  RETURN jsonb_build_object(
    'hubId', (SELECT value FROM hub.meta WHERE key = 'hub_id'),
    'schemaVersion', (SELECT max(version) FROM hub.hub_schema_version),
    'messages', (SELECT count(*) FROM hub.messages),
    'head', hub.head(),
    'users', coalesce((SELECT jsonb_agg(jsonb_build_object('login', login, 'userId', user_id, 'role', role, 'team', team)
                                        ORDER BY login) FROM hub.users), '[]'::jsonb),
    'devices', coalesce((SELECT jsonb_agg(jsonb_build_object('deviceId', device_id, 'login', login,
                                          'lastPushAt', last_push_at, 'lastPullAt', last_pull_at) ORDER BY device_id)
                         FROM hub.devices), '[]'::jsonb));
END $$;

`;
