import { IMPORT_FIELDS, type ImportEntity } from '@shared/contract/schemas/imports';
import { customFieldName } from '@shared/domain/customFields/customFieldName';
import { IMPORTABLE_CUSTOM_TYPES } from '@shared/domain/import/importableCustomTypes';
import { fillColumnTemplate } from '@shared/domain/import/templateColumns';
import { useTranslation } from 'react-i18next';
import { useCustomFields } from '../../customFields/hooks/useCustomFields';
import { Select } from '../../../ui/form/Select';
import type { ImportWizardModel } from '../hooks/useImportWizard';
import { REQUIRED_IMPORT_FIELDS } from '../utils/importWizardDefaults';

const CUSTOM_ENTITY = {
  users: null,
  companies: 'company',
  contacts: 'contact',
  deals: 'deal',
  calls: null,
  leads: null,
} as const satisfies Record<ImportEntity, string | null>;

/** A loaded mapping's template of columns: offered as its own choice, so the picker shows it. */
const isTemplate = (spec: string | undefined): spec is string => spec?.includes('{') ?? false;

/**
 * Which file column fills each field (suggested from the headers), with the first row's value
 * beside it: the built-in fields, then the imported records' custom fields (`cf:<id>`) whose type
 * a cell can fill.
 */
export const ImportColumnsStep = ({ wizard }: { wizard: ImportWizardModel }) => {
  const { t, i18n } = useTranslation();
  const { state, setState } = wizard;
  const customEntity = CUSTOM_ENTITY[state.entity];
  const customFields = useCustomFields(customEntity ?? 'deal');
  const preview = state.preview;
  if (!preview) return null;
  const rows = [
    ...IMPORT_FIELDS[state.entity].map((field) => ({
      field,
      label: t(`imports.fields.${field}`, { context: state.entity }),
    })),
    ...(customEntity === null ? [] : (customFields ?? []))
      .filter((field) => IMPORTABLE_CUSTOM_TYPES.has(field.type))
      .map((field) => ({ field: `cf:${field.id}`, label: customFieldName(field, i18n.language) })),
  ];
  const required = REQUIRED_IMPORT_FIELDS[state.entity];
  const cellOf = (row: readonly (string | null)[], header: string) => row[preview.headers.indexOf(header)] ?? '';
  // A loaded mapping's template ("{opportunity_id} · {product}") shows filled from the first row, as the import fills it.
  const sample = (spec: string | undefined) => {
    if (spec === undefined) return '';
    if (spec.includes('{')) {
      const first = preview.rows[0] ?? [];
      return fillColumnTemplate(spec, (header) => cellOf(first, header));
    }
    return preview.rows.map((row) => cellOf(row, spec)).find((cell) => cell !== '') ?? '';
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
          {rows.map(({ field, label }) => (
            <tr key={field}>
              <td>
                <label htmlFor={`import-column-${field}`}>{label}</label>
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
                  {isTemplate(state.columns[field]) ? (
                    <option value={state.columns[field]}>{state.columns[field]}</option>
                  ) : null}
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
