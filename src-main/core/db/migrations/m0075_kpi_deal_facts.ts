import type { Migration } from '../Migration';

/** A step's position in the funnel (FUNNEL_STEPS), NULL for a stage the KPI engine does not know. */
const STEP = `CASE s.funnel_step WHEN 'awareness' THEN 0 WHEN 'interest' THEN 1 WHEN 'consideration' THEN 2
  WHEN 'intent' THEN 3 WHEN 'purchase' THEN 4 WHEN 'retention' THEN 5 END`;

/** First time the deal stood in `step` or a later one: an open entry there, or a win (a win reaches purchase). */
const reach = (step: number) =>
  `min(CASE WHEN (to_status = 'open' AND step >= ${step}) OR (to_status = 'won' AND max(4, coalesce(step, 0)) >= ${step})
    THEN at END) AS reach${step}`;

/**
 * Rebuilds the stays and facts of the deals `dealIds` (a list or subquery) from their transitions,
 * as `deriveDealFacts` reads them (in `at, id` order; the stages known to the engine are those
 * of a pipeline that exists). No CTEs: SQLite refuses WITH inside a trigger. The facts are
 * replaced, not deleted first, so a subquery over the facts themselves still names its deals.
 */
const rebuild = (dealIds: string) => `
  DELETE FROM kpi_deal_stays WHERE deal_id IN (${dealIds});
  INSERT INTO kpi_deal_stays (deal_id, entered_at, transition_id, stage_id, exit_at, exit_stage_id, exit_status)
    SELECT deal_id, at, id, to_stage_id, exit_at, exit_stage_id, exit_status
      FROM (SELECT deal_id, at, id, to_stage_id, starts,
          lead(at) OVER (PARTITION BY deal_id ORDER BY at, id) AS exit_at,
          lead(to_stage_id) OVER (PARTITION BY deal_id ORDER BY at, id) AS exit_stage_id,
          lead(to_status) OVER (PARTITION BY deal_id ORDER BY at, id) AS exit_status
        FROM (SELECT deal_id, at, id, to_stage_id, to_status,
            to_status = 'open' AND (prev_status IS NOT 'open' OR prev_stage IS NOT to_stage_id) AS starts
          FROM (SELECT deal_id, at, id, to_stage_id, to_status,
              lag(to_status) OVER (PARTITION BY deal_id ORDER BY at, id) AS prev_status,
              lag(to_stage_id) OVER (PARTITION BY deal_id ORDER BY at, id) AS prev_stage
            FROM stage_transitions WHERE deal_id IN (${dealIds}))
          WHERE to_status <> 'open' OR prev_status IS NOT 'open' OR prev_stage IS NOT to_stage_id))
      WHERE starts;
  DELETE FROM kpi_deal_facts WHERE deal_id IN (${dealIds})
    AND NOT EXISTS (SELECT 1 FROM stage_transitions t WHERE t.deal_id = kpi_deal_facts.deal_id);
  INSERT OR REPLACE INTO kpi_deal_facts (deal_id, stamp, unresolved, created_stage_id, current_stage_id, close_status, close_at,
      close_stage_id, reach0, reach1, reach2, reach3, reach4, reach5)
    SELECT deal_id, max(at), sum(step IS NULL),
        max(CASE WHEN n_first = 1 THEN to_stage_id END), max(CASE WHEN n_last = 1 THEN to_stage_id END),
        max(CASE WHEN n_last = 1 AND to_status <> 'open' THEN to_status END),
        max(CASE WHEN n_last = 1 AND to_status <> 'open' THEN at END),
        max(CASE WHEN n_last = 1 AND to_status <> 'open' THEN to_stage_id END),
        ${[0, 1, 2, 3, 4, 5].map(reach).join(', ')}
      FROM (SELECT t.deal_id, t.at, t.to_stage_id, t.to_status, ${STEP} AS step,
          row_number() OVER (PARTITION BY t.deal_id ORDER BY t.at, t.id) AS n_first,
          row_number() OVER (PARTITION BY t.deal_id ORDER BY t.at DESC, t.id DESC) AS n_last
        FROM stage_transitions t
          LEFT JOIN stages s ON s.id = t.to_stage_id AND s.pipeline_id IN (SELECT id FROM pipelines)
        WHERE t.deal_id IN (${dealIds}))
      GROUP BY deal_id;`;

/** Deals with a transition into stage `stageId` (a scan: only on rare stage and pipeline edits). */
const dealsInto = (stageIds: string) => `SELECT deal_id FROM stage_transitions WHERE to_stage_id IN (${stageIds})`;

/** Deals with a transition into a stage the engine did not know when their facts were made. */
const UNRESOLVED = `SELECT deal_id FROM kpi_deal_facts WHERE unresolved > 0`;

/**
 * Frozen. Per-deal KPI facts derived from the stage transitions, so the KPI engine reads one row
 * per deal (and the stays left in its window) instead of every transition of every deal active in
 * the period: first reach per funnel step (skips and wins count as reaching, as in
 * `deriveDealFacts`), the closing (status, time, stage) when the last transition closed the deal,
 * the created and current stage; and one row per stay in a stage with how and when it ended
 * (`exit_status` 'open' for a move to `exit_stage_id`, whose direction the reader takes from the
 * stage order of the day). Derived local data, rebuilt per deal by triggers in the transaction of
 * every write (app, import and its undo, sync merge, hub drops, restore); never logged or synced.
 *
 * `stamp` is the deal's latest transition time: for an as-of time at or after it the deal's
 * transitions up to then are all of them, so the facts stand as of then; a deal with a later
 * transition is read from its transitions. `unresolved` counts transitions into a stage unknown
 * when the facts were made (a stage or pipeline a merge has not brought yet): a new stage or
 * pipeline rebuilds those deals; changing a stage's funnel step or pipeline rebuilds its deals.
 */
export const m0075_kpi_deal_facts: Migration = {
  version: 75,
  name: 'kpi_deal_facts',
  sql: `
CREATE TABLE kpi_deal_facts (
  deal_id TEXT PRIMARY KEY,
  stamp INTEGER NOT NULL,
  unresolved INTEGER NOT NULL,
  created_stage_id TEXT,
  current_stage_id TEXT,
  close_status TEXT,
  close_at INTEGER,
  close_stage_id TEXT,
  reach0 INTEGER,
  reach1 INTEGER,
  reach2 INTEGER,
  reach3 INTEGER,
  reach4 INTEGER,
  reach5 INTEGER
) STRICT, WITHOUT ROWID;
CREATE INDEX kpi_deal_facts_unresolved ON kpi_deal_facts (deal_id) WHERE unresolved > 0;

CREATE TABLE kpi_deal_stays (
  deal_id TEXT NOT NULL,
  entered_at INTEGER NOT NULL,
  transition_id TEXT NOT NULL,
  stage_id TEXT NOT NULL,
  exit_at INTEGER,
  exit_stage_id TEXT,
  exit_status TEXT,
  PRIMARY KEY (deal_id, entered_at, transition_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX kpi_deal_stays_exit ON kpi_deal_stays (exit_at, deal_id, stage_id, entered_at, exit_stage_id, exit_status)
  WHERE exit_at IS NOT NULL;

${rebuild('SELECT DISTINCT deal_id FROM stage_transitions')}

CREATE TRIGGER kpi_deal_facts_transition_insert AFTER INSERT ON stage_transitions
BEGIN ${rebuild('NEW.deal_id')}
END;

CREATE TRIGGER kpi_deal_facts_transition_delete AFTER DELETE ON stage_transitions
BEGIN ${rebuild('OLD.deal_id')}
END;

CREATE TRIGGER kpi_deal_facts_transition_update AFTER UPDATE ON stage_transitions
BEGIN ${rebuild('OLD.deal_id, NEW.deal_id')}
END;

CREATE TRIGGER kpi_deal_facts_stage_insert AFTER INSERT ON stages
  WHEN EXISTS (SELECT 1 FROM kpi_deal_facts WHERE unresolved > 0)
BEGIN ${rebuild(UNRESOLVED)}
END;

CREATE TRIGGER kpi_deal_facts_stage_update AFTER UPDATE OF funnel_step, pipeline_id ON stages
  WHEN OLD.funnel_step IS NOT NEW.funnel_step OR OLD.pipeline_id IS NOT NEW.pipeline_id
BEGIN ${rebuild(dealsInto('NEW.id'))}
END;

CREATE TRIGGER kpi_deal_facts_stage_delete AFTER DELETE ON stages
BEGIN ${rebuild(dealsInto('OLD.id'))}
END;

CREATE TRIGGER kpi_deal_facts_pipeline_insert AFTER INSERT ON pipelines
  WHEN EXISTS (SELECT 1 FROM kpi_deal_facts WHERE unresolved > 0)
BEGIN ${rebuild(UNRESOLVED)}
END;

CREATE TRIGGER kpi_deal_facts_pipeline_delete AFTER DELETE ON pipelines
BEGIN ${rebuild(dealsInto('SELECT id FROM stages WHERE pipeline_id = OLD.id'))}
END;
`,
};
