import type { Pipeline, Stage } from '@shared/contract/schemas/pipelines';
import { create } from 'zustand';

/** The workspace's structure every sales screen reads: pipelines and their stages. */
type WorkspaceState = {
  pipelines: Pipeline[] | null;
  stagesByPipeline: Record<string, Stage[]>;
  setPipelines(pipelines: Pipeline[]): void;
  setStages(pipelineId: string, stages: Stage[]): void;
};

export const useWorkspaceStore = create<WorkspaceState>()((set) => ({
  pipelines: null,
  stagesByPipeline: {},
  setPipelines: (pipelines) => set({ pipelines }),
  setStages: (pipelineId, stages) =>
    set((state) => ({ stagesByPipeline: { ...state.stagesByPipeline, [pipelineId]: stages } })),
}));
