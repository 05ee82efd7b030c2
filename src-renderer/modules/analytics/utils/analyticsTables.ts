import type { TableName } from '@shared/contract/tableNames';

/** The tables the figures read: a write to any of them refreshes the page. */
export const ANALYTICS_TABLES: readonly TableName[] = [
  'deals',
  'stage_transitions',
  'activities',
  'deal_checks',
  'users',
  'pipelines',
  'stages',
  'lead_sources',
  'campaigns',
  'customers',
  'nps_responses',
  'companies',
  // A saved segment's rules decide which deals count.
  'segments',
  // A team's users decide which deals and activities count.
  'teams',
];
