import { IMPORT_FIELDS } from '@shared/contract/schemas/imports';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../ui/form/Select';
import type { ImportWizardModel } from '../hooks/useImportWizard';
import { REQUIRED_IMPORT_FIELDS } from '../utils/importWizardDefaults';

/** Which file column fills each field (suggested from the headers), with the first row's value beside it. */
export const ImportColumnsStep = ({ wizard }: { wizard: ImportWizardModel }) => {
  const { t } = useTranslation();
  const { state, setState } = wizard;
  const preview = state.preview;
  if (!preview) return null;
  const required = REQUIRED_IMPORT_FIELDS[state.entity];
  const sample = (header: string | undefined) => {
    const index = header === undefined ? -1 : preview.headers.indexOf(header);
    return index < 0 ? '' : (preview.rows.find((row) => row[index])?.[index] ?? '');
  };
  const choose = (field: string, header: string) =>
    setState((current) => {
      const columns = { ...current.columns };
      if (header === '') delete columns[field];
      else columns[field] = header;
      return { ...current, columns };
    });

  return (
    <div className="import-step">
      <p className="muted">{t('imports.wizard.columnsNote')}</p>
      <table className="import-table import-mapping" data-testid="import-columns">
        <thead>
          <tr>
            <th>{t('imports.wizard.fieldHeader')}</th>
            <th>{t('imports.wizard.columnHeader')}</th>
            <th>{t('imports.wizard.sampleHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {IMPORT_FIELDS[state.entity].map((field) => (
            <tr key={field}>
              <td>
                <label htmlFor={`import-column-${field}`}>{t(`imports.fields.${field}`)}</label>
                {required.includes(field) ? (
                  <span className="import-required"> · {t('imports.wizard.required')}</span>
                ) : null}
              </td>
              <td>
                <Select
                  id={`import-column-${field}`}
                  value={state.columns[field] ?? ''}
                  onChange={(event) => choose(field, event.target.value)}
                >
                  <option value="">{t('imports.wizard.notImported')}</option>
                  {preview.headers
                    .filter((header) => header.trim() !== '')
                    .map((header) => (
                      <option key={header} value={header}>
                        {header}
                      </option>
                    ))}
                </Select>
              </td>
              <td className="import-sample">{sample(state.columns[field])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
