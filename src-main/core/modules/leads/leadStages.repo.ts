import type { Db } from '../../db/Db';
import { selectAll } from '../../db/sql';

export type LeadStage = {
  id: string;
  name: string | null;
  default_key: string | null;
  funnel_step: 'awareness' | 'interest';
  sla_hours: number | null;
};

/** The stages whose open deals are leads (a handful of rows: read first, then the deals by stage). */
export const leadStages = (
  db: Db,
  filter: { pipelineId?: string | undefined; step?: LeadStage['funnel_step'] | undefined },
): LeadStage[] => {
  let query = db.q
    .selectFrom('stages')
    .select(['id', 'name', 'default_key', 'funnel_step', 'sla_hours'])
    .where('deleted_at', 'is', null)
    .where('funnel_step', 'in', filter.step ? [filter.step] : ['awareness', 'interest']);
  if (filter.pipelineId) query = query.where('pipeline_id', '=', filter.pipelineId);
  return selectAll(db, query) as LeadStage[];
};
