import type { LeadRow } from '@shared/contract/schemas/leads';
import { leadSla } from '@shared/domain/leadSla';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../platform/useDateFormat';
import { formatDuration } from '../utils/formatDuration';

/**
 * The lead's response clock: time left (amber in the last hour), "overdue by" in red, or met in
 * green; the tooltip gives the deadline in the workspace's time zone.
 */
export const SlaCell = ({ lead, now }: { lead: LeadRow; now: number }) => {
  const { t } = useTranslation();
  const { instant } = useDateFormat();
  const sla = leadSla({ ...lead, now });
  if (sla.state === 'none' || sla.dueAt === null || sla.remainingMs === null) {
    return <span className="muted">{t('leads.sla.none')}</span>;
  }
  const due = t('leads.sla.due', { date: instant(sla.dueAt, 'dateTime'), hours: lead.slaHours });
  if (sla.state === 'met') {
    const metAt =
      lead.firstTouchAt === null ? '' : `\n${t('leads.sla.metAt', { date: instant(lead.firstTouchAt, 'dateTime') })}`;
    return (
      <span className="sla sla-met" title={`${due}${metAt}`} data-sla="met">
        {t('leads.sla.met')}
      </span>
    );
  }
  if (sla.state === 'breached') {
    const overrun = lead.firstTouchAt === null ? -sla.remainingMs : lead.firstTouchAt - sla.dueAt;
    const time = formatDuration(overrun, t);
    return (
      <span className="sla sla-breached" title={`${t('leads.sla.overdueTitle', { time })}\n${due}`} data-sla="breached">
        {t('leads.sla.overdue', { time })}
      </span>
    );
  }
  const soon = sla.remainingMs < 3_600_000;
  const time = formatDuration(sla.remainingMs, t);
  return (
    <span
      className={soon ? 'sla sla-soon' : 'sla sla-running'}
      title={`${t('leads.sla.leftTitle', { time })}\n${due}`}
      data-sla="running"
    >
      {t('leads.sla.left', { time })}
    </span>
  );
};
