import type { Translate } from '@shared/i18n/Translate';
import { type IssueLike, translateIssue } from '../../../ui/form/translateIssue';

/** The editor's label (automation.editor.<key>) of each field a trigger, condition or action has. */
const FIELD_LABELS: Record<string, string> = {
  name: 'name',
  pipelineId: 'scope',
  stageId: 'stage',
  field: 'field',
  days: 'days',
  months: 'months',
  ids: 'value',
  op: 'op',
  value: 'value',
  min: 'min',
  max: 'max',
  currency: 'currency',
  taskType: 'taskType',
  subject: 'subject',
  dueInMinutes: 'dueIn',
  assignee: 'assignee',
  userIds: 'user',
  message: 'message',
  kind: 'kind',
  titlePrefix: 'titlePrefix',
  templateId: 'template',
};

/** "Действие 1", "Условие 2", "Когда": the part of the rule a path points into. */
const partOf = (path: readonly PropertyKey[], t: Translate): string | null => {
  const [part, index] = path;
  if (part === 'trigger') return t('automation.editor.trigger');
  if (typeof index !== 'number') return null;
  if (part === 'actions') return `${t('automation.editor.actionType')} ${index + 1}`;
  if (part === 'conditions') return `${t('automation.editor.conditionType')} ${index + 1}`;
  return null;
};

/**
 * What is missing or wrong in a rule being written, in words a manager reads: "Действие 1 · Тема:
 * Обязательное поле", or "Добавьте хотя бы одно действие" — never the schema's path.
 */
export const ruleIssueText = (issue: IssueLike, t: Translate): string => {
  const path = typeof issue.path === 'string' ? issue.path.split('.') : issue.path;
  if (path.length === 1 && path[0] === 'actions' && issue.code === 'too_small') return t('automation.editor.noActions');
  const labelKey = FIELD_LABELS[String(path.at(-1))];
  const where = [partOf(path, t), labelKey ? t(`automation.editor.${labelKey}`) : null].filter(Boolean).join(' · ');
  // An empty pick list (stages, owners, sources…): "too small" says nothing to a manager.
  const what =
    issue.code === 'too_small' && issue.origin === 'array'
      ? t('automation.editor.chooseOne')
      : translateIssue(issue, t);
  return where ? `${where}: ${what}` : what;
};
