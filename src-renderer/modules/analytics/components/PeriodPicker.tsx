import type { KpiPeriod } from '@shared/domain/kpi/KpiPeriod';
import { formatPeriodLabel, formatPeriodShortLabel } from '@shared/i18n/formatPeriodLabel';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../platform/useLanguage';
import { Icon } from '../../../ui/Icon';
import { Select } from '../../../ui/form/Select';
import { type PeriodKind, periodEnd, periodOfKind } from '../utils/periodOfKind';
import { periodText } from '../utils/periodText';
import { shiftPeriod } from '../utils/shiftPeriod';

const KINDS: PeriodKind[] = ['week', 'month', 'quarter', 'custom'];

type Props = { period: KpiPeriod; timeZone: string; onChange(period: KpiPeriod): void };

/**
 * The period by name. The year is in the dates just below, and the toolbar's five filters need
 * the room at 1280 px: «Неделя 48» is shown, «Неделя 48, 2026» is its title and what a screen
 * reader says.
 */
const PeriodLabel = ({ text }: { text: string }) => {
  const { t } = useTranslation();
  const language = useLanguage();
  const full = formatPeriodLabel(text, language, t);
  return (
    <span className="period-label" data-testid="analytics-period" data-period={text} title={full} aria-live="polite">
      <span aria-hidden="true">{formatPeriodShortLabel(text, language, t) ?? full}</span>
      <span className="visually-hidden">{full}</span>
    </span>
  );
};

/** Week, month, quarter (stepped back and forth) or a custom range of dates, in the workspace zone. */
export const PeriodPicker = ({ period, timeZone, onChange }: Props) => {
  const { t } = useTranslation();
  return (
    <div className="period-picker">
      <Select
        aria-label={t('analytics.periodKind')}
        value={period.kind}
        onChange={(event) =>
          onChange(periodOfKind(event.target.value as PeriodKind, periodEnd(period, timeZone), timeZone))
        }
      >
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`analytics.kinds.${kind}`)}
          </option>
        ))}
      </Select>
      <button
        type="button"
        className="icon-button"
        aria-label={t('analytics.previous')}
        title={t('analytics.previous')}
        onClick={() => onChange(shiftPeriod(period, -1, timeZone))}
      >
        <Icon name="chevronLeft" />
      </button>
      {period.kind === 'custom' ? (
        <span className="period-dates">
          <input
            type="date"
            className="input"
            aria-label={t('analytics.from')}
            value={period.from}
            max={period.to}
            onChange={(event) => event.target.value && onChange({ ...period, from: event.target.value })}
          />
          <span aria-hidden="true">–</span>
          <input
            type="date"
            className="input"
            aria-label={t('analytics.to')}
            value={period.to}
            min={period.from}
            onChange={(event) => event.target.value && onChange({ ...period, to: event.target.value })}
          />
        </span>
      ) : (
        <PeriodLabel text={periodText(period)} />
      )}
      <button
        type="button"
        className="icon-button"
        aria-label={t('analytics.next')}
        title={t('analytics.next')}
        onClick={() => onChange(shiftPeriod(period, 1, timeZone))}
      >
        <Icon name="chevronRight" />
      </button>
    </div>
  );
};
