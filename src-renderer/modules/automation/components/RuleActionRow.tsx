import type { RuleAction } from '@shared/contract/schemas/automation';
import { useTranslation } from 'react-i18next';
import type { RuleEditorOptions } from '../types/RuleEditorOptions';
import { newAction } from '../utils/newAction';
import { RULE_ACTION_TYPES } from '../utils/ruleActionTypes';
import { ruleOptionsOf } from '../utils/ruleOptionsOf';
import { RULE_TASK_TYPES } from '../utils/ruleTaskTypes';
import { DueInput } from './DueInput';
import { RuleAssigneeEditor } from './RuleAssigneeEditor';
import { RuleSelect } from './RuleSelect';
import { RuleTextInput } from './RuleTextInput';

/** One action: its type, then what it takes (a task, a message, who gets it, a template, a stage). */
export const RuleActionRow = ({
  action,
  options,
  onChange,
}: {
  action: RuleAction;
  options: RuleEditorOptions;
  onChange(action: RuleAction): void;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <RuleSelect
        label={t('automation.editor.actionType')}
        value={action.type}
        options={ruleOptionsOf(RULE_ACTION_TYPES, (type) => t(`automation.editor.actionTypes.${type}`))}
        onChange={(type) =>
          onChange(
            newAction(
              type as (typeof RULE_ACTION_TYPES)[number],
              options.stages[0]?.value ?? '',
              '',
              options.templates[0]?.value,
            ),
          )
        }
      />
      {action.type === 'create_task' ? (
        <>
          <RuleSelect
            label={t('automation.editor.taskType')}
            value={action.taskType}
            options={ruleOptionsOf(RULE_TASK_TYPES, (type) => t(`activities.type.${type}`))}
            onChange={(taskType) => onChange({ ...action, taskType: taskType as typeof action.taskType })}
          />
          <RuleTextInput
            label={t('automation.editor.subject')}
            maxLength={200}
            value={action.subject}
            onChange={(subject) => onChange({ ...action, subject })}
          />
          <DueInput minutes={action.dueInMinutes} onChange={(dueInMinutes) => onChange({ ...action, dueInMinutes })} />
        </>
      ) : null}
      {action.type === 'notify' ? (
        <RuleTextInput
          label={t('automation.editor.message')}
          maxLength={300}
          value={action.message}
          onChange={(message) => onChange({ ...action, message })}
        />
      ) : null}
      {action.type === 'create_task' || action.type === 'notify' || action.type === 'assign_owner' ? (
        <RuleAssigneeEditor action={action} options={options} onChange={onChange} />
      ) : null}
      {action.type === 'send_email' ? (
        options.templates.length === 0 ? (
          <span className="muted">{t('automation.editor.noTemplates')}</span>
        ) : (
          <RuleSelect
            label={t('automation.editor.template')}
            value={action.templateId}
            options={options.templates}
            onChange={(templateId) => onChange({ ...action, templateId })}
          />
        )
      ) : null}
      {action.type === 'move_stage' ? (
        <RuleSelect
          label={t('automation.editor.stage')}
          value={action.stageId}
          options={options.stages}
          onChange={(stageId) => onChange({ ...action, stageId })}
        />
      ) : null}
    </>
  );
};
