import type { RuleCondition } from '@shared/contract/schemas/automation';
import { useTranslation } from 'react-i18next';
import type { RuleEditorOptions } from '../types/RuleEditorOptions';
import type { RuleOption } from '../types/RuleOption';
import { newCondition } from '../utils/newCondition';
import { RULE_CONDITION_TYPES } from '../utils/ruleConditionTypes';
import { ruleOptionsOf } from '../utils/ruleOptionsOf';
import { RuleSelect } from './RuleSelect';
import { RuleValueCondition } from './RuleValueCondition';

/** Nothing picked yet, and nothing to pick back to. */
const UNPICKED = { label: '—', disabled: true };

/** One condition: its type, then its stage, user, source, segment or team, or its value range. */
export const RuleConditionRow = ({
  condition,
  options,
  onChange,
}: {
  condition: RuleCondition;
  options: RuleEditorOptions;
  onChange(condition: RuleCondition): void;
}) => {
  const { t } = useTranslation();
  // The conditions that pick one record: the select's name, what it offers, its blank first option.
  const pickers: Partial<
    Record<RuleCondition['type'], { label: string; options: RuleOption[]; blank?: typeof UNPICKED }>
  > = {
    stage: { label: t('automation.editor.stage'), options: options.stages },
    owner: { label: t('automation.editor.user'), options: options.users },
    source: { label: t('automation.editor.conditionTypes.source'), options: options.sources, blank: UNPICKED },
    segment: { label: t('automation.editor.conditionTypes.segment'), options: options.segments, blank: UNPICKED },
    team: { label: t('automation.editor.conditionTypes.team'), options: options.teams, blank: UNPICKED },
  };
  const picker = pickers[condition.type];
  return (
    <>
      <RuleSelect
        label={t('automation.editor.conditionType')}
        value={condition.type}
        options={ruleOptionsOf(RULE_CONDITION_TYPES, (type) => t(`automation.editor.conditionTypes.${type}`))}
        onChange={(type) =>
          onChange(
            newCondition(
              type as (typeof RULE_CONDITION_TYPES)[number],
              options.stages[0]?.value ?? '',
              options.users[0]?.value ?? '',
            ),
          )
        }
      />
      {picker && 'ids' in condition ? (
        <RuleSelect
          label={picker.label}
          value={condition.ids[0] ?? ''}
          options={picker.options}
          blank={picker.blank}
          onChange={(id) => onChange({ ...condition, ids: [id] })}
        />
      ) : null}
      {condition.type === 'value' ? <RuleValueCondition condition={condition} onChange={onChange} /> : null}
    </>
  );
};
