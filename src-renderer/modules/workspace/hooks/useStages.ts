import type { Stage } from '@shared/contract/schemas/pipelines';
import { useCallback, useEffect } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { useTablesChanged } from '../../../platform/data/useTablesChanged';
import { useReportLoadError } from '../../../ui/toasts/useReportLoadError';
import { useWorkspaceStore } from '../stores/workspaceStore';

/** Active stages of a pipeline in board order; null while loading (or without a pipeline). */
export const useStages = (pipelineId: string | null | undefined): Stage[] | null => {
  const client = useClient();
  // A read: with the core out of reach the banner says so, not a "changes not saved" toast.
  const reportError = useReportLoadError();
  const stages = useWorkspaceStore((state) => (pipelineId ? state.stagesByPipeline[pipelineId] : undefined));
  const setStages = useWorkspaceStore((state) => state.setStages);

  const reload = useCallback(() => {
    if (!pipelineId) return;
    client.call('stages.list', { pipelineId }).then((list) => setStages(pipelineId, list), reportError);
  }, [client, pipelineId, setStages, reportError]);
  // The cached list shows at once, and is read again on mount: a stage edited while no view held
  // this hook (its name or playbook in stage settings) heard no table-change here.
  useEffect(() => reload(), [reload]);
  useTablesChanged(['stages'], reload);

  return stages ?? null;
};
