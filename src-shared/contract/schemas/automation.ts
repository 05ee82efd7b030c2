import { z } from 'zod';
import { activityTypeSchema } from './activities';
import { epochMsSchema, idSchema, languageSchema, minorUnitsSchema, nonEmptyTextSchema } from './common';
import { dealKindSchema } from './deals';

/** Triggers fired by a write, in the transaction of that write. */
export const WRITE_TRIGGER_TYPES = [
  'deal_created',
  'stage_entered',
  'stage_left',
  'deal_won',
  'deal_lost',
  'field_changed',
  'customer_churned',
  'nps_detractor',
] as const;
/** Triggers a schedule scan fires (and catches up after the app was closed). */
export const TIME_TRIGGER_TYPES = [
  'task_overdue',
  'sla_breached',
  'deal_rotting',
  'before_close',
  'after_win',
  'no_contact',
] as const;
/**
 * Triggers of a customer (retention) rather than a deal: the rule runs on the customer's latest won
 * deal, so its conditions and actions (a task, a notification, a renewal deal) work as on any deal.
 */
export const CUSTOMER_TRIGGER_TYPES = ['customer_churned', 'nps_detractor', 'no_contact'] as const;

/** Deal fields a condition can test and a `field_changed` trigger can watch. */
export const RULE_DEAL_FIELDS = [
  'title',
  'pipelineId',
  'stageId',
  'status',
  'valueMinor',
  'currency',
  'kind',
  'ownerId',
  'companyId',
  'contactId',
  'sourceId',
  'campaignId',
  'expectedCloseOn',
  'lossReasonId',
  'bantScore',
  'icpFit',
  'notes',
] as const;
export const ruleDealFieldSchema = z.enum(RULE_DEAL_FIELDS);
export type RuleDealField = z.infer<typeof ruleDealFieldSchema>;

/** Fields a `set_field` action may write (references and stage moves have their own actions). */
export const SETTABLE_FIELDS = ['kind', 'sourceId', 'campaignId', 'expectedCloseOn', 'notes'] as const;
export const settableFieldSchema = z.enum(SETTABLE_FIELDS);

const stageScope = idSchema.nullable();

export const ruleTriggerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('deal_created') }).strict(),
  /** stageId null: any stage. */
  z.object({ type: z.literal('stage_entered'), stageId: stageScope }).strict(),
  z.object({ type: z.literal('stage_left'), stageId: stageScope }).strict(),
  z.object({ type: z.literal('deal_won') }).strict(),
  z.object({ type: z.literal('deal_lost') }).strict(),
  z.object({ type: z.literal('field_changed'), field: ruleDealFieldSchema }).strict(),
  z.object({ type: z.literal('task_overdue') }).strict(),
  z.object({ type: z.literal('sla_breached') }).strict(),
  z.object({ type: z.literal('deal_rotting') }).strict(),
  z.object({ type: z.literal('before_close'), days: z.number().int().min(0).max(365) }).strict(),
  z.object({ type: z.literal('after_win'), months: z.number().int().min(1).max(60) }).strict(),
  z.object({ type: z.literal('customer_churned') }).strict(),
  /** An NPS answer of 0–6. */
  z.object({ type: z.literal('nps_detractor') }).strict(),
  /** A customer (onboarding or active) with no contact for this many days. */
  z.object({ type: z.literal('no_contact'), days: z.number().int().min(1).max(365) }).strict(),
]);
export type RuleTrigger = z.infer<typeof ruleTriggerSchema>;
export type RuleTriggerType = RuleTrigger['type'];

export const FIELD_OPERATORS = ['eq', 'neq', 'empty', 'not_empty', 'contains', 'gt', 'lt'] as const;

const idList = z.array(idSchema).min(1).max(100);

export const ruleConditionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pipeline'), ids: idList }).strict(),
  z.object({ type: z.literal('stage'), ids: idList }).strict(),
  /** null in the list: a deal nobody owns. */
  z.object({ type: z.literal('owner'), ids: z.array(idSchema.nullable()).min(1).max(100) }).strict(),
  z
    .object({
      type: z.literal('value'),
      min: minorUnitsSchema.nullable(),
      max: minorUnitsSchema.nullable(),
      currency: z.string().regex(/^[A-Z]{3}$/),
    })
    .strict()
    .refine((value) => value.min !== null || value.max !== null, {
      message: 'Set a minimum or a maximum',
      path: ['min'],
    })
    .refine((value) => value.min === null || value.max === null || value.min <= value.max, {
      message: 'The minimum is above the maximum',
      path: ['max'],
    }),
  z.object({ type: z.literal('source'), ids: idList }).strict(),
  z.object({ type: z.literal('campaign'), ids: idList }).strict(),
  /** The deal is in one of these saved segments (Settings → Segments), as they are defined now. */
  z.object({ type: z.literal('segment'), ids: idList }).strict(),
  /** The deal's owner is in one of these teams (Settings → Team), as they are now. */
  z.object({ type: z.literal('team'), ids: idList }).strict(),
  z
    .object({
      type: z.literal('field'),
      field: ruleDealFieldSchema,
      op: z.enum(FIELD_OPERATORS),
      value: z.union([z.string().max(500), z.number()]).nullable(),
    })
    .strict(),
]);
export type RuleCondition = z.infer<typeof ruleConditionSchema>;

/** Who a created task or a notification goes to. */
export const ASSIGNEES = ['owner', 'manager', 'round_robin', 'user'] as const;
const assigneeShape = {
  assignee: z.enum(ASSIGNEES),
  /** 'user': that user; 'round_robin': the pool (empty: every active rep, or the team's). */
  userIds: z.array(idSchema).max(100).default([]),
  /** 'round_robin' with no pool: in turn among this team's active reps (its active users if it has none). */
  teamId: idSchema.optional(),
};

export const MAX_DUE_MINUTES = 365 * 24 * 60;

export const ruleActionSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('create_task'),
      taskType: activityTypeSchema.exclude(['note']),
      subject: nonEmptyTextSchema(200),
      dueInMinutes: z.number().int().min(0).max(MAX_DUE_MINUTES),
      ...assigneeShape,
    })
    .strict(),
  z
    .object({
      type: z.literal('assign_owner'),
      assignee: z.enum(['round_robin', 'user']),
      userIds: assigneeShape.userIds,
      teamId: assigneeShape.teamId,
    })
    .strict(),
  z
    .object({ type: z.literal('set_field'), field: settableFieldSchema, value: z.string().max(2000).nullable() })
    .strict(),
  z.object({ type: z.literal('move_stage'), stageId: idSchema }).strict(),
  z.object({ type: z.literal('notify'), message: nonEmptyTextSchema(300), ...assigneeShape }).strict(),
  z
    .object({
      type: z.literal('create_deal'),
      kind: dealKindSchema.exclude(['new']),
      stageId: idSchema,
      /** The new deal's title: this before the won deal's title. */
      titlePrefix: nonEmptyTextSchema(60),
    })
    .strict(),
  /** Queues an e-mail template, filled for the deal, to the deal's contact (the outbox sends it). */
  z.object({ type: z.literal('send_email'), templateId: idSchema }).strict(),
]);
export type RuleAction = z.infer<typeof ruleActionSchema>;
export type RuleActionInput = z.input<typeof ruleActionSchema>;

export const ruleFieldsShape = {
  name: nonEmptyTextSchema(120),
  /** null: every pipeline. */
  pipelineId: idSchema.nullable(),
  trigger: ruleTriggerSchema,
  conditions: z.array(ruleConditionSchema).max(20),
  actions: z.array(ruleActionSchema).min(1).max(10),
};

export const automationRuleSchema = z.object({
  id: idSchema,
  ...ruleFieldsShape,
  enabled: z.boolean(),
  /** When it was last switched on: date triggers never fire for dates before it. */
  enabledAt: epochMsSchema.nullable(),
  /** The ready-made rule it came from, if any. */
  presetKey: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type AutomationRule = z.infer<typeof automationRuleSchema>;

export const ruleCreateInputSchema = z.object({ ...ruleFieldsShape, enabled: z.boolean().default(false) }).strict();
export type RuleCreateInput = z.input<typeof ruleCreateInputSchema>;
export const ruleUpdateInputSchema = z.object({ id: idSchema, ...ruleFieldsShape }).strict();
export const ruleEnableInputSchema = z.object({ id: idSchema, enabled: z.boolean() }).strict();
export const ruleIdInputSchema = z.object({ id: idSchema }).strict();

export const PRESET_KEYS = [
  'call_new_lead',
  'proposal_follow_up',
  'onboarding',
  'renewal_deal',
  'rotting_reminder',
  'sla_breach_alert',
  'detractor_follow_up',
  'quiet_customer',
  'thank_you_email',
] as const;
export const presetKeySchema = z.enum(PRESET_KEYS);
export type PresetKey = z.infer<typeof presetKeySchema>;
export const presetEnableInputSchema = z.object({ key: presetKeySchema, language: languageSchema }).strict();
export const presetSchema = z.object({
  key: presetKeySchema,
  /** The rule made from it, if one was (enabled or not). */
  ruleId: idSchema.nullable(),
  enabled: z.boolean(),
});

export const RUN_OUTCOMES = ['done', 'skipped', 'failed', 'limited'] as const;
export const ruleRunSchema = z.object({
  id: idSchema,
  ruleId: idSchema,
  ruleName: z.string().nullable(),
  /** The deal (or the task, for an overdue task) the rule ran on. */
  recordId: z.string(),
  recordTitle: z.string().nullable(),
  occurrence: z.string(),
  at: z.number(),
  outcome: z.enum(RUN_OUTCOMES),
  /** What each action did, or why nothing was done: a code with parameters the UI translates. */
  detail: z.array(
    z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])) }),
  ),
  depth: z.number().int(),
});
export type RuleRun = z.infer<typeof ruleRunSchema>;
export const ruleRunsInputSchema = z
  .object({
    ruleId: idSchema.optional(),
    recordId: z.string().optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export const scanResultSchema = z.object({ fired: z.number().int(), scannedAt: z.number() });

/** A rule as the Settings list shows it: with its plain-language summary in the asked language. */
export const ruleListItemSchema = automationRuleSchema.extend({ summary: z.string() });
export const ruleListInputSchema = z
  .object({ language: languageSchema.default('ru') })
  .strict()
  .default({ language: 'ru' });
export const ruleSummarizeInputSchema = z
  .object({
    language: languageSchema,
    trigger: ruleTriggerSchema,
    conditions: z.array(ruleConditionSchema).max(20),
    actions: z.array(ruleActionSchema).min(1).max(10),
  })
  .strict();
