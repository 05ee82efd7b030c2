import type { DealFacts } from '@shared/domain/automation/DealFacts';
import type { RowValues } from '../changes/ChangeWriter';

/** A deals row (as stored) in the shape rules test. */
export const toDealFacts = (row: RowValues): DealFacts => ({
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
  icpFit: row.icp_fit ?? null,
  notes: row.notes ?? null,
});
