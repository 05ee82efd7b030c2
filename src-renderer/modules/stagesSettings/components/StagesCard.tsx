import type { Pipeline, Stage } from '@shared/contract/schemas/pipelines';
import { stageCreateInputSchema } from '@shared/contract/schemas/pipelines';
import { FUNNEL_STEPS, type FunnelStep } from '@shared/domain/funnelSteps';
import { displayName } from '@shared/i18n/displayName';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { Select } from '../../../ui/form/Select';
import { Icon } from '../../../ui/Icon';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useSaver } from '../hooks/useSaver';
import { firstIssue } from '../utils/firstIssue';
import { ArchivedStages } from './ArchivedStages';
import { ArchiveStageDialog } from './ArchiveStageDialog';
import { InlineText } from './InlineText';
import { SortableRows } from './SortableRows';
import { StageRow } from './StageRow';
import { clearIfUnchanged } from '../../../ui/form/clearIfUnchanged';

const NewStageForm = ({ pipelineId }: { pipelineId: string }) => {
  const { t } = useTranslation();
  const client = useClient();
  const save = useSaver();
  const [name, setName] = useState('');
  const [step, setStep] = useState<FunnelStep>('consideration');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { pipelineId, name, funnelStep: step };
    const problem =
      firstIssue(stageCreateInputSchema, input, t) ?? (await save(() => client.call('stages.create', input)));
    setError(problem);
    if (!problem) setName(clearIfUnchanged(name));
  };
  return (
    <form className="stage-add" onSubmit={submit} noValidate>
      <input
        className="input"
        aria-label={t('stagesSettings.newStage')}
        placeholder={t('stagesSettings.newStagePlaceholder')}
        value={name}
        aria-invalid={error ? 'true' : undefined}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
      />
      <Select
        aria-label={t('stagesSettings.newStageStep')}
        value={step}
        onChange={(event) => setStep(event.target.value as FunnelStep)}
      >
        {FUNNEL_STEPS.map((funnelStep) => (
          <option key={funnelStep} value={funnelStep}>
            {t(`funnel.step.${funnelStep}`)}
          </option>
        ))}
      </Select>
      <button type="submit" className="button button-primary">
        <Icon name="plus" size={18} />
        {t('stagesSettings.addStage')}
      </button>
      {error ? <p className="field-error">{error}</p> : null}
    </form>
  );
};

/**
 * The stages of one pipeline in board order: drag to reorder, edit in place, control points
 * under each, add at the end; "Archive stage" asks first (where open deals go), and archived
 * stages are listed underneath to restore.
 */
export const StagesCard = ({ pipeline, canArchive }: { pipeline: Pipeline; canArchive: boolean }) => {
  const { t } = useTranslation();
  const client = useClient();
  const save = useSaver();
  const reportError = useReportError();
  const pushToast = useToastStore((state) => state.push);
  const stages = useLiveQuery('stages.list', { pipelineId: pipeline.id }, ['stages']).data;
  const points =
    useLiveQuery('controlPoints.list', { pipelineId: pipeline.id }, ['control_points', 'stages']).data ?? [];
  const [expanded, setExpanded] = useState<string | null>(null);
  const [archiving, setArchiving] = useState<Stage | null>(null);
  const name = displayName(pipeline, t, 'pipeline');

  /** Archives with the dialog's choice; a refusal stays in the dialog, next to the choice it is about. */
  const archive = async (stage: Stage, moveDealsToStageId: string | undefined): Promise<string | null> => {
    let movedDeals = 0;
    const problem = await save(async () => {
      movedDeals = (
        await client.call('stages.archive', { id: stage.id, ...(moveDealsToStageId ? { moveDealsToStageId } : {}) })
      ).movedDeals;
    });
    if (problem) return problem;
    setArchiving(null);
    pushToast({
      tone: 'success',
      message: t('stagesSettings.archive.done', { stage: displayName(stage, t, 'stage'), count: movedDeals }),
      action: {
        label: t('board.toasts.undo'),
        run: () => void client.call('stages.restore', { id: stage.id }).catch(reportError),
      },
    });
    return null;
  };

  return (
    <section className="card settings-block" aria-labelledby="stages-title" data-testid="stages-card">
      <header className="settings-block-header">
        <div className="settings-block-title">
          <h3 id="stages-title" className="visually-hidden">
            {t('stagesSettings.stagesOf', { name })}
          </h3>
          <InlineText
            value={name}
            label={t('stagesSettings.pipelineName')}
            testId="pipeline-name"
            onSave={(text) => save(() => client.call('pipelines.rename', { id: pipeline.id, name: text }))}
          />
          <p className="muted">{t('stagesSettings.stagesHint')}</p>
        </div>
        {canArchive ? (
          <button
            type="button"
            className="button button-compact"
            onClick={() =>
              void save(() => client.call('pipelines.archive', { id: pipeline.id })).then((problem) => {
                if (problem) pushToast({ tone: 'error', message: problem });
              })
            }
          >
            {t('stagesSettings.archivePipeline')}
          </button>
        ) : null}
      </header>
      <div className="stage-table">
        <div className="stage-table-head" aria-hidden="true">
          <span />
          <span>{t('stagesSettings.columns.name')}</span>
          <span>{t('stagesSettings.columns.step')}</span>
          <span>{t('stagesSettings.columns.probability')}</span>
          <span>{t('stagesSettings.columns.rotDays')}</span>
          <span>{t('stagesSettings.columns.sla')}</span>
          <span>{t('stagesSettings.columns.points')}</span>
          <span />
        </div>
        {stages ? (
          <SortableRows
            items={stages}
            ariaLabel={t('stagesSettings.stagesOf', { name })}
            className="stage-list"
            rowClassName="stage-row"
            label={(stage) => displayName(stage, t, 'stage')}
            onReorder={(id, anchor) => client.call('stages.reorder', { id, ...anchor })}
            renderRow={(stage) => (
              <StageRow
                stage={stage}
                points={points.filter((point) => point.stageId === stage.id)}
                expanded={expanded === stage.id}
                onToggle={() => setExpanded(expanded === stage.id ? null : stage.id)}
                onArchive={() => setArchiving(stage)}
              />
            )}
          />
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </div>
      <NewStageForm pipelineId={pipeline.id} />
      <ArchivedStages pipelineId={pipeline.id} />
      <ArchiveStageDialog
        stage={archiving}
        stages={stages ?? []}
        onClose={() => setArchiving(null)}
        onConfirm={(target) => (archiving ? archive(archiving, target) : Promise.resolve(null))}
      />
    </section>
  );
};
