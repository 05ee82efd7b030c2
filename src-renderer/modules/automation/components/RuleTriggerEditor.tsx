import { RULE_DEAL_FIELDS, type RuleTrigger } from '@shared/contract/schemas/automation';
import { useTranslation } from 'react-i18next';
import type { RuleOption } from '../types/RuleOption';
import { newTrigger } from '../utils/newTrigger';
import { ruleOptionsOf } from '../utils/ruleOptionsOf';
import { RULE_TRIGGER_TYPES } from '../utils/ruleTriggerTypes';
import { triggerNumberOf } from '../utils/triggerNumberOf';
import { RuleNumberInput } from './RuleNumberInput';
import { RuleSelect } from './RuleSelect';

/** The rule's trigger: its type, then what that type takes (a stage, a field, a number of days or months). */
export const RuleTriggerEditor = ({
  trigger,
  stages,
  onChange,
}: {
  trigger: RuleTrigger;
  stages: readonly RuleOption[];
  onChange(trigger: RuleTrigger): void;
}) => {
  const { t } = useTranslation();
  const number = triggerNumberOf(trigger);
  return (
    <fieldset>
      <legend>{t('automation.editor.trigger')}</legend>
      <div className="rule-editor-row">
        <RuleSelect
          label={t('automation.editor.trigger')}
          value={trigger.type}
          options={ruleOptionsOf(RULE_TRIGGER_TYPES, (type) => t(`automation.editor.triggerType.${type}`))}
          onChange={(type) => onChange(newTrigger(type as RuleTrigger['type']))}
        />
        {trigger.type === 'stage_entered' || trigger.type === 'stage_left' ? (
          <RuleSelect
            label={t('automation.editor.stage')}
            value={trigger.stageId ?? ''}
            options={stages}
            blank={{ label: t('automation.summary.anyStage') }}
            onChange={(stageId) => onChange({ ...trigger, stageId: stageId || null })}
          />
        ) : null}
        {trigger.type === 'field_changed' ? (
          <RuleSelect
            label={t('automation.editor.field')}
            value={trigger.field}
            options={ruleOptionsOf(RULE_DEAL_FIELDS, (field) => t(`automation.fields.${field}`))}
            onChange={(field) => onChange({ ...trigger, field: field as typeof trigger.field })}
          />
        ) : null}
        {number ? (
          <RuleNumberInput
            label={number.field === 'days' ? t('automation.editor.days') : t('automation.editor.months')}
            min={number.min}
            max={number.max}
            value={number.value}
            // triggerNumberOf names a field this trigger type has.
            onChange={(text) => onChange({ ...trigger, [number.field]: Number(text) } as RuleTrigger)}
          />
        ) : null}
      </div>
    </fieldset>
  );
};
