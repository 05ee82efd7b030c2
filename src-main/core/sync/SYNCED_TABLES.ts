import type { SyncedTable } from '../db/schema';

/**
 * Every synced table, referenced tables before the tables that reference them: a merge writes
 * rows in this order, so a batch holding both a company and its deal writes the company first.
 */
export const SYNCED_TABLES: readonly SyncedTable[] = [
  // Before users (users.team_id); a team's lead is no foreign key (m0063), so nothing waits on users.
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
