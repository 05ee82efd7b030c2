import type { AutomationRule } from '@shared/contract/schemas/automation';
import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';
import { notFound } from '../pipelines/notFound';

type RuleParts = Pick<AutomationRule, 'pipelineId' | 'trigger' | 'conditions' | 'actions'>;
type Reference = {
  entity: 'pipeline' | 'stage' | 'user' | 'leadSource' | 'campaign' | 'segment' | 'team' | 'emailTemplate';
  id: string;
};

const TABLES: Record<Reference['entity'], string> = {
  pipeline: 'pipelines',
  stage: 'stages',
  user: 'users',
  leadSource: 'lead_sources',
  campaign: 'campaigns',
  segment: 'segments',
  team: 'teams',
  emailTemplate: 'email_templates',
};

const referencesOf = (rule: RuleParts): Reference[] => {
  const refs: Reference[] = [];
  if (rule.pipelineId !== null) refs.push({ entity: 'pipeline', id: rule.pipelineId });
  if ((rule.trigger.type === 'stage_entered' || rule.trigger.type === 'stage_left') && rule.trigger.stageId !== null) {
    refs.push({ entity: 'stage', id: rule.trigger.stageId });
  }
  for (const condition of rule.conditions) {
    if (condition.type === 'pipeline') refs.push(...condition.ids.map((id) => ({ entity: 'pipeline' as const, id })));
    if (condition.type === 'stage') refs.push(...condition.ids.map((id) => ({ entity: 'stage' as const, id })));
    if (condition.type === 'source') refs.push(...condition.ids.map((id) => ({ entity: 'leadSource' as const, id })));
    if (condition.type === 'campaign') refs.push(...condition.ids.map((id) => ({ entity: 'campaign' as const, id })));
    if (condition.type === 'segment') refs.push(...condition.ids.map((id) => ({ entity: 'segment' as const, id })));
    if (condition.type === 'team') refs.push(...condition.ids.map((id) => ({ entity: 'team' as const, id })));
    if (condition.type === 'owner') {
      for (const id of condition.ids) if (id !== null) refs.push({ entity: 'user', id });
    }
  }
  for (const action of rule.actions) {
    if (action.type === 'move_stage' || action.type === 'create_deal')
      refs.push({ entity: 'stage', id: action.stageId });
    if (action.type === 'send_email') refs.push({ entity: 'emailTemplate', id: action.templateId });
    if ('userIds' in action) refs.push(...action.userIds.map((id) => ({ entity: 'user' as const, id })));
    if ('teamId' in action && action.teamId !== undefined) refs.push({ entity: 'team', id: action.teamId });
    if (action.type === 'set_field' && action.value !== null && action.value !== '') {
      if (action.field === 'sourceId') refs.push({ entity: 'leadSource', id: action.value });
      if (action.field === 'campaignId') refs.push({ entity: 'campaign', id: action.value });
    }
  }
  return refs;
};

/**
 * Everything a rule names must exist when it is saved (NOT_FOUND names the first that does not);
 * a stage scoped by the rule's pipeline must belong to it. A reference deleted later only makes
 * the runs say why they did nothing.
 */
export const checkRuleReferences = (db: Db, rule: RuleParts): void => {
  for (const ref of referencesOf(rule)) {
    const found = prepare(db, `SELECT 1 FROM ${TABLES[ref.entity]} WHERE id = ? AND deleted_at IS NULL`).get(ref.id);
    if (!found) throw notFound(ref.entity, ref.id);
  }
  const stageIds = [
    ...(rule.trigger.type === 'stage_entered' || rule.trigger.type === 'stage_left' ? [rule.trigger.stageId] : []),
    ...rule.actions.flatMap((action) => (action.type === 'move_stage' ? [action.stageId] : [])),
  ].filter((id): id is string => id !== null);
  if (rule.pipelineId === null) return;
  for (const id of stageIds) {
    const stage = prepare(db, 'SELECT pipeline_id FROM stages WHERE id = ?').get(id) as { pipeline_id: string };
    if (stage.pipeline_id !== rule.pipelineId) throw notFound('stage', id);
  }
};
