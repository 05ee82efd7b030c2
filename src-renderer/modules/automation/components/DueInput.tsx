import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dueUnitOf } from '../utils/dueUnitOf';
import { DUE_UNITS } from '../utils/dueUnits';
import { ruleOptionsOf } from '../utils/ruleOptionsOf';
import { RuleNumberInput } from './RuleNumberInput';
import { RuleSelect } from './RuleSelect';

type Unit = keyof typeof DUE_UNITS;

/** A due offset typed as a number of minutes, hours or days. */
export const DueInput = ({ minutes, onChange }: { minutes: number; onChange(minutes: number): void }) => {
  const { t } = useTranslation();
  const [unit, setUnit] = useState<Unit>(dueUnitOf(minutes));
  return (
    <>
      <RuleNumberInput
        label={t('automation.editor.dueIn')}
        min={0}
        value={minutes / DUE_UNITS[unit]}
        onChange={(text) => onChange(Math.max(0, Math.round(Number(text) * DUE_UNITS[unit])))}
      />
      <RuleSelect
        label={t('automation.editor.dueIn')}
        value={unit}
        options={ruleOptionsOf(Object.keys(DUE_UNITS) as Unit[], (key) => t(`automation.editor.dueUnit.${key}`))}
        onChange={(next) => setUnit(next as Unit)}
      />
    </>
  );
};
