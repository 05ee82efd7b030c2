import type { DealKind, DealStatus } from '@shared/contract/schemas/deals';
import type {
  CustomFieldEntity,
  CustomFieldRequired,
  CustomFieldType,
} from '@shared/domain/customFields/customFieldKinds';
import type { OnboardingStep } from '@shared/contract/schemas/customers';
import type { FunnelStep } from '@shared/domain/funnelSteps';

/** Kysely table types, column for column as the migrations create them. */
type Timestamps = { created_at: number; updated_at: number; deleted_at: number | null };

export type MetaTable = { key: string; value: string };
export type SettingsTable = { key: string; value: string; updated_at: number };
/** One change-log message (m0059): its cells as a JSON object `{column: value}` in write order. */
export type ChangeMsgsTable = {
  seq: number;
  hlc: string;
  device_id: string;
  actor_id: string | null;
  tbl: string;
  row_id: string;
  at: number | null;
  cells: string;
};
/** The read-only view `change_log` (m0059): one row per cell, each with its message's stamp. */
export type ChangeLogTable = {
  hlc: string;
  device_id: string;
  actor_id: string | null;
  tbl: string;
  row_id: string;
  col: string;
  value: string | null;
  /** Wall time of the write, for display (the HLC orders); NULL before schema v5. */
  at: number | null;
};
export type UsersTable = Timestamps & {
  id: string;
  name: string;
  email: string | null;
  role: 'rep' | 'manager' | 'admin';
  manager_id: string | null;
  active: number;
  /** m0063: the user's team; null: in none. */
  team_id: string | null;
};
/** m0063: a named group of users; `lead_id` names a user (not a foreign key, see m0063). */
export type TeamsTable = Timestamps & {
  id: string;
  name: string;
  lead_id: string | null;
};
export type PipelinesTable = Timestamps & {
  id: string;
  name: string | null;
  default_key: string | null;
  position: string;
  archived_at: number | null;
  /** JSON array of deal custom field ids shown as chips on the board's cards (m0039); null: none. */
  card_field_ids: string | null;
};
export type StagesTable = Timestamps & {
  id: string;
  pipeline_id: string;
  name: string | null;
  default_key: string | null;
  funnel_step: FunnelStep;
  position: string;
  probability: number;
  rot_days: number | null;
  sla_hours: number | null;
  /** NULL: a seeded stage's standard text; '': none. */
  playbook: string | null;
  archived_at: number | null;
};
export type ControlPointsTable = Timestamps & {
  id: string;
  stage_id: string;
  label: string | null;
  default_key: string | null;
  required: number;
  position: string;
  archived_at: number | null;
};
export type LeadSourcesTable = Timestamps & {
  id: string;
  name: string | null;
  default_key: string | null;
  archived_at: number | null;
};
export type CampaignsTable = Timestamps & {
  id: string;
  name: string;
  source_id: string | null;
  starts_at: number | null;
  ends_at: number | null;
  channel: string | null;
  archived_at: number | null;
};
export type CampaignCostsTable = Timestamps & {
  id: string;
  campaign_id: string;
  period_start: number;
  period_end: number;
  amount_minor: number;
  currency: string;
  /** Unique visitors the week brought. */
  reach: number | null;
  impressions: number | null;
};
export type LossReasonsTable = Timestamps & {
  id: string;
  name: string | null;
  default_key: string | null;
  position: string;
  archived_at: number | null;
};
export type CompaniesTable = Timestamps & {
  id: string;
  name: string;
  inn: string | null;
  kpp: string | null;
  ogrn: string | null;
  industry: string | null;
  size: 'micro' | 'small' | 'medium' | 'large' | 'enterprise' | null;
  region: string | null;
  segment: string | null;
  website: string | null;
  domain: string | null;
  phone: string | null;
  phone_normalized: string | null;
  email: string | null;
  owner_id: string | null;
  notes: string | null;
  /** companyNameKey(name): what the duplicate warning compares; null when nothing distinctive is left. */
  name_key: string | null;
  /** m0006: foldText(name), derived in the write path: what tables sort and search names by. */
  sort_key: string | null;
  /** m0023: in minor units of the workspace currency. */
  annual_revenue_minor: number | null;
  /** m0023: the best fit over the approved ICP profiles (0..1), derived in the write path; null: none approved. */
  icp_fit: number | null;
  /** m0051: foldText(industry) and foldText(region), derived in the write path: what segments compare. */
  industry_key: string | null;
  region_key: string | null;
};
/** m0023. The list columns hold JSON arrays of text. */
export type IcpProfilesTable = Timestamps & {
  id: string;
  name: string;
  industries: string;
  size_min: 'micro' | 'small' | 'medium' | 'large' | 'enterprise' | null;
  size_max: 'micro' | 'small' | 'medium' | 'large' | 'enterprise' | null;
  regions: string;
  revenue_min_minor: number | null;
  revenue_max_minor: number | null;
  must_have: string;
  excluding: string;
  notes: string | null;
  status: 'draft' | 'approved';
  approved_by: string | null;
  approved_at: number | null;
};
export type ContactsTable = Timestamps & {
  id: string;
  company_id: string | null;
  name: string;
  job_title: string | null;
  role: 'decision_maker' | 'economic_buyer' | 'champion' | 'influencer' | 'user' | 'gatekeeper' | 'other' | null;
  persona: string | null;
  email: string | null;
  phone: string | null;
  phone_normalized: string | null;
  owner_id: string | null;
  notes: string | null;
  /** m0006: foldText(name), derived in the write path: what tables sort and search names by. */
  sort_key: string | null;
  /** m0040: when the person's personal data was erased (null: never). */
  erased_at: number | null;
};
export type DealsTable = Timestamps & {
  id: string;
  title: string;
  pipeline_id: string;
  stage_id: string;
  position: string;
  status: DealStatus;
  value_minor: number;
  currency: string;
  kind: DealKind;
  owner_id: string | null;
  company_id: string | null;
  contact_id: string | null;
  source_id: string | null;
  campaign_id: string | null;
  /** A calendar day, 'YYYY-MM-DD' (schema v7). */
  expected_close_on: string | null;
  stage_entered_at: number;
  won_at: number | null;
  lost_at: number | null;
  loss_reason_id: string | null;
  /** m0002: the note given with the loss reason. */
  loss_note: string | null;
  bant_budget: number | null;
  bant_authority: number | null;
  bant_need: number | null;
  bant_timing: number | null;
  bant_score: number | null;
  bant_budget_minor: number | null;
  bant_budget_confirmed: number | null;
  bant_authority_contact_id: string | null;
  bant_authority_role: string | null;
  bant_need_pain: string | null;
  bant_need_category: string | null;
  bant_timing_date: string | null;
  bant_timing_quarter: string | null;
  qualified_at: number | null;
  icp_fit: number | null;
  notes: string | null;
  created_by: string | null;
  /** m0006: foldText(title), derived in the write path: what the deals table sorts and searches. */
  title_key: string | null;
};
export type StageTransitionsTable = {
  id: string;
  deal_id: string;
  from_stage_id: string | null;
  to_stage_id: string;
  from_status: DealStatus | null;
  to_status: DealStatus;
  at: number;
  by_user_id: string | null;
};
export type DealChecksTable = Timestamps & {
  id: string;
  deal_id: string;
  control_point_id: string;
  checked: number;
  checked_by: string | null;
  checked_at: number | null;
};
export type ActivityType =
  'call' | 'email' | 'meeting' | 'demo' | 'presentation' | 'proposal' | 'nurture' | 'note' | 'task';
export type ActivitiesTable = Timestamps & {
  id: string;
  type: ActivityType;
  direction: 'outbound' | 'inbound' | null;
  outcome: 'reached' | 'no_answer' | 'busy' | 'wrong_number' | null;
  duration_sec: number | null;
  amount_minor: number | null;
  currency: string | null;
  file_ref: string | null;
  content_kind: 'case' | 'webinar' | 'article' | null;
  engagement: 'opened' | 'attended' | 'replied' | null;
  subject: string;
  body: string | null;
  deal_id: string | null;
  company_id: string | null;
  contact_id: string | null;
  owner_id: string | null;
  due_at: number | null;
  done_at: number | null;
  review_score: number | null;
  review_comment: string | null;
  reviewed_by: string | null;
  reviewed_at: number | null;
  /** m0024: the automation rule that created this task, if one did. */
  rule_id: string | null;
};
export type NpsResponsesTable = Timestamps & {
  id: string;
  company_id: string | null;
  contact_id: string | null;
  deal_id: string | null;
  score: number;
  comment: string | null;
  responded_at: number;
};
export type CustomersTable = Timestamps & {
  id: string;
  status: 'onboarding' | 'active' | 'churned';
  since_at: number;
  active_at: number | null;
  churned_at: number | null;
  churn_reason: string | null;
};
/** m0050: a buyer persona; `channels` is a JSON array of channel keys. */
export type PersonasTable = Timestamps & {
  id: string;
  name: string;
  role: string | null;
  goals: string | null;
  pains: string | null;
  objections: string | null;
  channels: string;
};
/** m0048: a named saved filter over companies and deals; `rules` is JSON (segmentRulesSchema). */
export type SegmentsTable = Timestamps & {
  id: string;
  name: string;
  rules: string;
  created_by: string | null;
};
/** m0047: one onboarding step of a customer; id `<customer id>:<step>`. */
export type CustomerOnboardingTable = Timestamps & {
  id: string;
  customer_id: string;
  step: OnboardingStep;
  done_at: number | null;
  done_by: string | null;
};

/** m0015: a custom field's definition. */
export type CustomFieldsTable = Timestamps & {
  id: string;
  entity: CustomFieldEntity;
  key: string;
  name_ru: string;
  name_en: string;
  type: CustomFieldType;
  /** Money fields: the currency a new value starts in. */
  currency: string | null;
  required: CustomFieldRequired;
  required_stage_id: string | null;
  position: string;
  archived_at: number | null;
};
export type CustomFieldOptionsTable = Timestamps & {
  id: string;
  field_id: string;
  label: string;
  colour: string;
  position: string;
  archived_at: number | null;
};
/** m0015: one value of one record's custom field; id is `<record_id>:<field_id>`. */
export type CustomValuesTable = Timestamps & {
  id: string;
  record_id: string;
  field_id: string;
  text_value: string | null;
  number_value: number | null;
  currency: string | null;
  /** foldText(text_value), derived in the write path. */
  text_key: string | null;
};

export type SavedViewList = 'deals' | 'companies' | 'contacts';
/** m0019: a named filter/sort/columns set of a records table. */
export type SavedViewsTable = Timestamps & {
  id: string;
  list: SavedViewList;
  name: string;
  owner_id: string | null;
  shared: number;
  /** The list's URL query (search, filters, sort, page size). */
  params: string;
  /** JSON: hidden column ids. */
  hidden_columns: string;
  /** JSON: column widths by id. */
  column_sizes: string;
};
/** m0019: a person's default view of a list; id `<user id or ->:<list>`. */
export type SavedViewDefaultsTable = Timestamps & {
  id: string;
  user_id: string | null;
  list: SavedViewList;
  view_id: string | null;
};

export type ImportsTable = {
  id: string;
  entity: 'users' | 'companies' | 'contacts' | 'deals';
  file_name: string;
  mapping: string;
  rows: number;
  created: number;
  updated: number;
  skipped: number;
  warnings: number;
  actor_id: string | null;
  created_at: number;
  undone_at: number | null;
};
/** A saved import mapping (m0017): its name, target and the mapping as JSON. */
export type ImportPresetsTable = {
  name: string;
  entity: 'users' | 'companies' | 'contacts' | 'deals';
  mapping: string;
  updated_at: number;
};

export type ImportChangesTable = {
  import_id: string;
  seq: number;
  tbl: string;
  row_id: string;
  action: 'created' | 'updated';
  /** JSON of the changed columns before the import (updates only). */
  before: string | null;
  /** JSON of the columns as the import wrote them (updates only). */
  after: string | null;
};

/** Merge bookkeeping (m0019), local to the device: see the migration. */
export type SyncParkedTable = { hlc: string; device_id: string; schema_version: number; message: string };
export type SyncPendingTable = { tbl: string; row_id: string; reason: string };
export type SyncReviewsTable = { tbl: string; row_id: string; rule: string; detail: string | null; flagged_at: number };
export type SyncPeersTable = {
  device_id: string;
  public_key: string | null;
  actor_name: string | null;
  version_vector: string | null;
  last_sync_at: number | null;
  clock_ahead_ms: number | null;
  clock_seen_at: number | null;
};

/** The version vector this device shows (m0020): every message of `device_id` up to `hlc` is held. */
export type SyncVectorTable = { device_id: string; hlc: string };
/** m0024: an automation rule; trigger, conditions and actions are JSON of the contract's shapes. */
export type AutomationRulesTable = Timestamps & {
  id: string;
  name: string;
  enabled: number;
  enabled_at: number | null;
  pipeline_id: string | null;
  trigger_type: string;
  trigger: string;
  conditions: string;
  actions: string;
  preset_key: string | null;
};
/** m0024: one run of a rule on one record (local to the device that ran it). */
export type AutomationRunsTable = {
  id: string;
  rule_id: string;
  record_id: string;
  occurrence: string;
  at: number;
  outcome: 'done' | 'skipped' | 'failed' | 'limited';
  detail: string;
  depth: number;
};
/** m0024: how far the schedule scan has looked, per rule (local). */
export type AutomationScansTable = { rule_id: string; scanned_to: number };
/** m0033: a task reminder delivered on this device (local): see the migration. */
export type ReminderDeliveriesTable = {
  task_id: string;
  due_at: number;
  user_id: string;
  delivered_at: number;
  snoozed_until: number | null;
  dismissed_at: number | null;
};
/** m0037: live done activities per owner ('' for none) and type, kept by triggers (local, derived). */
export type ActivityCountsTable = { owner_key: string; type: ActivityType; n: number };
/** m0068: done activities per UTC day, owner and type, kept by triggers (see the migration). */
export type KpiActivityDaysTable = { day: number; owner_key: string; type: ActivityType; n: number; stamp: number };
/** m0081: reports of closed periods, kept until a write could change them (see the migration). */
export type KpiPeriodReportsTable = { key: string; as_of: number; by_segment: number; report: string; stored_at: number };
/** m0038: the weekly report's schedule on this device (local, one row): see the migration. */
export type ReportScheduleTable = {
  id: number;
  enabled: number;
  weekday: number;
  time: string;
  formats: string;
  language: 'ru' | 'en';
  owner_id: string | null;
  pipeline_id: string | null;
  folder: string | null;
  armed_at: number;
  last_slot: number | null;
  last_run_at: number | null;
  last_run_trigger: 'schedule' | 'manual' | null;
  last_run_week: string | null;
  last_run_files: string | null;
  last_run_problem: string | null;
  last_run_detail: string | null;
};

/** m0052: synced e-mail templates; `{{deal.title}}`-style variables in subject and body. */
export type EmailTemplatesTable = Timestamps & {
  id: string;
  name: string;
  language: 'ru' | 'en';
  subject: string;
  body: string;
};
/** m0052: this device's SMTP account (local, one row); the password is never stored here. */
export type SmtpSettingsTable = {
  id: number;
  host: string;
  port: number;
  security: 'tls' | 'starttls' | 'none';
  username: string | null;
  from_address: string;
  from_name: string | null;
  updated_at: number;
};
export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'unknown' | 'cancelled';
/** m0053: the synced outbox; only `sender_device` sends a row. */
export type EmailOutboxTable = Timestamps & {
  id: string;
  deal_id: string | null;
  contact_id: string | null;
  template_id: string | null;
  rule_id: string | null;
  to_address: string;
  subject: string;
  body: string;
  status: OutboxStatus;
  sender_device: string;
  attempts: number;
  next_attempt_at: number | null;
  claimed_until: number | null;
  error_code: string | null;
  error_detail: string | null;
  sent_at: number | null;
  sent_via: 'smtp' | 'mail_app' | null;
  created_by: string | null;
};
/** m0058: the shared-folder transport's settings and state on this device (local, one row): see the migration. */
export type SyncFolderStateTable = {
  id: number;
  enabled: number;
  interval_s: number;
  folder: string | null;
  passphrase: string | null;
  last_run_at: number | null;
  last_run_problem: string | null;
  last_run_detail: string | null;
  last_run_written: number | null;
  last_run_applied: number | null;
  written_folder: string | null;
  written_seq: number;
  written_hlc: string | null;
};
/** m0058: peer segment files seen in the shared folder (local). */
export type SyncFolderSegmentsTable = {
  device_id: string;
  name: string;
  seq: number;
  size: number;
  mtime_ms: number;
  sha256: string | null;
  state: 'applied' | 'incomplete' | 'refused';
  reason: string | null;
  message_count: number | null;
  made_at: number | null;
  actor_name: string | null;
  seen_at: number;
};

export type Schema = {
  meta: MetaTable;
  settings: SettingsTable;
  change_log: ChangeLogTable;
  change_msgs: ChangeMsgsTable;
  users: UsersTable;
  teams: TeamsTable;
  pipelines: PipelinesTable;
  stages: StagesTable;
  control_points: ControlPointsTable;
  lead_sources: LeadSourcesTable;
  campaigns: CampaignsTable;
  campaign_costs: CampaignCostsTable;
  loss_reasons: LossReasonsTable;
  companies: CompaniesTable;
  icp_profiles: IcpProfilesTable;
  contacts: ContactsTable;
  deals: DealsTable;
  stage_transitions: StageTransitionsTable;
  deal_checks: DealChecksTable;
  activities: ActivitiesTable;
  nps_responses: NpsResponsesTable;
  customers: CustomersTable;
  customer_onboarding: CustomerOnboardingTable;
  segments: SegmentsTable;
  personas: PersonasTable;
  custom_fields: CustomFieldsTable;
  custom_field_options: CustomFieldOptionsTable;
  custom_values: CustomValuesTable;
  saved_views: SavedViewsTable;
  saved_view_defaults: SavedViewDefaultsTable;
  imports: ImportsTable;
  import_changes: ImportChangesTable;
  import_presets: ImportPresetsTable;
  sync_parked: SyncParkedTable;
  sync_pending: SyncPendingTable;
  sync_reviews: SyncReviewsTable;
  sync_peers: SyncPeersTable;
  sync_vector: SyncVectorTable;
  automation_rules: AutomationRulesTable;
  automation_runs: AutomationRunsTable;
  automation_scans: AutomationScansTable;
  reminder_deliveries: ReminderDeliveriesTable;
  activity_counts: ActivityCountsTable;
  kpi_activity_days: KpiActivityDaysTable;
  kpi_period_reports: KpiPeriodReportsTable;
  report_schedule: ReportScheduleTable;
  email_templates: EmailTemplatesTable;
  smtp_settings: SmtpSettingsTable;
  email_outbox: EmailOutboxTable;
  sync_folder_state: SyncFolderStateTable;
  sync_folder_segments: SyncFolderSegmentsTable;
};

/** Tables written only through the change log (synced); meta, settings and the log itself are local. */
export type SyncedTable = Exclude<
  keyof Schema,
  | 'meta'
  | 'settings'
  | 'change_log'
  | 'change_msgs'
  | 'imports'
  | 'import_changes'
  | 'import_presets'
  | 'sync_parked'
  | 'sync_pending'
  | 'sync_reviews'
  | 'sync_peers'
  | 'sync_vector'
  | 'automation_runs'
  | 'automation_scans'
  | 'reminder_deliveries'
  | 'activity_counts'
  | 'kpi_activity_days'
  | 'kpi_period_reports'
  | 'report_schedule'
  | 'smtp_settings'
  | 'sync_folder_state'
  | 'sync_folder_segments'
>;
