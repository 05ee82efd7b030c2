/**
 * Frozen, part of h0001_hub. The hub's tables: the group roles, the hub's identity, teams and
 * people, devices, the append-only message table, and `hub.rows` (what each synced row hangs off).
 */
export const h0001Tables = String.raw`
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

`;
