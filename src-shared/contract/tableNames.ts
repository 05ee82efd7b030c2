/** Tables a mutation can invalidate; the renderer refetches views that read them. */
export const TABLE_NAMES = [
  'settings',
  'users',
  'pipelines',
  'stages',
  'control_points',
  'deal_checks',
  'companies',
  'contacts',
  'lead_sources',
  'campaigns',
  'campaign_costs',
  'loss_reasons',
  'deals',
  'stage_transitions',
  'activities',
  'nps_responses',
  'customers',
  'custom_fields',
  'custom_field_options',
  'custom_values',
  'saved_views',
  'saved_view_defaults',
  'icp_profiles',
] as const;

export type TableName = (typeof TABLE_NAMES)[number];
