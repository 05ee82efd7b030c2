import type { RuleAction, RuleCondition, RuleTrigger, AutomationRule } from '../../contract/schemas/automation';
import type { Language } from '../../contract/schemas/common';
import { formatMoney } from '../../i18n/formatMoney';
import type { Translate } from '../../i18n/Translate';

export type NameKind = 'stage' | 'pipeline' | 'user' | 'source' | 'campaign' | 'segment' | 'team' | 'template';
/** A name for an id as the user sees it; null for one that no longer exists. */
export type NameOf = (kind: NameKind, id: string) => string | null;

type Context = { t: Translate; nameOf: NameOf; language: Language };

const P = 'automation.summary';

const name = (c: Context, kind: NameKind, id: string | null): string =>
  id === null ? c.t('users.unassigned') : (c.nameOf(kind, id) ?? c.t(`${P}.unknown`));

const names = (c: Context, kind: NameKind, ids: readonly (string | null)[]): string =>
  ids.map((id) => name(c, kind, id)).join(', ');

const triggerText = (c: Context, trigger: RuleTrigger): string => {
  switch (trigger.type) {
    case 'stage_entered':
    case 'stage_left':
      return trigger.stageId === null
        ? c.t(`${P}.trigger.${trigger.type}_any`)
        : c.t(`${P}.trigger.${trigger.type}`, { stage: name(c, 'stage', trigger.stageId) });
    case 'field_changed':
      return c.t(`${P}.trigger.field_changed`, { field: c.t(`automation.fields.${trigger.field}`) });
    case 'before_close':
      return c.t(`${P}.trigger.before_close`, { days: c.t(`${P}.days`, { count: trigger.days }) });
    case 'after_win':
      return c.t(`${P}.trigger.after_win`, { months: c.t(`${P}.months`, { count: trigger.months }) });
    case 'no_contact':
      return c.t(`${P}.trigger.no_contact`, { days: c.t(`${P}.days`, { count: trigger.days }) });
    default:
      return c.t(`${P}.trigger.${trigger.type}`);
  }
};

const conditionText = (c: Context, condition: RuleCondition): string => {
  switch (condition.type) {
    case 'pipeline':
    case 'stage':
    case 'source':
    case 'campaign':
    case 'segment':
    case 'team':
      return c.t(`${P}.condition.${condition.type}`, { names: names(c, condition.type, condition.ids) });
    case 'owner':
      return c.t(`${P}.condition.owner`, { names: names(c, 'user', condition.ids) });
    case 'value': {
      const money = (minor: number | null) =>
        minor === null ? '' : formatMoney(minor, condition.currency, c.language);
      const key =
        condition.min !== null && condition.max !== null
          ? 'value_range'
          : condition.min !== null
            ? 'value_min'
            : 'value_max';
      return c.t(`${P}.condition.${key}`, { min: money(condition.min), max: money(condition.max) });
    }
    case 'field':
      return c.t(`${P}.condition.field.${condition.op}`, {
        field: c.t(`automation.fields.${condition.field}`),
        value: condition.value === null || condition.value === '' ? c.t(`${P}.empty`) : String(condition.value),
      });
  }
};

/** "due in 4 hours": the largest whole unit the offset is a multiple of. */
const dueText = (c: Context, minutes: number): string => {
  if (minutes === 0) return c.t(`${P}.due.now`);
  if (minutes % 1440 === 0) return c.t(`${P}.due.days`, { count: minutes / 1440 });
  if (minutes % 60 === 0) return c.t(`${P}.due.hours`, { count: minutes / 60 });
  return c.t(`${P}.due.minutes`, { count: minutes });
};

const assigneeText = (
  c: Context,
  action: { assignee: string; userIds: readonly string[]; teamId?: string | undefined },
): string => {
  if (action.assignee === 'user') return name(c, 'user', action.userIds[0] ?? null);
  if (action.assignee === 'round_robin' && action.userIds.length > 0) {
    return c.t(`${P}.assignee.round_robin_pool`, { names: names(c, 'user', action.userIds) });
  }
  if (action.assignee === 'round_robin' && action.teamId !== undefined) {
    return c.t(`${P}.assignee.round_robin_team`, { team: name(c, 'team', action.teamId) });
  }
  return c.t(`${P}.assignee.${action.assignee}`);
};

const actionText = (c: Context, action: RuleAction): string => {
  switch (action.type) {
    case 'create_task':
      return c.t(`${P}.action.create_task`, {
        taskType: c.t(`${P}.taskType.${action.taskType}`),
        subject: action.subject,
        assignee: assigneeText(c, action),
        due: dueText(c, action.dueInMinutes),
      });
    case 'assign_owner':
      return c.t(`${P}.action.assign_owner`, { assignee: assigneeText(c, action) });
    case 'set_field':
      return action.value === null || action.value === ''
        ? c.t(`${P}.action.set_field_empty`, { field: c.t(`automation.fields.${action.field}`) })
        : c.t(`${P}.action.set_field`, { field: c.t(`automation.fields.${action.field}`), value: action.value });
    case 'move_stage':
      return c.t(`${P}.action.move_stage`, { stage: name(c, 'stage', action.stageId) });
    case 'notify':
      return c.t(`${P}.action.notify`, { assignee: assigneeText(c, action), message: action.message });
    case 'create_deal':
      return c.t(`${P}.action.create_deal`, {
        prefix: action.titlePrefix,
        kind: c.t(`deal.kind.${action.kind}`).toLowerCase(),
        stage: name(c, 'stage', action.stageId),
      });
    case 'send_email':
      return c.t(`${P}.action.send_email`, { template: name(c, 'template', action.templateId) });
  }
};

/**
 * A rule in one plain sentence, as the editor and the rules list show it: "When a deal enters
 * Qualification, create a call task “Call” for its owner due in 4 hours."
 */
export const summarizeRule = (
  rule: Pick<AutomationRule, 'trigger' | 'conditions' | 'actions'>,
  t: Translate,
  nameOf: NameOf,
  language: Language,
): string => {
  const c: Context = { t, nameOf, language };
  const conditions =
    rule.conditions.length === 0
      ? ''
      : t(`${P}.conditionsJoin`, {
          list: rule.conditions.map((condition) => conditionText(c, condition)).join(` ${t(`${P}.and`)} `),
        });
  return t(`${P}.sentence`, {
    trigger: triggerText(c, rule.trigger),
    conditions,
    actions: rule.actions.map((action) => actionText(c, action)).join('; '),
  });
};
