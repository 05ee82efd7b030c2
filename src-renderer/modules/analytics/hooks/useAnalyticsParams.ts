import type { KpiPeriod } from '@shared/domain/kpi/KpiPeriod';
import { useCallback, useSyncExternalStore } from 'react';
import { joinHash, splitHash } from '../../../app/hashParams';
import { subscribeToHash } from '../../../app/subscribeToHash';
import { periodFromText } from '../utils/periodFromText';
import { periodText } from '../utils/periodText';

export type AnalyticsParams = {
  period: KpiPeriod | null;
  ownerId: string;
  /** A team (teams.list); '' = all. */
  teamId: string;
  pipelineId: string;
  sourceId: string;
  campaignId: string;
  /** A saved segment (segments.list); '' = none. */
  segmentId: string;
};

type Patch = Partial<Omit<AnalyticsParams, 'period'>> & { period?: KpiPeriod | null };

const KEYS = {
  ownerId: 'owner',
  teamId: 'team',
  pipelineId: 'pipeline',
  sourceId: 'source',
  campaignId: 'campaign',
  segmentId: 'segment',
} as const;

const snapshot = () => window.location.hash;

/**
 * The period and filters live in the URL (`#/analytics?period=2026-11&owner=…&source=…`): reload,
 * Back and a pasted link show the same figures.
 */
export const useAnalyticsParams = (): [AnalyticsParams, (patch: Patch) => void] => {
  const hash = useSyncExternalStore(subscribeToHash, snapshot);
  const { params } = splitHash(hash);
  const current: AnalyticsParams = {
    period: periodFromText(params.get('period')),
    ownerId: params.get(KEYS.ownerId) ?? '',
    teamId: params.get(KEYS.teamId) ?? '',
    pipelineId: params.get(KEYS.pipelineId) ?? '',
    sourceId: params.get(KEYS.sourceId) ?? '',
    campaignId: params.get(KEYS.campaignId) ?? '',
    segmentId: params.get(KEYS.segmentId) ?? '',
  };
  const update = useCallback((patch: Patch) => {
    const { path, params: next } = splitHash(window.location.hash);
    if (patch.period !== undefined) {
      if (patch.period === null) next.delete('period');
      else next.set('period', periodText(patch.period));
    }
    for (const [field, key] of Object.entries(KEYS) as [keyof typeof KEYS, string][]) {
      const value = patch[field];
      if (value === undefined) continue;
      if (value === '') next.delete(key);
      else next.set(key, value);
    }
    window.location.hash = joinHash(path, next);
  }, []);
  return [current, update];
};
