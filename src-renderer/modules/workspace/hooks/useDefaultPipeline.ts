import type { Pipeline } from '@shared/contract/schemas/pipelines';
import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { useCallback, useEffect } from 'react';
import { useClient } from '../../../platform/ClientContext';
import { useTablesChanged } from '../../../platform/data/useTablesChanged';
import { useReportLoadError } from '../../../ui/toasts/useReportLoadError';
import { useWorkspaceStore } from '../stores/workspaceStore';

/** The seeded pipeline while it exists and is active, else the first one; null while loading. */
export const useDefaultPipeline = (): Pipeline | null => {
  const client = useClient();
  // A read: with the core out of reach the banner says so, not a "changes not saved" toast.
  const reportError = useReportLoadError();
  const pipelines = useWorkspaceStore((state) => state.pipelines);
  const setPipelines = useWorkspaceStore((state) => state.setPipelines);

  const reload = useCallback(() => {
    client.call('pipelines.list').then(setPipelines, reportError);
  }, [client, setPipelines, reportError]);
  const loaded = pipelines !== null;
  useEffect(() => {
    if (!loaded) reload();
  }, [loaded, reload]);
  useTablesChanged(['pipelines'], reload);

  if (!pipelines) return null;
  return pipelines.find((pipeline) => pipeline.id === DEFAULT_PIPELINE.id) ?? pipelines[0] ?? null;
};
