import { z } from 'zod';
import { mutation, query } from '../procedure';
import {
  automationRuleSchema,
  presetEnableInputSchema,
  presetSchema,
  ruleCreateInputSchema,
  ruleEnableInputSchema,
  ruleIdInputSchema,
  ruleListInputSchema,
  ruleListItemSchema,
  ruleSummarizeInputSchema,
  ruleRunSchema,
  ruleRunsInputSchema,
  ruleUpdateInputSchema,
  scanResultSchema,
} from '../schemas/automation';
import { emptyInputSchema } from '../schemas/common';

/** Automation rules: trigger → conditions → actions, run in the core; their run log and the scan. */
export const automationProcedures = {
  'automation.list': query(ruleListInputSchema, z.array(ruleListItemSchema)),
  /** The editor's live "in plain words" line for a rule being written. */
  'automation.summarize': query(ruleSummarizeInputSchema, z.object({ text: z.string() })),
  'automation.create': mutation(ruleCreateInputSchema, automationRuleSchema, ['automation_rules']),
  'automation.update': mutation(ruleUpdateInputSchema, automationRuleSchema, ['automation_rules']),
  'automation.setEnabled': mutation(ruleEnableInputSchema, automationRuleSchema, ['automation_rules']),
  'automation.delete': mutation(ruleIdInputSchema, automationRuleSchema, ['automation_rules']),
  /** The ready-made rules and whether each is on. */
  'automation.presets': query(emptyInputSchema, z.array(presetSchema)),
  'automation.enablePreset': mutation(presetEnableInputSchema, automationRuleSchema, [
    'automation_rules',
    'email_templates',
  ]),
  'automation.runs': query(ruleRunsInputSchema, z.array(ruleRunSchema)),
  /** Time triggers due since the last scan (the hosts run it at start and every minute). */
  'automation.scan': mutation(emptyInputSchema, scanResultSchema, ['automation_runs']),
} as const;
