import {
  type AutomationRule,
  PRESET_KEYS,
  type PresetKey,
  ruleCreateInputSchema,
  type ruleUpdateInputSchema,
} from '@shared/contract/schemas/automation';
import type { Language } from '@shared/contract/schemas/common';
import { presetEmailTemplate } from '@shared/domain/automation/presetEmailTemplate';
import { findTemplateRow } from '../email/emailTemplates.service';
import { presetRule } from '@shared/domain/automation/presetRule';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { scanTimeTriggers } from '../../automation/scanTimeTriggers';
import { toRule } from '../../automation/toRule';
import type { ChangeWriter } from '../../changes/ChangeWriter';
import { prepare } from '../../db/sql';
import type { HandlerContext } from '../../HandlerContext';
import { createTranslator } from '../../reports/createTranslator';
import { notFound } from '../pipelines/notFound';
import { getSettings } from '../settings/settings.service';
import { findRuleRow, listRules } from './automation.repo';
import { checkRuleReferences } from './checkRuleReferences';

type CreateInput = z.output<typeof ruleCreateInputSchema>;
type UpdateInput = z.output<typeof ruleUpdateInputSchema>;

const requireRule = (ctx: HandlerContext, id: string) => {
  const row = findRuleRow(ctx.db, id);
  if (!row) throw notFound('automationRule', id);
  return row;
};

const getRule = (ctx: HandlerContext, id: string): AutomationRule => toRule(requireRule(ctx, id));

/** The rule's parts as its columns (JSON of the validated contract shapes). */
const ruleColumns = (input: Omit<CreateInput, 'enabled'>) => ({
  name: input.name,
  pipeline_id: input.pipelineId,
  trigger_type: input.trigger.type,
  trigger: JSON.stringify(input.trigger),
  conditions: JSON.stringify(input.conditions),
  actions: JSON.stringify(input.actions),
});

const insertRule = (writer: ChangeWriter, now: number, input: CreateInput, presetKey: string | null): string => {
  const id = uuidv7();
  writer.insert('automation_rules', {
    id,
    ...ruleColumns(input),
    enabled: input.enabled ? 1 : 0,
    enabled_at: input.enabled ? now : null,
    preset_key: presetKey,
    created_at: now,
    updated_at: now,
    deleted_at: null,
  });
  return id;
};

export const createRule = (ctx: HandlerContext, input: CreateInput): AutomationRule => {
  checkRuleReferences(ctx.db, input);
  const id = ctx.write((writer, now) => insertRule(writer, now, input, null));
  return getRule(ctx, id);
};

/** A changed trigger starts its schedule scan afresh (the old watermark meant another trigger). */
export const updateRule = (ctx: HandlerContext, input: UpdateInput): AutomationRule => {
  checkRuleReferences(ctx.db, input);
  ctx.write((writer) => {
    const row = requireRule(ctx, input.id);
    const changed = writer.update('automation_rules', input.id, ruleColumns(input), row);
    if (changed.includes('trigger')) prepare(ctx.db, 'DELETE FROM automation_scans WHERE rule_id = ?').run(input.id);
  });
  return getRule(ctx, input.id);
};

/** Switching on stamps the time: date triggers never fire for dates before it. */
export const setRuleEnabled = (ctx: HandlerContext, id: string, enabled: boolean): AutomationRule => {
  ctx.write((writer, now) => {
    const row = requireRule(ctx, id);
    if ((row.enabled === 1) === enabled) return;
    writer.update('automation_rules', id, enabled ? { enabled: 1, enabled_at: now } : { enabled: 0 }, row);
  });
  return getRule(ctx, id);
};

export const deleteRule = (ctx: HandlerContext, id: string): AutomationRule => {
  const rule = getRule(ctx, id);
  ctx.write((writer, now) => {
    writer.update('automation_rules', id, { deleted_at: now, enabled: 0 });
  });
  return rule;
};

const presetRow = (ctx: HandlerContext, key: PresetKey) => listRules(ctx.db).find((rule) => rule.presetKey === key);

export const listPresets = (ctx: HandlerContext) =>
  PRESET_KEYS.map((key) => {
    const rule = presetRow(ctx, key);
    return { key, ruleId: rule?.id ?? null, enabled: rule?.enabled ?? false };
  });

/** The ready-made rule's template: made once (same id on every device); a deleted one comes back as written. */
const ensurePresetTemplate = (
  ctx: HandlerContext,
  writer: ChangeWriter,
  template: ReturnType<typeof presetEmailTemplate>,
  now: number,
): void => {
  const existing = findTemplateRow(ctx.db, template.id);
  if (!existing) {
    writer.insert('email_templates', { ...template, created_at: now, updated_at: now, deleted_at: null });
  } else if (existing.deleted_at !== null) {
    const { id: _id, ...text } = template;
    writer.update('email_templates', template.id, { ...text, deleted_at: null, updated_at: now }, existing);
  }
};

/**
 * One click: the ready-made rule is made (in the user's language, from the workspace's SLA) the
 * first time and switched on; later clicks switch the same rule on again, edits kept.
 */
export const enablePreset = (ctx: HandlerContext, key: PresetKey, language: Language): AutomationRule => {
  const existing = presetRow(ctx, key);
  if (existing) return setRuleEnabled(ctx, existing.id, true);
  const slaHoursOf = (stageId: string) =>
    (
      prepare(ctx.db, 'SELECT sla_hours FROM stages WHERE id = ?').get(stageId) as
        { sla_hours: number | null } | undefined
    )?.sla_hours ?? null;
  const t = createTranslator(language);
  const input = ruleCreateInputSchema.parse({ ...presetRule(key, t, slaHoursOf), enabled: true });
  const id = ctx.write((writer, now) => {
    if (key === 'thank_you_email') ensurePresetTemplate(ctx, writer, presetEmailTemplate(key, t, language), now);
    checkRuleReferences(ctx.db, input);
    return insertRule(writer, now, input, key);
  });
  return getRule(ctx, id);
};

/** The schedule scan as one write (the app's hosts call it at start and every minute). */
export const scanAutomation = (ctx: HandlerContext) => {
  const timeZone = getSettings(ctx.db)['workspace.timeZone'];
  const fired = ctx.write((writer, now) =>
    scanTimeTriggers({ db: ctx.db, writer, now, actorId: ctx.actorId() }, timeZone),
  );
  return { fired, scannedAt: ctx.clock.now() };
};
