import {
  type GateStage,
  missingControlPoints,
  stagesToClearForEntry,
  stagesToClearForWin,
} from '@shared/domain/gateRules';
import type { ControlPoint } from '@shared/contract/schemas/controlPoints';
import type { ChangeWriter } from '../changes/ChangeWriter';
import type { Db } from '../db/Db';
import { prepare } from '../db/sql';
import { checkedControlPointIds, listPipelineControlPoints } from '../modules/controlPoints/controlPoints.repo';
import { listStages } from '../modules/pipelines/pipelines.repo';

/** The rule a merged deal is checked against: the gate its stage or win needs (gateRules.ts). */
export const GATE_REVIEW_RULE = 'gate';

type DealState = { id: string; pipeline_id: string; stage_id: string; status: string; deleted_at: number | null };

/**
 * Flags deals whose merged state the gate forbids: open in a stage, or won, with a required
 * item before it unticked. Each side kept the rule when it acted (one moved the deal while the
 * other had the item ticked, then unticked it); only the merge made the pair, so it is kept as
 * merged and shown for review, and the flag goes once the deal satisfies the gate again.
 */
export const reviewMergedDeals = (db: Db, dealIds: Iterable<string>, now: number): number => {
  const pipelines = new Map<string, { stages: GateStage[]; points: ControlPoint[] }>();
  const pipeline = (id: string) => {
    let found = pipelines.get(id);
    if (!found) {
      const stages = listStages(db, id, true).map((stage) => ({
        id: stage.id,
        position: stage.position,
        funnelStep: stage.funnelStep,
        archived: stage.archivedAt !== null,
      }));
      pipelines.set(id, (found = { stages, points: listPipelineControlPoints(db, id, false) }));
    }
    return found;
  };
  let flagged = 0;
  // No deal flagged yet (a first import's): nothing to unflag, no DELETE per deal.
  const mayHoldFlags = prepare(db, "SELECT 1 FROM sync_reviews WHERE tbl = 'deals' LIMIT 1").get() !== undefined;
  for (const id of dealIds) {
    const deal = prepare(db, 'SELECT id, pipeline_id, stage_id, status, deleted_at FROM deals WHERE id = ?').get(id) as
      DealState | undefined;
    if (!deal) continue;
    let missing: ControlPoint[] = [];
    if (deal.deleted_at === null && deal.status !== 'lost') {
      const { stages, points } = pipeline(deal.pipeline_id);
      const toClear =
        deal.status === 'won'
          ? stagesToClearForWin(stages, deal.stage_id)
          : stagesToClearForEntry(stages, deal.stage_id);
      if (toClear.length > 0) missing = missingControlPoints(points, toClear, checkedControlPointIds(db, deal.id));
    }
    if (missing.length === 0) {
      if (!mayHoldFlags) continue;
      prepare(db, 'DELETE FROM sync_reviews WHERE tbl = ? AND row_id = ? AND rule = ?').run(
        'deals',
        id,
        GATE_REVIEW_RULE,
      );
      continue;
    }
    prepare(
      db,
      `INSERT INTO sync_reviews (tbl, row_id, rule, detail, flagged_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (tbl, row_id, rule) DO UPDATE SET detail = excluded.detail`,
    ).run('deals', id, GATE_REVIEW_RULE, JSON.stringify(missing.map((point) => point.id)), now);
    flagged += 1;
  }
  return flagged;
};

/**
 * Called by the one write path before it commits: a local write that changed deals or their
 * ticks checks the flagged deals again, so the flag goes as soon as the person acts on it (ticks
 * the item, moves the deal back, loses it) rather than with the next merge. Only flagged deals
 * are checked: a local action obeys the gate when it is made and never raises a flag. Views of
 * the flags follow `deals` and `deal_checks`, which such a write touched.
 */
export const reviewFlaggedDealsAfterWrite = (db: Db, writer: ChangeWriter, now: number): void => {
  if (!writer.touched.has('deals') && !writer.touched.has('deal_checks')) return;
  const flagged = prepare(db, "SELECT row_id FROM sync_reviews WHERE tbl = 'deals'").pluck().all() as string[];
  if (flagged.length === 0) return;
  reviewMergedDeals(db, flagged, now);
};
