/**
 * Columns the timeline does not list as field edits: stage, status and their times are told by
 * the transitions; the rest is bookkeeping.
 */
export const NOT_FIELD_EDITS = new Set([
  'id',
  'updated_at',
  'created_at',
  'created_by',
  'pipeline_id',
  'stage_id',
  'status',
  'position',
  'stage_entered_at',
  'won_at',
  'lost_at',
  // Qualifying shows as the move it makes; the time itself is bookkeeping.
  'qualified_at',
]);

/** Columns a new deal leaves NULL without logging them (set later by qualification and scoring). */
export const UNSET_AT_CREATION = new Set([
  'bant_budget',
  'bant_authority',
  'bant_need',
  'bant_timing',
  'bant_score',
  'bant_budget_minor',
  'bant_budget_confirmed',
  'bant_authority_contact_id',
  'bant_authority_role',
  'bant_need_pain',
  'bant_need_category',
  'bant_timing_date',
  'bant_timing_quarter',
  'qualified_at',
  'icp_fit',
]);
