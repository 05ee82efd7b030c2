import type { RuleCondition } from '@shared/contract/schemas/automation';
import { useTranslation } from 'react-i18next';
import { RuleNumberInput } from './RuleNumberInput';

type ValueCondition = Extract<RuleCondition, { type: 'value' }>;

/** A deal value condition: a minimum and a maximum (typed in major units, either may be empty) and the currency. */
export const RuleValueCondition = ({
  condition,
  onChange,
}: {
  condition: ValueCondition;
  onChange(condition: ValueCondition): void;
}) => {
  const { t } = useTranslation();
  const labels = { min: t('automation.editor.min'), max: t('automation.editor.max') };
  return (
    <>
      {(['min', 'max'] as const).map((bound) => {
        const minor = condition[bound];
        return (
          <RuleNumberInput
            key={bound}
            label={labels[bound]}
            placeholder={labels[bound]}
            min={0}
            value={minor === null ? '' : minor / 100}
            onChange={(text) =>
              onChange({ ...condition, [bound]: text === '' ? null : Math.round(Number(text) * 100) })
            }
          />
        );
      })}
      <input
        className="input rule-editor-number"
        aria-label={t('automation.editor.currency')}
        maxLength={3}
        value={condition.currency}
        onChange={(e) => onChange({ ...condition, currency: e.target.value.toUpperCase() })}
      />
    </>
  );
};
