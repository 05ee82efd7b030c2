import type { ImportSummary } from '@shared/contract/schemas/imports';
import { useTranslation } from 'react-i18next';
import { downloadBase64 } from '../../../platform/downloadBase64';
import { utf8Base64 } from '../utils/utf8Base64';
import { warningsCsv } from '../utils/warningsCsv';

const SHOWN_WARNINGS = 100;

/**
 * A dry run's or an import's counts (rows, new, updated, skipped, warnings), what else it makes
 * (users for unknown owners, stage transitions), and the warnings per row, all of them downloadable.
 */
export const ImportSummaryView = ({ summary }: { summary: ImportSummary }) => {
  const { t, i18n } = useTranslation();
  const reason = (key: string) => t(`imports.warnings.${key}`, { defaultValue: key });
  const number = (value: number) => value.toLocaleString(i18n.language);
  const also = Object.entries(summary.createdByTable)
    .filter(([table, count]) => table !== summary.entity && count > 0)
    .map(([table, count]) => `${t(`imports.wizard.tables.${table}`, { defaultValue: table })}: ${number(count)}`);
  const counts = [
    ['rows', summary.rows],
    ['created', summary.created],
    ['updated', summary.updated],
    ['skipped', summary.skipped],
    ['warnings', summary.warningCount],
  ] as const;
  const label = (key: (typeof counts)[number][0]) =>
    !summary.dryRun && (key === 'created' || key === 'updated')
      ? t(`imports.wizard.countsDone.${key}`)
      : t(`imports.wizard.counts.${key}`);
  const download = () => {
    const headers = ['warningLine', 'warningField', 'warningReason', 'warningValue'].map((key) =>
      t(`imports.wizard.${key}`),
    );
    const csv = warningsCsv(summary.warnings, headers, reason, i18n.language === 'ru' ? ';' : ',');
    downloadBase64({
      fileName: `${t('imports.wizard.warningsFile')}.csv`,
      mimeType: 'text/csv',
      base64: utf8Base64(csv),
      bytes: new TextEncoder().encode(csv).length,
    });
  };

  return (
    <div className="import-summary">
      <dl className="import-counts" data-testid="import-counts">
        {counts.map(([key, value]) => (
          <div key={key} className={`import-count import-count-${key}`} data-testid={`import-count-${key}`}>
            <dt>{label(key)}</dt>
            <dd>{number(value)}</dd>
          </div>
        ))}
      </dl>
      {also.length > 0 ? (
        <p>
          {t(summary.dryRun ? 'imports.wizard.alsoCreated' : 'imports.wizard.alsoCreatedDone', {
            list: also.join(', '),
          })}
        </p>
      ) : null}
      {summary.warnings.length === 0 ? (
        <p className="muted">{t('imports.wizard.noWarnings')}</p>
      ) : (
        <>
          <div className="import-warnings-head">
            {summary.warningCount > SHOWN_WARNINGS ? (
              <p className="muted">
                {t('imports.wizard.moreWarnings', { shown: SHOWN_WARNINGS, total: number(summary.warningCount) })}
              </p>
            ) : (
              <span />
            )}
            <button type="button" className="button button-small" onClick={download}>
              {t('imports.wizard.downloadWarnings')}
            </button>
          </div>
          <div className="import-table-scroll import-warnings">
            <table className="import-table" data-testid="import-warnings">
              <thead>
                <tr>
                  <th className="numeric">{t('imports.wizard.warningLine')}</th>
                  <th>{t('imports.wizard.warningField')}</th>
                  <th>{t('imports.wizard.warningReason')}</th>
                  <th>{t('imports.wizard.warningValue')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.warnings.slice(0, SHOWN_WARNINGS).map((warning, index) => (
                  <tr key={index}>
                    <td className="numeric">{warning.line}</td>
                    <td>
                      {warning.field ? t(`imports.fields.${warning.field}`, { defaultValue: warning.field }) : ''}
                    </td>
                    <td className="import-warning-reason">{reason(warning.reason)}</td>
                    <td>{warning.value ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
};
