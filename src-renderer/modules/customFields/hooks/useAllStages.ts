import type { Stage } from '@shared/contract/schemas/pipelines';
import { useEffect, useState } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { useTablesChanged } from '../../../platform/data/useTablesChanged';
import { useReportLoadError } from '../../../ui/toasts/useReportLoadError';

export type PipelineStages = { id: string; name: string | null; defaultKey: string | null; stages: Stage[] };

/** Every active pipeline with its active stages, for "required at a stage" pickers. */
export const useAllStages = (): PipelineStages[] | null => {
  const client = useClient();
  const reportError = useReportLoadError();
  const [version, setVersion] = useState(0);
  const [data, setData] = useState<PipelineStages[] | null>(null);
  useTablesChanged(['pipelines', 'stages'], () => setVersion((v) => v + 1));
  useEffect(() => {
    let live = true;
    (async () => {
      const pipelines = await client.call('pipelines.list', {});
      const withStages = await Promise.all(
        pipelines.map(async (pipeline) => ({
          id: pipeline.id,
          name: pipeline.name,
          defaultKey: pipeline.defaultKey,
          stages: await client.call('stages.list', { pipelineId: pipeline.id }),
        })),
      );
      if (live) setData(withStages);
    })().catch(reportError);
    return () => {
      live = false;
    };
  }, [client, reportError, version]);
  return data;
};
