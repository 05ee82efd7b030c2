import { WEEK_PATTERN } from '@shared/domain/kpi/KpiPeriod';
import { useCallback, useSyncExternalStore } from 'react';
import { joinHash, splitHash } from '../../../app/hashParams';
import { subscribeToHash } from '../../../app/subscribeToHash';

export type ReportParams = { week: string | null; ownerId: string; teamId: string; pipelineId: string };

const snapshot = () => window.location.hash;

/** The report's week and filters live in the URL (`#/reports?week=2026-W48&owner=…`): Back and reload keep them. */
export const useReportParams = (): [ReportParams, (patch: Partial<ReportParams>) => void] => {
  const hash = useSyncExternalStore(subscribeToHash, snapshot);
  const { params } = splitHash(hash);
  const week = params.get('week');
  const current: ReportParams = {
    week: week && WEEK_PATTERN.test(week) ? week : null,
    ownerId: params.get('owner') ?? '',
    teamId: params.get('team') ?? '',
    pipelineId: params.get('pipeline') ?? '',
  };
  const update = useCallback((patch: Partial<ReportParams>) => {
    const { path, params: next } = splitHash(window.location.hash);
    const entries: [string, string | null | undefined][] = [
      ['week', patch.week],
      ['owner', patch.ownerId],
      ['team', patch.teamId],
      ['pipeline', patch.pipelineId],
    ];
    for (const [key, value] of entries) {
      if (value === undefined) continue;
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    window.location.hash = joinHash(path, next);
  }, []);
  return [current, update];
};
