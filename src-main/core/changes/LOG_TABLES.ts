/**
 * Frozen, append-only (m0072): a change-log message's table is stored as its number in
 * `change_names`, and these tables have fixed numbers, their place here + 1 (so SQL and partial
 * indexes can name them: deals is 18). Tables added later get the next free number when first
 * logged. Reordering or removing an entry breaks every stored message.
 */
export const LOG_TABLES: readonly string[] = [
  'teams',
  'users',
  'icp_profiles',
  'personas',
  'email_templates',
  'pipelines',
  'automation_rules',
  'stages',
  'control_points',
  'lead_sources',
  'campaigns',
  'campaign_costs',
  'loss_reasons',
  'companies',
  'contacts',
  'custom_fields',
  'custom_field_options',
  'deals',
  'stage_transitions',
  'deal_checks',
  'activities',
  'email_outbox',
  'nps_responses',
  'customers',
  'customer_onboarding',
  'custom_values',
  'saved_views',
  'segments',
  'saved_view_defaults',
];
