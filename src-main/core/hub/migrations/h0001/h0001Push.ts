/**
 * Frozen, part of h0001_hub. What a push may do and what it records: the refusal rules, `hub.rows`
 * kept from each new message, pushes serialised (so a cursor skips nothing), and the message
 * table's policies.
 */
export const h0001Push = String.raw`/* Why member me may not push message m (null: it may), judged on the hub's state before it.
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

`;
