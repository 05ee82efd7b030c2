import type { Stage } from '@shared/contract/schemas/pipelines';
import { displayName } from '@shared/i18n/displayName';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { Field } from '../../../ui/form/Field';
import { Select } from '../../../ui/form/Select';
import { Modal } from '../../../ui/Modal/Modal';
import { defaultArchiveTarget, isForward } from '../utils/archiveTarget';

export type ArchiveStageDialogProps = {
  /** The stage to archive; null when the dialog is closed. */
  stage: Stage | null;
  /** The pipeline's active stages in board order. */
  stages: readonly Stage[];
  onClose(): void;
  /** Archives (moving open deals to the target); resolves to the refusal's words, or null. */
  onConfirm(moveToStageId: string | undefined): Promise<string | null>;
};

/**
 * "Archive stage": says how many open deals the stage has and where they go (the neighbouring
 * stage by default), and what the gates do about it, before anything changes.
 */
export const ArchiveStageDialog = ({ stage, stages, onClose, onConfirm }: ArchiveStageDialogProps) => {
  const { t } = useTranslation();
  const name = stage ? displayName(stage, t, 'stage') : '';
  return (
    <Modal open={stage !== null} title={t('stagesSettings.archive.title', { stage: name })} onClose={onClose}>
      {stage ? (
        <ArchiveForm key={stage.id} stage={stage} stages={stages} onClose={onClose} onConfirm={onConfirm} />
      ) : null}
    </Modal>
  );
};

const ArchiveForm = ({
  stage,
  stages,
  onClose,
  onConfirm,
}: Omit<ArchiveStageDialogProps, 'stage'> & { stage: Stage }) => {
  const { t } = useTranslation();
  const openDeals = useLiveQuery('deals.list', { stageId: stage.id, status: 'open', limit: 1 }, ['deals']).data?.total;
  const others = stages.filter((other) => other.id !== stage.id);
  const [target, setTarget] = useState(() => defaultArchiveTarget(stages, stage.id) ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const name = displayName(stage, t, 'stage');
  const hasDeals = (openDeals ?? 0) > 0;
  const targetStage = others.find((other) => other.id === target);
  const forward = targetStage !== undefined && isForward(stages, stage.id, target);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (openDeals === undefined || (hasDeals && !target)) return;
    setBusy(true);
    const refusal = await onConfirm(hasDeals ? target : undefined);
    setBusy(false);
    setProblem(refusal);
  };
  return (
    <form onSubmit={submit} noValidate>
      <div className="modal-body archive-stage-body">
        {openDeals === undefined ? (
          <p className="muted">{t('common.loading')}</p>
        ) : hasDeals ? (
          <>
            <p data-testid="archive-stage-count">{t('stagesSettings.archive.body', { count: openDeals, stage: name })}</p>
            <Field id="archive-target" label={t('stagesSettings.archive.moveTo')}>
              <Select
                id="archive-target"
                value={target}
                onChange={(event) => {
                  setTarget(event.target.value);
                  setProblem(null);
                }}
              >
                {others.map((other) => (
                  <option key={other.id} value={other.id}>
                    {displayName(other, t, 'stage')}
                  </option>
                ))}
              </Select>
            </Field>
            {targetStage ? (
              <p className="muted" data-testid="archive-stage-gate">
                {forward
                  ? t('stagesSettings.archive.forward', { stage: name, target: displayName(targetStage, t, 'stage') })
                  : t('stagesSettings.archive.backward', { target: displayName(targetStage, t, 'stage') })}
              </p>
            ) : null}
          </>
        ) : (
          <p data-testid="archive-stage-count">{t('stagesSettings.archive.empty', { stage: name })}</p>
        )}
        <p className="muted">{t('stagesSettings.archive.restoreHint')}</p>
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          {t('common.actions.cancel')}
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || openDeals === undefined || (hasDeals && !target)}
        >
          {hasDeals ? t('stagesSettings.archive.submit') : t('stagesSettings.archive.submitEmpty')}
        </button>
      </footer>
    </form>
  );
};
