import type { HandlersOf } from '../../Handlers';
import { listRuns, listRules } from './automation.repo';
import { ruleSummary } from './ruleSummary';
import {
  createRule,
  deleteRule,
  enablePreset,
  listPresets,
  scanAutomation,
  setRuleEnabled,
  updateRule,
} from './automation.service';

type AutomationMethods =
  | 'automation.list'
  | 'automation.summarize'
  | 'automation.create'
  | 'automation.update'
  | 'automation.setEnabled'
  | 'automation.delete'
  | 'automation.presets'
  | 'automation.enablePreset'
  | 'automation.runs'
  | 'automation.scan';

export const automationHandlers: HandlersOf<AutomationMethods> = {
  'automation.list': (input, ctx) => {
    const summary = ruleSummary(ctx.db, input.language);
    return listRules(ctx.db).map((rule) => ({ ...rule, summary: summary(rule) }));
  },
  'automation.summarize': (input, ctx) => ({ text: ruleSummary(ctx.db, input.language)(input) }),
  'automation.create': (input, ctx) => createRule(ctx, input),
  'automation.update': (input, ctx) => updateRule(ctx, input),
  'automation.setEnabled': (input, ctx) => setRuleEnabled(ctx, input.id, input.enabled),
  'automation.delete': (input, ctx) => deleteRule(ctx, input.id),
  'automation.presets': (_input, ctx) => listPresets(ctx),
  'automation.enablePreset': (input, ctx) => enablePreset(ctx, input.key, input.language),
  'automation.runs': (input, ctx) => listRuns(ctx.db, input),
  'automation.scan': (_input, ctx) => scanAutomation(ctx),
};
