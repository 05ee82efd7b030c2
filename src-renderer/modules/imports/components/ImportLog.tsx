import type { ImportLogEntry } from '@shared/contract/schemas/imports';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useDateFormat } from '../../../platform/useDateFormat';
import { Modal } from '../../../ui/Modal/Modal';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useToastStore } from '../../../ui/toasts/toastStore';

/**
 * Past imports, newest first: when, which file, into what, what it did; **Undo import** reverts
 * everything one import did (after a confirmation) and nothing else.
 */
export const ImportLog = () => {
  const { t, i18n } = useTranslation();
  const number = (value: number) => value.toLocaleString(i18n.language);
  const dates = useDateFormat();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const log = useLiveQuery('imports.list', {}, ['users', 'companies', 'contacts', 'deals']);
  const [undoing, setUndoing] = useState<ImportLogEntry | null>(null);
  const [busy, setBusy] = useState(false);
  // The undone import's row: its Undo button, where focus went back, gives way to «undone …»,
  // which takes the focus instead of letting it fall to the page.
  const [undoneId, setUndoneId] = useState<string | null>(null);

  const undo = async (entry: ImportLogEntry) => {
    setBusy(true);
    try {
      const result = await client.call('imports.undo', { id: entry.id });
      push({ tone: 'success', message: t('imports.wizard.undoneToast', result) });
      setUndoneId(entry.id);
      setUndoing(null);
      log.refetch();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  const entries = log.data ?? [];
  return (
    <div className="backup-body">
      <h3 className="import-log-title">{t('imports.wizard.logTitle')}</h3>
      {log.data !== null && entries.length === 0 ? <p className="muted">{t('imports.wizard.logEmpty')}</p> : null}
      {entries.length > 0 ? (
        <table className="backup-table import-log" aria-label={t('imports.wizard.logTitle')}>
          <thead>
            <tr>
              <th>{t('imports.wizard.logColumns.when')}</th>
              <th>{t('imports.wizard.logColumns.file')}</th>
              <th>{t('imports.wizard.logColumns.entity')}</th>
              <th>{t('imports.wizard.logColumns.result')}</th>
              <th aria-label={t('imports.wizard.logColumns.actions')} />
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} data-testid="import-log-row">
                <td>{dates.instant(entry.createdAt, 'dateTime')}</td>
                <td className="import-log-file">
                  <span title={entry.fileName}>{entry.fileName}</span>
                </td>
                <td>{t(`imports.wizard.entities.${entry.entity}`)}</td>
                <td>
                  {t('imports.wizard.logResult', {
                    created: number(entry.created),
                    updated: number(entry.updated),
                    skipped: number(entry.skipped),
                  })}
                </td>
                <td className="backup-row-action">
                  {entry.undoneAt === null ? (
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`${t('imports.wizard.undo')}: ${entry.fileName}`}
                      onClick={() => setUndoing(entry)}
                    >
                      {t('imports.wizard.undo')}
                    </button>
                  ) : (
                    <span
                      className="muted"
                      tabIndex={entry.id === undoneId ? -1 : undefined}
                      ref={entry.id === undoneId ? (element) => element?.focus() : undefined}
                    >
                      {t('imports.wizard.undone', { when: dates.instant(entry.undoneAt, 'dateTime') })}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Modal open={undoing !== null} title={t('imports.wizard.undoTitle')} onClose={() => setUndoing(null)}>
        {undoing ? (
          <>
            <div className="modal-body">
              <p className="import-undo-body">{t('imports.wizard.undoBody', { file: undoing.fileName })}</p>
            </div>
            <footer className="modal-footer">
              <button type="button" className="button" data-autofocus="" onClick={() => setUndoing(null)}>
                {t('common.actions.cancel')}
              </button>
              <button type="button" className="button button-danger" disabled={busy} onClick={() => void undo(undoing)}>
                {busy ? t('imports.wizard.undoing') : t('imports.wizard.undo')}
              </button>
            </footer>
          </>
        ) : null}
      </Modal>
    </div>
  );
};
