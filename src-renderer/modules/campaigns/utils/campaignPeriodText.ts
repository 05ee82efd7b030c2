import type { Campaign } from '@shared/contract/schemas/campaigns';
import type { Language } from '@shared/contract/schemas/common';
import { formatCalendarDate } from '@shared/i18n/formatDates';
import type { Translate } from '@shared/i18n/Translate';

/** "1 Dec 2026 – 31 Dec 2026", "from …", "until …" or "No dates". */
export const campaignPeriodText = (
  campaign: Pick<Campaign, 'startsOn' | 'endsOn'>,
  t: Translate,
  language: Language,
): string => {
  const from = campaign.startsOn ? formatCalendarDate(campaign.startsOn, language) : null;
  const to = campaign.endsOn ? formatCalendarDate(campaign.endsOn, language) : null;
  if (from && to) return t('campaigns.period.range', { from, to });
  if (from) return t('campaigns.period.since', { from });
  if (to) return t('campaigns.period.until', { to });
  return t('campaigns.period.none');
};
