/** Tables a mutation can invalidate; the renderer refetches views that read them. */
export const TABLE_NAMES = [
  'settings',
  'users',
  'teams',
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
  'customer_onboarding',
  'custom_fields',
  'custom_field_options',
  'custom_values',
  'saved_views',
  'segments',
  'saved_view_defaults',
  'icp_profiles',
  'personas',
  'automation_rules',
  'automation_runs',
  'reminder_deliveries',
  'report_schedule',
  'email_templates',
  'email_outbox',
  'smtp_settings',
  /** This device's sync bookkeeping (m0019, m0054, m0055): peers, exchanges and the conflict log. */
  'sync_peers',
  'sync_conflicts',
  /** The shared folder's settings and state on this device (sync_folder_state, sync_folder_segments). */
  'sync_folder',
  /** The team hub on this device: its URL, the runner's state, the refused changes (m0057, m0061). */
  'sync_hub',
  /** The search index caught up with the records a long write left for after its commit (searchBacklog). */
  'search_index',
] as const;

export type TableName = (typeof TABLE_NAMES)[number];
