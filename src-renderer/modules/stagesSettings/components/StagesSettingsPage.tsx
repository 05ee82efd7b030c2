import { DEFAULT_PIPELINE } from '@shared/domain/defaultWorkspace';
import { displayName } from '@shared/i18n/displayName';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useBoardFiltersStore } from '../../board/stores/boardFiltersStore';
import { CardFieldsCard } from './CardFieldsCard';
import { LossReasonsCard } from './LossReasonsCard';
import { NewPipelineDialog } from './NewPipelineDialog';
import { StagesCard } from './StagesCard';
import { ensureStagesSettingsMessages } from '../utils/ensureStagesSettingsMessages';
import './StagesSettingsPage.css';

/**
 * Pipelines and stages: which pipelines exist, each one's stages (funnel step, probability, rot
 * days, SLA) and control points, the custom fields its board cards show, and the loss reasons. Reached from the board's gear.
 */
export const StagesSettingsPage = () => {
  const { t, i18n } = useTranslation();
  ensureStagesSettingsMessages(i18n);
  const pipelines = useLiveQuery('pipelines.list', {}, ['pipelines']).data;
  const boardPipelineId = useBoardFiltersStore((state) => state.pipelineId);
  const setBoardPipeline = useBoardFiltersStore((state) => state.update);
  const [selectedId, setSelectedId] = useState<string | null>(boardPipelineId);
  const [creating, setCreating] = useState(false);
  const selected =
    pipelines?.find((pipeline) => pipeline.id === selectedId) ??
    pipelines?.find((pipeline) => pipeline.id === DEFAULT_PIPELINE.id) ??
    pipelines?.[0];

  return (
    <div className="stages-settings" data-testid="stages-settings">
      <div className="stages-settings-top">
        <a className="link-button" href="#/pipeline">
          <Icon name="chevronLeft" size={18} />
          {t('stagesSettings.back')}
        </a>
      </div>
      <div className="pipeline-tabs" role="tablist" aria-label={t('stagesSettings.pipelines')}>
        {(pipelines ?? []).map((pipeline) => (
          <button
            key={pipeline.id}
            type="button"
            role="tab"
            aria-selected={pipeline.id === selected?.id}
            className={pipeline.id === selected?.id ? 'pipeline-tab is-selected' : 'pipeline-tab'}
            onClick={() => {
              setSelectedId(pipeline.id);
              setBoardPipeline({ pipelineId: pipeline.id });
            }}
          >
            {displayName(pipeline, t, 'pipeline')}
          </button>
        ))}
        <button type="button" className="pipeline-tab pipeline-tab-new" onClick={() => setCreating(true)}>
          <Icon name="plus" size={16} />
          {t('stagesSettings.newPipeline.open')}
        </button>
      </div>
      {selected ? <StagesCard key={selected.id} pipeline={selected} canArchive={(pipelines?.length ?? 0) > 1} /> : null}
      {selected ? <CardFieldsCard key={`card-fields-${selected.id}`} pipeline={selected} /> : null}
      <LossReasonsCard />
      <NewPipelineDialog
        open={creating}
        onDone={(pipeline) => {
          setCreating(false);
          if (pipeline) {
            setSelectedId(pipeline.id);
            setBoardPipeline({ pipelineId: pipeline.id });
          }
        }}
      />
    </div>
  );
};
