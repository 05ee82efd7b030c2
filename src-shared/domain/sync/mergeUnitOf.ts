/**
 * Columns that change together merge as one unit under one stamp (DESIGN §7): the write path puts
 * the whole unit in any message that changes part of it, and a merge takes the whole unit from
 * the newest such message, so no merge yields a row that breaks a CHECK tying them (a deal won on
 * one laptop and lost on another ends either won or lost, never both halves).
 */
const UNITS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  deals: [
    ['status', 'won_at', 'lost_at', 'loss_reason_id', 'loss_note'],
    ['pipeline_id', 'stage_id', 'stage_entered_at'],
    ['value_minor', 'currency'],
  ],
  activities: [['review_score', 'review_comment', 'reviewed_by', 'reviewed_at']],
  customers: [['status', 'active_at', 'churned_at', 'churn_reason']],
  customer_onboarding: [['done_at', 'done_by']],
  // An approval is who and when together: a profile is never approved by one peer at another's time.
  icp_profiles: [['status', 'approved_by', 'approved_at']],
  custom_fields: [['required', 'required_stage_id']],
  custom_values: [['text_value', 'number_value', 'currency']],
  campaign_costs: [['period_start', 'period_end']],
  pipelines: [['name', 'default_key']],
  stages: [['name', 'default_key']],
  lead_sources: [['name', 'default_key']],
  loss_reasons: [['name', 'default_key']],
  control_points: [['label', 'default_key']],
};

const byColumn = new Map<string, readonly string[]>();
for (const [table, units] of Object.entries(UNITS)) {
  for (const unit of units) for (const column of unit) byColumn.set(`${table}.${column}`, unit);
}

/** The merge unit a column belongs to, or null for a column that merges on its own. */
export const mergeUnitOf = (table: string, column: string): readonly string[] | null =>
  byColumn.get(`${table}.${column}`) ?? null;
