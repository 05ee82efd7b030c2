import type { DealFacts } from '@shared/domain/automation/DealFacts';
import type { RowValues } from '../changes/ChangeWriter';
import type { Db } from '../db/Db';
import { prepare } from '../db/sql';

/** The fit of the deal's company: a deal has no fit of its own (deals.icp_fit is never written). */
const companyFit = (db: Db, companyId: unknown): number | null => {
  if (typeof companyId !== 'string') return null;
  const row = prepare(db, 'SELECT icp_fit FROM companies WHERE id = ?').get(companyId) as
    | { icp_fit: number | null }
    | undefined;
  return row?.icp_fit ?? null;
};

/** A deals row (as stored) in the shape rules test, with its company's ICP fit. */
export const toDealFacts = (db: Db, row: RowValues): DealFacts => ({
  id: String(row.id),
  title: row.title ?? null,
  pipelineId: row.pipeline_id ?? null,
  stageId: row.stage_id ?? null,
  status: row.status ?? null,
  valueMinor: row.value_minor ?? null,
  currency: row.currency ?? null,
  kind: row.kind ?? null,
  ownerId: row.owner_id ?? null,
  companyId: row.company_id ?? null,
  contactId: row.contact_id ?? null,
  sourceId: row.source_id ?? null,
  campaignId: row.campaign_id ?? null,
  expectedCloseOn: row.expected_close_on ?? null,
  lossReasonId: row.loss_reason_id ?? null,
  bantScore: row.bant_score ?? null,
  icpFit: companyFit(db, row.company_id),
  notes: row.notes ?? null,
});
