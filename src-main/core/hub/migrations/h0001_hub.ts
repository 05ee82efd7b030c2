import type { HubMigration } from './HubMigration';

/**
 * Frozen. The team hub (DESIGN §7, transport 3): an append-only message table whose server
 * sequence is every device's pull cursor; the hub's people (one PostgreSQL login each, in a group
 * role per Voronka role) and teams; and what decides visibility — `hub.rows`, kept from the
 * pushed messages themselves, says which deal (or owner) each synced row belongs to.
 *
 * Enforcement is PostgreSQL's, never the app's: row-level security filters what a login pulls;
 * a trigger refuses a push the login may not make (a deal it cannot see, another login's device);
 * clients may insert only the message's own columns and never update or delete.
 */
export const h0001_hub: HubMigration = {
  version: 1,
  name: 'hub',
  sql: String.raw`
DO $roles$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'voronka_rep') THEN CREATE ROLE voronka_rep NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'voronka_manager') THEN CREATE ROLE voronka_manager NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'voronka_admin') THEN CREATE ROLE voronka_admin NOLOGIN; END IF;
END $roles$;

CREATE TABLE hub.meta (key text PRIMARY KEY, value text NOT NULL);
INSERT INTO hub.meta (key, value) VALUES ('hub_id', gen_random_uuid()::text);

CREATE TABLE hub.teams (
  name text PRIMARY KEY CHECK (length(btrim(name)) > 0),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- One row per person: their PostgreSQL login, their Voronka user (users.id), role and team.
-- access_seq moves when what the person may see changes otherwise than by a message (their
-- role or team, or their team's members): their devices then pull everything again.
CREATE TABLE hub.users (
  login text PRIMARY KEY,
  user_id text NOT NULL UNIQUE,
  role text NOT NULL CHECK (role IN ('rep', 'manager', 'admin')),
  team text REFERENCES hub.teams (name) ON UPDATE CASCADE,
  access_seq bigint NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A device's messages enter under one login (the first push claims it): no login can push as another's
-- device. head_hlc is the newest of its messages here: a pusher sends only what comes after it.
CREATE TABLE hub.devices (
  device_id text PRIMARY KEY,
  login text NOT NULL,
  head_hlc text COLLATE "C",
  first_push_at timestamptz NOT NULL DEFAULT now(),
  last_push_at timestamptz,
  last_pull_at timestamptz
);

CREATE TABLE hub.messages (
  seq bigserial PRIMARY KEY,
  device text NOT NULL,
  hlc text COLLATE "C" NOT NULL,
  actor text,
  at bigint,
  tbl text NOT NULL,
  row_id text NOT NULL,
  -- The cells as the device's JSON, relayed unchanged.
  cells text NOT NULL,
  schema_version integer NOT NULL,
  pushed_by text NOT NULL DEFAULT current_user,
  pushed_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (device, hlc)
);
CREATE INDEX messages_row ON hub.messages (tbl, row_id, seq);

-- What each synced row hangs off, folded last-writer-wins by HLC from its messages. scope_seq is
-- the sequence number of the message that last moved it (a deal's owner, company or contact; a
-- record's deal): a device whose cursor is behind it pulls the row's older history again.
CREATE TABLE hub.rows (
  tbl text NOT NULL,
  row_id text NOT NULL,
  parent_id text,
  parent_hlc text COLLATE "C",
  owner_id text,
  owner_hlc text COLLATE "C",
  company_id text,
  company_hlc text COLLATE "C",
  contact_id text,
  contact_hlc text COLLATE "C",
  created_by text NOT NULL,
  scope_seq bigint NOT NULL,
  PRIMARY KEY (tbl, row_id)
);
CREATE INDEX rows_parent ON hub.rows (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX rows_deal_company ON hub.rows (company_id) WHERE tbl = 'deals';
CREATE INDEX rows_deal_contact ON hub.rows (contact_id) WHERE tbl = 'deals';
CREATE INDEX rows_scope ON hub.rows (scope_seq);

-- Rows that belong to someone; every other synced table is shared reference data.
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

/* Why member me may not push message m (null: it may), judged on the hub's state before it.
   A rep may change only rows they see (and may not move one under a deal they cannot see), may
   create deals only for themselves (a manager: for their team), and may not change the team's
   configuration (pipelines, stages, users…); their saved views and segments are theirs to share. */
CREATE FUNCTION hub.push_refusal(me hub.users, m hub.messages) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
DECLARE
  cells jsonb := m.cells::jsonb;
  parent_col text := hub.parent_column(m.tbl);
  known boolean;
BEGIN
  IF me.login IS NULL THEN RETURN 'not_member'; END IF;
  IF me.role = 'admin' THEN RETURN NULL; END IF;
  IF NOT hub.is_scoped(m.tbl) THEN
    IF me.role = 'manager' OR m.tbl IN ('saved_views', 'saved_view_defaults', 'segments') THEN RETURN NULL; END IF;
    RETURN 'reference_data';
  END IF;
  known := EXISTS (SELECT 1 FROM hub.rows WHERE tbl = m.tbl AND row_id = m.row_id);
  IF known AND NOT hub.row_visible(me, m.tbl, m.row_id) THEN RETURN 'row_not_visible'; END IF;
  IF parent_col IS NOT NULL AND cells ? parent_col AND jsonb_typeof(cells -> parent_col) = 'string' THEN
    IF m.tbl = 'custom_values' THEN
      IF NOT (hub.row_visible(me, 'deals', cells ->> parent_col) OR hub.row_visible(me, 'companies', cells ->> parent_col)
              OR hub.row_visible(me, 'contacts', cells ->> parent_col)) THEN RETURN 'parent_not_visible'; END IF;
    ELSIF m.tbl = 'customer_onboarding' THEN
      IF NOT hub.row_visible(me, 'customers', cells ->> parent_col) THEN RETURN 'parent_not_visible'; END IF;
    ELSIF NOT hub.row_visible(me, 'deals', cells ->> parent_col) THEN
      RETURN 'parent_not_visible';
    END IF;
  END IF;
  -- Linking a deal to a company or contact shows it to the deal's owner: only one they see, or a new one.
  IF m.tbl = 'deals' AND jsonb_typeof(cells -> 'company_id') = 'string'
     AND EXISTS (SELECT 1 FROM hub.rows WHERE tbl = 'companies' AND row_id = cells ->> 'company_id')
     AND NOT hub.row_visible(me, 'companies', cells ->> 'company_id') THEN
    RETURN 'link_not_visible';
  END IF;
  IF m.tbl = 'deals' AND jsonb_typeof(cells -> 'contact_id') = 'string'
     AND EXISTS (SELECT 1 FROM hub.rows WHERE tbl = 'contacts' AND row_id = cells ->> 'contact_id')
     AND NOT hub.row_visible(me, 'contacts', cells ->> 'contact_id') THEN
    RETURN 'link_not_visible';
  END IF;
  IF NOT known THEN
    IF m.tbl = 'deals' AND jsonb_typeof(cells -> 'owner_id') = 'string' AND NOT hub.owner_visible(me, cells ->> 'owner_id') THEN
      RETURN 'owner_not_visible';
    END IF;
    IF m.tbl = 'customers' AND NOT hub.row_visible(me, 'companies', m.row_id) THEN RETURN 'parent_not_visible'; END IF;
  END IF;
  RETURN NULL;
END $$;

-- Folds one message into hub.rows (each link last-writer-wins by HLC, as the devices merge it).
CREATE FUNCTION hub.track(m hub.messages) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
DECLARE
  cells jsonb := m.cells::jsonb;
  parent_col text := hub.parent_column(m.tbl);
BEGIN
  IF NOT hub.is_scoped(m.tbl) THEN RETURN; END IF;
  INSERT INTO hub.rows (tbl, row_id, created_by, scope_seq, parent_id)
  VALUES (m.tbl, m.row_id, m.pushed_by, m.seq, CASE WHEN m.tbl = 'customers' THEN m.row_id END)
  ON CONFLICT (tbl, row_id) DO NOTHING;
  IF parent_col IS NOT NULL AND cells ? parent_col THEN
    UPDATE hub.rows SET parent_hlc = m.hlc, parent_id = cells ->> parent_col,
      scope_seq = CASE WHEN parent_id IS DISTINCT FROM cells ->> parent_col THEN m.seq ELSE scope_seq END
    WHERE tbl = m.tbl AND row_id = m.row_id AND (parent_hlc IS NULL OR parent_hlc < m.hlc);
  END IF;
  IF cells ? 'owner_id' THEN
    UPDATE hub.rows SET owner_hlc = m.hlc, owner_id = cells ->> 'owner_id',
      scope_seq = CASE WHEN owner_id IS DISTINCT FROM cells ->> 'owner_id' THEN m.seq ELSE scope_seq END
    WHERE tbl = m.tbl AND row_id = m.row_id AND (owner_hlc IS NULL OR owner_hlc < m.hlc);
  END IF;
  IF m.tbl = 'deals' AND cells ? 'company_id' THEN
    UPDATE hub.rows SET company_hlc = m.hlc, company_id = cells ->> 'company_id',
      scope_seq = CASE WHEN company_id IS DISTINCT FROM cells ->> 'company_id' THEN m.seq ELSE scope_seq END
    WHERE tbl = m.tbl AND row_id = m.row_id AND (company_hlc IS NULL OR company_hlc < m.hlc);
  END IF;
  IF m.tbl = 'deals' AND cells ? 'contact_id' THEN
    UPDATE hub.rows SET contact_hlc = m.hlc, contact_id = cells ->> 'contact_id',
      scope_seq = CASE WHEN contact_id IS DISTINCT FROM cells ->> 'contact_id' THEN m.seq ELSE scope_seq END
    WHERE tbl = m.tbl AND row_id = m.row_id AND (contact_hlc IS NULL OR contact_hlc < m.hlc);
  END IF;
END $$;

-- Pushes are serialised: sequence numbers are handed out and committed in the same order, so a
-- puller that has seen seq N has seen every committed message below it (its cursor skips nothing).
CREATE FUNCTION hub.lock_push() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('voronka.hub.push'));
  RETURN NULL;
END $$;

CREATE FUNCTION hub.check_push() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, hub AS $$
DECLARE
  claimed text;
  refusal text;
BEGIN
  -- A re-push (the device never heard the commit): nothing to judge or record.
  IF EXISTS (SELECT 1 FROM hub.messages WHERE device = NEW.device AND hlc = NEW.hlc) THEN RETURN NULL; END IF;
  SELECT login INTO claimed FROM hub.devices WHERE device_id = NEW.device;
  IF claimed IS NULL THEN
    INSERT INTO hub.devices (device_id, login, last_push_at) VALUES (NEW.device, NEW.pushed_by, now());
    claimed := NEW.pushed_by;
  ELSIF claimed <> NEW.pushed_by THEN
    RAISE EXCEPTION 'voronka hub: device % pushes as %', NEW.device, claimed
      USING ERRCODE = 'insufficient_privilege', HINT = 'voronka:device_taken';
  END IF;
  refusal := hub.push_refusal(hub.member(NEW.pushed_by), NEW);
  IF refusal IS NOT NULL THEN
    RAISE EXCEPTION 'voronka hub: % may not change %/%', NEW.pushed_by, NEW.tbl, NEW.row_id
      USING ERRCODE = 'insufficient_privilege', HINT = 'voronka:' || refusal;
  END IF;
  UPDATE hub.devices SET last_push_at = now(), head_hlc = greatest(head_hlc, NEW.hlc) WHERE device_id = NEW.device;
  PERFORM hub.track(NEW);
  RETURN NEW;
END $$;

CREATE TRIGGER messages_lock BEFORE INSERT ON hub.messages FOR EACH STATEMENT EXECUTE FUNCTION hub.lock_push();
CREATE TRIGGER messages_check BEFORE INSERT ON hub.messages FOR EACH ROW EXECUTE FUNCTION hub.check_push();

ALTER TABLE hub.messages ENABLE ROW LEVEL SECURITY;
CREATE POLICY messages_pull ON hub.messages FOR SELECT USING (hub.visible(tbl, row_id));
CREATE POLICY messages_push ON hub.messages FOR INSERT WITH CHECK (pushed_by = current_user);

-- The newest committed sequence number: a pull reads up to it, whatever the caller may see.
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

-- Administration: the hub's owner, a superuser, or a member whose role is admin.
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

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA hub FROM PUBLIC;
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
`,
};
