import type { Stage } from '@shared/contract/schemas/pipelines';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { useTablesChanged } from '../../../platform/data/useTablesChanged';
import { useReportError } from '../../../ui/toasts/useReportError';

/**
 * Open deals per stage, from `deals.list(limit 1).total` — enough for the preview; the board of
 * issue 4 will read columns with their own totals.
 */
export const useOpenDealCounts = (stages: readonly Stage[] | null): Record<string, number> | null => {
  const client = useClient();
  const reportError = useReportError();
  const [counts, setCounts] = useState<Record<string, number> | null>(null);
  const latest = useRef(0);
  const stageKey = (stages ?? []).map((stage) => `${stage.pipelineId}/${stage.id}`).join(',');

  const reload = useCallback(() => {
    if (!stageKey) return;
    const request = ++latest.current;
    const pairs = stageKey.split(',').map((pair) => pair.split('/') as [string, string]);
    Promise.all(
      pairs.map(([pipelineId, stageId]) =>
        client
          .call('deals.list', { pipelineId, stageId, status: 'open', limit: 1 })
          .then((page) => [stageId, page.total] as const),
      ),
    ).then((entries) => {
      if (request === latest.current) setCounts(Object.fromEntries(entries));
    }, reportError);
  }, [client, stageKey, reportError]);

  useEffect(reload, [reload]);
  useTablesChanged(['deals', 'stages'], reload);
  return counts;
};
