import type { PresetKey, RuleCreateInput } from '../../contract/schemas/automation';
import type { Translate } from '../../i18n/Translate';
import { DEFAULT_PIPELINE, DEFAULT_STAGES } from '../defaultWorkspace';
import { presetTemplateId } from './automationId';

const stage = (key: string): string => DEFAULT_STAGES.find((candidate) => candidate.key === key)?.id ?? '';
const HOUR = 60;
const DAY = 24 * HOUR;

/**
 * A ready-made rule from the seed's sales process, in the user's language, on the default
 * pipeline. `slaHoursOf` reads the stage's SLA as the workspace set it (the seed's 4 hours for a
 * new lead unless changed).
 */
export const presetRule = (
  key: PresetKey,
  t: Translate,
  slaHoursOf: (stageId: string) => number | null,
): RuleCreateInput => {
  const text = (path: string) => t(`automation.presets.${key}.${path}`);
  const base = { name: text('name'), pipelineId: DEFAULT_PIPELINE.id, conditions: [], enabled: false };
  switch (key) {
    case 'call_new_lead':
      return {
        ...base,
        trigger: { type: 'stage_entered', stageId: stage('new_lead') },
        actions: [
          {
            type: 'create_task',
            taskType: 'call',
            subject: text('subject'),
            dueInMinutes: (slaHoursOf(stage('new_lead')) ?? 4) * HOUR,
            assignee: 'owner',
            userIds: [],
          },
        ],
      };
    case 'proposal_follow_up':
      return {
        ...base,
        trigger: { type: 'stage_entered', stageId: stage('proposal') },
        actions: [
          {
            type: 'create_task',
            taskType: 'call',
            subject: text('subject'),
            dueInMinutes: 3 * DAY,
            assignee: 'owner',
            userIds: [],
          },
        ],
      };
    case 'onboarding':
      return {
        ...base,
        trigger: { type: 'deal_won' },
        actions: [
          {
            type: 'create_task',
            taskType: 'meeting',
            subject: text('subject'),
            dueInMinutes: DAY,
            assignee: 'owner',
            userIds: [],
          },
        ],
      };
    case 'renewal_deal':
      return {
        ...base,
        trigger: { type: 'after_win', months: 11 },
        actions: [
          { type: 'create_deal', kind: 'renewal', stageId: stage('new_lead'), titlePrefix: text('prefix') },
          {
            type: 'create_task',
            taskType: 'call',
            subject: text('subject'),
            dueInMinutes: 0,
            assignee: 'owner',
            userIds: [],
          },
        ],
      };
    case 'rotting_reminder':
      return {
        ...base,
        trigger: { type: 'deal_rotting' },
        actions: [{ type: 'notify', message: text('message'), assignee: 'owner', userIds: [] }],
      };
    case 'sla_breach_alert':
      return {
        ...base,
        trigger: { type: 'sla_breached' },
        actions: [{ type: 'notify', message: text('message'), assignee: 'manager', userIds: [] }],
      };
    // Retention rules run on the customer's latest won deal: its owner is the account manager.
    case 'detractor_follow_up':
      return {
        ...base,
        pipelineId: null,
        trigger: { type: 'nps_detractor' },
        actions: [
          {
            type: 'create_task',
            taskType: 'call',
            subject: text('subject'),
            dueInMinutes: DAY,
            assignee: 'owner',
            userIds: [],
          },
        ],
      };
    case 'quiet_customer':
      return {
        ...base,
        pipelineId: null,
        trigger: { type: 'no_contact', days: 30 },
        actions: [
          {
            type: 'create_task',
            taskType: 'call',
            subject: text('subject'),
            dueInMinutes: DAY,
            assignee: 'owner',
            userIds: [],
          },
        ],
      };
    case 'thank_you_email':
      // Its template (presetEmailTemplate) is made with the rule when the preset is switched on.
      return {
        ...base,
        trigger: { type: 'deal_won' },
        actions: [{ type: 'send_email', templateId: presetTemplateId(key) }],
      };
  }
};
