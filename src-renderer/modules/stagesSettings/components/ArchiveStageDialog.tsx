import type { Stage } from '@shared/contract/schemas/pipelines';
import { displayName } from '@shared/i18n/displayName';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/form/Field';
import { Select } from '../../../ui/form/Select';
import { Modal } from '../../../ui/Modal/Modal';

export type ArchiveRequest = { stage: Stage; openDeals: number };

/** A stage with open deals is archived only after saying where its deals go. */
export const ArchiveStageDialog = ({
  request,
  stages,
  onClose,
  onConfirm,
}: {
  request: ArchiveRequest | null;
  stages: readonly Stage[];
  onClose(): void;
  onConfirm(moveToStageId: string): Promise<void>;
}) => {
  const { t } = useTranslation();
  return (
    <Modal open={request !== null} title={t('stagesSettings.archive.title')} onClose={onClose}>
      {request ? <ArchiveForm request={request} stages={stages} onClose={onClose} onConfirm={onConfirm} /> : null}
    </Modal>
  );
};

const ArchiveForm = ({
  request,
  stages,
  onClose,
  onConfirm,
}: {
  request: ArchiveRequest;
  stages: readonly Stage[];
  onClose(): void;
  onConfirm(moveToStageId: string): Promise<void>;
}) => {
  const { t } = useTranslation();
  const others = stages.filter((stage) => stage.id !== request.stage.id);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    setBusy(true);
    await onConfirm(target);
    setBusy(false);
  };
  return (
    <form onSubmit={submit} noValidate>
      <div className="modal-body">
        <p>
          {t('stagesSettings.archive.body', {
            count: request.openDeals,
            stage: displayName(request.stage, t, 'stage'),
          })}
        </p>
        <Field id="archive-target" label={t('stagesSettings.archive.moveTo')}>
          <Select id="archive-target" value={target} onChange={(event) => setTarget(event.target.value)}>
            {others.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {displayName(stage, t, 'stage')}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <footer className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          {t('common.actions.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy || !target}>
          {t('stagesSettings.archive.submit')}
        </button>
      </footer>
    </form>
  );
};
