import type Database from 'better-sqlite3';

/** One period's headline figures as plain SQL aggregates: what a hand-written report would run. */
export type RawKpiFigures = {
  created: unknown[];
  enteredPerStep: unknown[];
  won: unknown[];
  lostPerReason: unknown[];
  openPerStage: unknown[];
  activitiesPerOwner: unknown[];
  firstTouches: unknown[];
  churn: unknown;
  nps: unknown;
};

export type RawKpiBaseline = (from: number, to: number) => RawKpiFigures;

/**
 * The raw-SQL baseline of the KPI report: the same figures (new deals, entered per funnel step,
 * won count and value, losses by reason, open pipeline, rep activity, first touches, churn, NPS)
 * straight from the current rows with GROUP BY, without the as-of reconstruction, the filters or
 * the engine's per-deal derivation. The app's ratio to it is the price of being reproducible.
 */
export const prepareRawKpiBaseline = (db: Database.Database): RawKpiBaseline => {
  const created = db.prepare(
    `SELECT currency, count(*) AS n, sum(value_minor) AS total FROM deals
      WHERE created_at >= ? AND created_at < ? AND deleted_at IS NULL GROUP BY currency`,
  );
  const enteredPerStep = db.prepare(
    `SELECT s.funnel_step, count(DISTINCT t.deal_id) AS n FROM stage_transitions t JOIN stages s ON s.id = t.to_stage_id
      WHERE t.at >= ? AND t.at < ? GROUP BY s.funnel_step`,
  );
  const won = db.prepare(
    `SELECT currency, count(*) AS n, sum(value_minor) AS total, avg(won_at - created_at) AS cycle FROM deals
      WHERE status = 'won' AND won_at >= ? AND won_at < ? AND deleted_at IS NULL GROUP BY currency`,
  );
  const lostPerReason = db.prepare(
    `SELECT d.loss_reason_id, t.from_stage_id, count(*) AS n, sum(d.value_minor) AS total
      FROM stage_transitions t JOIN deals d ON d.id = t.deal_id
      WHERE t.to_status = 'lost' AND t.at >= ? AND t.at < ? AND d.deleted_at IS NULL
      GROUP BY d.loss_reason_id, t.from_stage_id`,
  );
  const openPerStage = db.prepare(
    `SELECT stage_id, currency, count(*) AS n, sum(value_minor) AS total FROM deals
      WHERE status = 'open' AND deleted_at IS NULL GROUP BY stage_id, currency`,
  );
  const activitiesPerOwner = db.prepare(
    `SELECT owner_id, type, count(*) AS n FROM activities
      WHERE done_at >= ? AND done_at < ? AND deleted_at IS NULL GROUP BY owner_id, type`,
  );
  const firstTouches = db.prepare(
    `SELECT a.deal_id, min(a.done_at) - d.created_at AS speed FROM deals d JOIN activities a ON a.deal_id = d.id
      WHERE d.created_at >= ? AND d.created_at < ? AND d.deleted_at IS NULL AND a.deleted_at IS NULL
        AND a.done_at IS NOT NULL AND a.type IN ('call', 'email', 'meeting')
        AND (a.direction IS NULL OR a.direction = 'outbound')
      GROUP BY a.deal_id`,
  );
  const churn = db.prepare(
    `SELECT count(*) AS active, coalesce(sum(churned_at >= ? AND churned_at < ?), 0) AS churned FROM customers
      WHERE since_at < ? AND (churned_at IS NULL OR churned_at >= ?) AND deleted_at IS NULL`,
  );
  const nps = db.prepare(
    `SELECT coalesce(sum(score >= 9), 0) AS promoters, coalesce(sum(score <= 6), 0) AS detractors, count(*) AS n
      FROM nps_responses WHERE responded_at >= ? AND responded_at < ? AND deleted_at IS NULL`,
  );
  return (from, to) => ({
    created: created.all(from, to),
    enteredPerStep: enteredPerStep.all(from, to),
    won: won.all(from, to),
    lostPerReason: lostPerReason.all(from, to),
    openPerStage: openPerStage.all(),
    activitiesPerOwner: activitiesPerOwner.all(from, to),
    firstTouches: firstTouches.all(from, to),
    churn: churn.get(from, to, from, from),
    nps: nps.get(from, to),
  });
};
