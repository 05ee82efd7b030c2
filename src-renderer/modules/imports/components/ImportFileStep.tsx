import type { ImportEntity } from '@shared/contract/schemas/imports';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import type { ImportWizardModel } from '../hooks/useImportWizard';
import { mayImportUsers } from '../utils/mayImportUsers';

const ENTITIES: readonly ImportEntity[] = ['companies', 'contacts', 'deals', 'users', 'calls', 'leads'];
const HINTED: ReadonlySet<ImportEntity> = new Set(['users', 'calls', 'leads']);

/** Whether the team hub this device is signed in to (if any) takes users from its login. */
const useMayImportUsers = (): boolean => mayImportUsers(useLiveQuery('hub.get', {}, ['sync_hub']).data?.identity);

/** What to import, and the file (read in the page and sent as bytes: no path leaves it). */
export const ImportFileStep = ({ wizard }: { wizard: ImportWizardModel }) => {
  const { t } = useTranslation();
  const { state } = wizard;
  const usersAllowed = useMayImportUsers();
  return (
    <div className="import-step import-file-step">
      <fieldset className="import-entities">
        <legend>{t('imports.wizard.entityLabel')}</legend>
        {ENTITIES.map((entity) => (
          <label key={entity} className="import-entity">
            <input
              type="radio"
              name="import-entity"
              value={entity}
              checked={state.entity === entity}
              disabled={wizard.busy || (entity === 'users' && !usersAllowed)}
              onChange={() => wizard.setEntity(entity)}
            />
            {t(`imports.wizard.entities.${entity}`)}
          </label>
        ))}
      </fieldset>
      {HINTED.has(state.entity) ? (
        <p className="muted" data-testid="import-entity-hint">
          {t(`imports.wizard.entityHints.${state.entity}`)}
        </p>
      ) : null}
      {usersAllowed ? null : (
        <p className="muted" data-testid="import-users-refused">
          {t('imports.wizard.usersRepRefused')}
        </p>
      )}
      <div className="import-file-pick">
        <p className="muted">{t('imports.wizard.fileLabel')}</p>
        <label className={`button${wizard.busy ? ' disabled' : ''}`}>
          {wizard.busy ? t('imports.wizard.reading') : t('imports.wizard.chooseFile')}
          <input
            type="file"
            accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="visually-hidden"
            data-testid="import-file"
            disabled={wizard.busy}
            onChange={(event) => {
              wizard.pickFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </label>
        {state.upload && state.preview ? <p className="import-file-name">{state.upload.fileName}</p> : null}
      </div>
    </div>
  );
};
