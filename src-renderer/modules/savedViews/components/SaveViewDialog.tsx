import type { SavedView, SavedViewList } from '@shared/contract/schemas/savedViews';
import { RpcFailure } from '@shared/contract/createClient';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { Modal } from '../../../ui/Modal/Modal';
import { translateIssue } from '../../../ui/form/translateIssue';

export type ViewState = { params: string; hiddenColumns: string[]; columnSizes: Record<string, number> };

/** "Save view": the list as it is now under a name, for oneself or the team, optionally the default. */
export const SaveViewDialog = ({
  list,
  state,
  onClose,
}: {
  list: SavedViewList;
  state: () => ViewState;
  onClose(saved: SavedView | null): void;
}) => {
  const { t } = useTranslation();
  const client = useClient();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [makeDefault, setMakeDefault] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      onClose(await client.call('views.create', { list, name, shared, makeDefault, ...state() }));
    } catch (failure) {
      const issue = failure instanceof RpcFailure ? failure.error.issues?.[0] : undefined;
      setError(issue ? translateIssue(issue, t) : t('savedViews.failed'));
    }
  };
  return (
    <Modal open title={t('savedViews.saveTitle')} onClose={() => onClose(null)}>
      <form className="record-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="modal-body saved-view-form">
          <label className="saved-view-field">
            <span>{t('savedViews.name')}</span>
            <input
              className="input"
              data-autofocus=""
              value={name}
              maxLength={80}
              aria-invalid={error ? true : undefined}
              onChange={(event) => {
                setName(event.target.value);
                setError(null);
              }}
            />
          </label>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <label className="saved-view-check">
            <input type="checkbox" checked={shared} onChange={(event) => setShared(event.target.checked)} />
            {t('savedViews.sharedLabel')}
          </label>
          <label className="saved-view-check">
            <input type="checkbox" checked={makeDefault} onChange={(event) => setMakeDefault(event.target.checked)} />
            {t('savedViews.defaultLabel')}
          </label>
        </div>
        <footer className="modal-footer">
          <button type="button" className="button" onClick={() => onClose(null)}>
            {t('common.actions.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('common.actions.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
};
