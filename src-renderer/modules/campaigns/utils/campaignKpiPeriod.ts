import type { Campaign } from '@shared/contract/schemas/campaigns';
import type { KpiPeriod } from '@shared/domain/kpi/KpiPeriod';
import { TZDate } from '@date-fns/tz';
import { endOfISOWeek, format } from 'date-fns';

export const CAMPAIGN_PAGE_PERIODS = ['campaign', 'week', 'month', 'quarter'] as const;
export type CampaignPagePeriod = (typeof CAMPAIGN_PAGE_PERIODS)[number];

/**
 * The KPI period the campaign page asks for: the current week, month or quarter in the workspace
 * zone, or the campaign's own days (its start, or creation, up to its end).
 */
export const campaignKpiPeriod = (
  choice: CampaignPagePeriod,
  campaign: Pick<Campaign, 'startsOn' | 'endsOn' | 'createdAt'>,
  now: number,
  timeZone: string,
): KpiPeriod => {
  const today = new TZDate(now, timeZone);
  switch (choice) {
    case 'week':
      return { kind: 'week', week: format(today, "RRRR-'W'II") };
    case 'month':
      return { kind: 'month', month: format(today, 'yyyy-MM') };
    case 'quarter':
      return { kind: 'quarter', quarter: format(today, "yyyy-'Q'q") };
    case 'campaign': {
      // Through its last day, or for an open-ended one through this week's Sunday: the current
      // week's cost entry then counts in full instead of pro rata up to today.
      const from = campaign.startsOn ?? format(new TZDate(campaign.createdAt, timeZone), 'yyyy-MM-dd');
      const to = campaign.endsOn ?? format(endOfISOWeek(today), 'yyyy-MM-dd');
      return { kind: 'custom', from, to: to < from ? from : to };
    }
  }
};
