import type { AutomationRule } from '@shared/contract/schemas/automation';
import type { AutomationRulesTable } from '../db/schema';

/** A stored rule as the contract carries it (its JSON parts were validated when it was saved). */
export const toRule = (row: AutomationRulesTable): AutomationRule => ({
  id: row.id,
  name: row.name,
  enabled: row.enabled === 1,
  enabledAt: row.enabled_at,
  pipelineId: row.pipeline_id,
  trigger: JSON.parse(row.trigger) as AutomationRule['trigger'],
  conditions: JSON.parse(row.conditions) as AutomationRule['conditions'],
  actions: JSON.parse(row.actions) as AutomationRule['actions'],
  presetKey: row.preset_key,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});
