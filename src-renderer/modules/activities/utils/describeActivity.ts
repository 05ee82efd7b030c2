import type { Activity } from '@shared/contract/schemas/activities';
import type { Language } from '@shared/contract/schemas/common';
import { formatMoney } from '@shared/i18n/formatMoney';
import type { Translate } from '@shared/i18n/Translate';

/** "Call · Discovery" and its details ("Outbound · Reached · 5 min"), in the UI language. */
export const describeActivity = (
  activity: Activity,
  t: Translate,
  language: Language,
): { title: string; details: string[] } => {
  const type = t(`activities.type.${activity.type}`);
  const title = activity.subject === '' ? type : `${type} · ${activity.subject}`;
  const details: string[] = [];
  if (activity.direction) details.push(t(`activities.direction.${activity.direction}`));
  if (activity.outcome) details.push(t(`activities.outcome.${activity.outcome}`));
  if (activity.durationSec !== null) {
    details.push(t('activities.line.duration', { minutes: Math.round(activity.durationSec / 60) }));
  }
  if (activity.amountMinor !== null && activity.currency) {
    details.push(
      t('activities.line.amount', { amount: formatMoney(activity.amountMinor, activity.currency, language) }),
    );
  }
  if (activity.fileRef) details.push(activity.fileRef);
  if (activity.contentKind) details.push(t(`activities.contentKind.${activity.contentKind}`));
  if (activity.engagement) details.push(t(`activities.engagement.${activity.engagement}`));
  return { title, details };
};
