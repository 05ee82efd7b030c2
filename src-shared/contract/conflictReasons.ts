/**
 * Why a CONFLICT was refused. The reason travels in `params.reason` and names the message the UI
 * shows (`conflictReasons.<reason>`), so "the stage is archived" does not read as "try again".
 */
export const CONFLICT_REASONS = [
  'busy',
  'stale_neighbour',
  'archived',
  'stage_archived',
  'pipeline_archived',
  'control_point_archived',
  'deal_not_open',
  'no_stages',
  'last_stage',
  'last_pipeline',
  'current_user',
  'archive_target_gated',
  'task_done',
  'not_a_task',
  'import_undone',
  'no_consideration_stage',
  'not_a_lead',
  'bant_incomplete',
  'not_reviewable',
  'review_not_done',
  'contact_erased',
  'not_a_customer',
  'customer_not_onboarding',
  'customer_churned',
  'customer_not_churned',
  'import_in_progress',
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

export const isConflictReason = (value: unknown): value is ConflictReason =>
  (CONFLICT_REASONS as readonly unknown[]).includes(value);
