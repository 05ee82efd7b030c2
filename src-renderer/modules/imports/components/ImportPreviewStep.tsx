import type { ImportPreview } from '@shared/contract/schemas/imports';
import { useTranslation } from 'react-i18next';
import type { Translate } from '@shared/i18n/Translate';

const SHOWN_ROWS = 8;

const delimiterName = (delimiter: string | null, t: Translate): string => {
  if (delimiter === ',') return t('imports.wizard.delimiters.comma');
  if (delimiter === ';') return t('imports.wizard.delimiters.semicolon');
  if (delimiter === '\t') return t('imports.wizard.delimiters.tab');
  return t('imports.wizard.delimiters.other', { char: delimiter ?? '' });
};

/** How the file was read (encoding, separator) and its first rows under their headers. */
export const ImportPreviewStep = ({ preview }: { preview: ImportPreview }) => {
  const { t } = useTranslation();
  return (
    <div className="import-step">
      <p data-testid="import-file-facts">
        {preview.format === 'xlsx'
          ? t('imports.wizard.fileFactsXlsx', { columns: preview.headers.length })
          : t('imports.wizard.fileFacts', {
              format: 'CSV',
              encoding: preview.encoding ?? '—',
              delimiter: delimiterName(preview.delimiter, t),
              columns: preview.headers.length,
            })}
      </p>
      <p className="muted">{t('imports.wizard.previewNote')}</p>
      <div className="import-table-scroll">
        <table className="import-table" data-testid="import-preview">
          <thead>
            <tr>
              {preview.headers.map((header, index) => (
                <th key={index}>{header}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, SHOWN_ROWS).map((row, rowIndex) => (
              <tr key={rowIndex}>
                {preview.headers.map((_header, index) => (
                  <td key={index}>{row[index] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
};
