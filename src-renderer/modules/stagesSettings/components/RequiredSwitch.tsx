import type { ControlPoint } from '@shared/contract/schemas/controlPoints';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Required or advisory, as a switch. It flips at once; the control point the core sends back
 * replaces the local state (and a refused change flips it back).
 */
export const RequiredSwitch = ({
  point,
  name,
  onChange,
}: {
  point: ControlPoint;
  name: string;
  onChange(required: boolean): Promise<string | null>;
}) => {
  const { t } = useTranslation();
  const [pending, setPending] = useState<{ source: ControlPoint; value: boolean } | null>(null);
  const checked = pending && pending.source === point ? pending.value : point.required;
  return (
    <label className="switch" title={t('stagesSettings.points.requiredHint')}>
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        aria-label={t('stagesSettings.points.requiredFor', { name })}
        onChange={(event) => {
          const value = event.target.checked;
          setPending({ source: point, value });
          void onChange(value).then((problem) => {
            if (problem) setPending(null);
          });
        }}
      />
      <span className="switch-track" aria-hidden="true" />
      <span className="switch-text">
        {checked ? t('stagesSettings.points.required') : t('stagesSettings.points.advisory')}
      </span>
    </label>
  );
};
