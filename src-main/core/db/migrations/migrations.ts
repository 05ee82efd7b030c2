import type { Migration } from '../Migration';
import { m0001_initial } from './m0001_initial';
import { m0002_deals_board } from './m0002_deals_board';
import { m0003_company_timeline_indexes } from './m0003_company_timeline_indexes';
import { m0004_company_name_key } from './m0004_company_name_key';
import { m0005_change_log_wall_time } from './m0005_change_log_wall_time';
import { m0006_search_keys } from './m0006_search_keys';
import { m0007_expected_close_date } from './m0007_expected_close_date';
import { m0008_phone_keys } from './m0008_phone_keys';
import { m0009_kpi_indexes } from './m0009_kpi_indexes';
import { m0010_activity_details } from './m0010_activity_details';
import { m0011_deal_open_tasks } from './m0011_deal_open_tasks';
import { m0012_campaign_details } from './m0012_campaign_details';
import { m0013_kpi_history_indexes } from './m0013_kpi_history_indexes';
import { m0014_import_log } from './m0014_import_log';
import { m0015_custom_fields } from './m0015_custom_fields';
import { m0016_bant_answers } from './m0016_bant_answers';
import { m0017_import_presets } from './m0017_import_presets';
import { m0018_activity_reviews } from './m0018_activity_reviews';
import { m0019_sync_state } from './m0019_sync_state';
import { m0020_sync_vector } from './m0020_sync_vector';
import { m0021_search_index } from './m0021_search_index';
import { m0022_saved_views } from './m0022_saved_views';
import { m0023_icp_profiles } from './m0023_icp_profiles';
import { m0024_automation } from './m0024_automation';
import { m0025_deal_contact_index } from './m0025_deal_contact_index';
import { m0032_stage_playbooks } from './m0032_stage_playbooks';
import { m0033_reminder_deliveries } from './m0033_reminder_deliveries';
import { m0034_owner_done_index } from './m0034_owner_done_index';
import { m0035_deal_contact_phone_search } from './m0035_deal_contact_phone_search';
import { m0036_activity_review_index } from './m0036_activity_review_index';
import { m0037_activity_counts } from './m0037_activity_counts';
import { m0038_report_schedule } from './m0038_report_schedule';
import { m0039_board_card_fields } from './m0039_board_card_fields';
import { m0040_contact_erasure } from './m0040_contact_erasure';
import { m0041_kpi_report_indexes } from './m0041_kpi_report_indexes';
import { m0042_activity_search } from './m0042_activity_search';
import { m0043_more_saved_view_lists } from './m0043_more_saved_view_lists';
import { m0044_open_deals_created_index } from './m0044_open_deals_created_index';
import { m0047_customer_onboarding } from './m0047_customer_onboarding';
import { m0048_segments } from './m0048_segments';
import { m0050_personas } from './m0050_personas';
import { m0051_company_facet_keys } from './m0051_company_facet_keys';
import { m0052_email_templates } from './m0052_email_templates';
import { m0053_email_outbox } from './m0053_email_outbox';
import { m0054_sync_conflicts } from './m0054_sync_conflicts';
import { m0055_sync_transport_log } from './m0055_sync_transport_log';
import { m0056_import_calls_leads } from './m0056_import_calls_leads';
import { m0057_hub_cursor } from './m0057_hub_cursor';
import { m0058_sync_folder } from './m0058_sync_folder';
import { m0059_compact_change_log } from './m0059_compact_change_log';
import { m0072_packed_change_log } from './m0072_packed_change_log';
import { m0061_hub_settings } from './m0061_hub_settings';
import { m0063_teams } from './m0063_teams';
import { m0065_deal_status_ids_index } from './m0065_deal_status_ids_index';
import { m0067_automation_rules_version } from './m0067_automation_rules_version';
import { m0068_kpi_activity_days } from './m0068_kpi_activity_days';
import { m0074_hub_sweep } from './m0074_hub_sweep';
import { m0079_hub_pull_received } from './m0079_hub_pull_received';
import { m0080_sync_conflicts_per_unit } from './m0080_sync_conflicts_per_unit';
import { m0081_kpi_period_reports } from './m0081_kpi_period_reports';

/** Static, ordered list: the schema version is the last entry's version. */
export const migrations: readonly Migration[] = [
  m0001_initial,
  m0002_deals_board,
  m0003_company_timeline_indexes,
  m0004_company_name_key,
  m0005_change_log_wall_time,
  m0006_search_keys,
  m0007_expected_close_date,
  m0008_phone_keys,
  m0009_kpi_indexes,
  m0010_activity_details,
  m0011_deal_open_tasks,
  m0012_campaign_details,
  m0013_kpi_history_indexes,
  m0014_import_log,
  m0015_custom_fields,
  m0016_bant_answers,
  m0017_import_presets,
  m0018_activity_reviews,
  m0019_sync_state,
  m0020_sync_vector,
  m0021_search_index,
  m0022_saved_views,
  m0023_icp_profiles,
  m0024_automation,
  m0025_deal_contact_index,
  m0032_stage_playbooks,
  m0033_reminder_deliveries,
  m0034_owner_done_index,
  m0035_deal_contact_phone_search,
  m0036_activity_review_index,
  m0037_activity_counts,
  m0038_report_schedule,
  m0039_board_card_fields,
  m0040_contact_erasure,
  m0041_kpi_report_indexes,
  m0042_activity_search,
  m0043_more_saved_view_lists,
  m0044_open_deals_created_index,
  m0047_customer_onboarding,
  m0048_segments,
  m0050_personas,
  m0051_company_facet_keys,
  m0052_email_templates,
  m0053_email_outbox,
  m0054_sync_conflicts,
  m0055_sync_transport_log,
  m0056_import_calls_leads,
  m0057_hub_cursor,
  m0058_sync_folder,
  m0059_compact_change_log,
  m0061_hub_settings,
  m0063_teams,
  m0065_deal_status_ids_index,
  m0067_automation_rules_version,
  m0068_kpi_activity_days,
  m0072_packed_change_log,
  m0074_hub_sweep,
  m0079_hub_pull_received,
  m0080_sync_conflicts_per_unit,
  m0081_kpi_period_reports,
];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
