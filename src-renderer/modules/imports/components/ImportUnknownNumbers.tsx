import type { UnknownCallNumber } from '@shared/contract/schemas/imports';
import { formatInstant } from '@shared/i18n/formatDates';
import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import type { ImportWizardModel } from '../hooks/useImportWizard';

/**
 * After a call log's dry run: the numbers no contact or company has, most calls first, each with
 * a tick to make it a lead in the import (and a name for the person, if known). The import makes
 * them through the New lead path and logs their calls on them.
 */
export const ImportUnknownNumbers = ({
  wizard,
  numbers,
}: {
  wizard: ImportWizardModel;
  numbers: readonly UnknownCallNumber[];
}) => {
  const { t, i18n } = useTranslation();
  const timeZone = useSettingsStore((state) => state.settings?.['workspace.timeZone'] ?? 'Europe/Moscow');
  const language = i18n.language === 'en' ? 'en' : 'ru';
  const { state, setState } = wizard;
  const chosen = Object.keys(state.newLeads).length;
  const toggle = (number: string, on: boolean) =>
    setState((current) => {
      const newLeads = { ...current.newLeads };
      if (on) newLeads[number] = { name: '' };
      else delete newLeads[number];
      return { ...current, newLeads };
    });
  const rename = (number: string, name: string) =>
    setState((current) => ({ ...current, newLeads: { ...current.newLeads, [number]: { name } } }));

  return (
    <section className="import-unknown" aria-labelledby="import-unknown-title" data-testid="import-unknown">
      <h3 id="import-unknown-title">
        {t('imports.wizard.unknownTitle')} <span className="muted">· {numbers.length}</span>
      </h3>
      {numbers.length === 0 ? (
        <p className="muted">{t('imports.wizard.unknownNone')}</p>
      ) : (
        <>
          <p className="muted">{t('imports.wizard.unknownNote')}</p>
          <div className="import-table-scroll">
            <table className="import-table">
              <thead>
                <tr>
                  <th>{t('imports.wizard.unknownColumns.pick')}</th>
                  <th>{t('imports.wizard.unknownColumns.number')}</th>
                  <th className="numeric">{t('imports.wizard.unknownColumns.calls')}</th>
                  <th className="numeric">{t('imports.wizard.unknownColumns.inbound')}</th>
                  <th className="numeric">{t('imports.wizard.unknownColumns.missed')}</th>
                  <th>{t('imports.wizard.unknownColumns.last')}</th>
                  <th>{t('imports.wizard.unknownColumns.name')}</th>
                </tr>
              </thead>
              <tbody>
                {numbers.map((entry) => {
                  const lead = state.newLeads[entry.number];
                  return (
                    <tr key={entry.number} data-number={entry.number}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`${t('imports.wizard.unknownColumns.pick')}: ${entry.display}`}
                          checked={lead !== undefined}
                          onChange={(event) => toggle(entry.number, event.target.checked)}
                        />
                      </td>
                      <td className="num">{entry.display}</td>
                      <td className="numeric">{entry.calls}</td>
                      <td className="numeric">{entry.inbound}</td>
                      <td className="numeric">{entry.missed}</td>
                      <td className="num muted">{formatInstant(entry.lastAt, 'dateTime', language, timeZone)}</td>
                      <td>
                        <input
                          className="input import-unknown-name"
                          aria-label={`${t('imports.wizard.unknownColumns.name')}: ${entry.display}`}
                          maxLength={200}
                          disabled={lead === undefined}
                          value={lead?.name ?? ''}
                          onChange={(event) => rename(entry.number, event.target.value)}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {chosen > 0 ? (
            <p data-testid="import-unknown-chosen">{t('imports.wizard.unknownChosen', { count: chosen })}</p>
          ) : null}
        </>
      )}
    </section>
  );
};
