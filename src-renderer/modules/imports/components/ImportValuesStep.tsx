import { useTranslation } from 'react-i18next';
import { Select } from '../../../ui/form/Select';
import type { ImportWizardModel } from '../hooks/useImportWizard';
import type { ImportValueChoice } from '../utils/ImportValueChoice';
import { DEDUPE_KEY_OPTIONS, VALUE_FIELDS } from '../utils/importWizardDefaults';
import { ImportCurrencyChoice } from './ImportCurrencyChoice';

/** Fields naming a person: a value matching no user (by e-mail or name) makes a new one. */
const NEW_USER_FIELDS: ReadonlySet<string> = new Set(['owner', 'manager']);

/**
 * How the mapped columns' values translate (stage names, owners, sources, loss reasons), each
 * with a suggestion by name; for deals, the currency of their amounts; and the duplicate rule:
 * which keys match and what a match does.
 */
export const ImportValuesStep = ({
  wizard,
  choices,
}: {
  wizard: ImportWizardModel;
  choices: Readonly<Record<string, readonly ImportValueChoice[]>>;
}) => {
  const { t } = useTranslation();
  const { state, setState } = wizard;
  const fields = VALUE_FIELDS[state.entity].filter((field) => {
    const header = state.columns[field];
    return header !== undefined && (state.preview?.values[header]?.length ?? 0) > 0;
  });
  const pick = (field: string, fileValue: string, choiceId: string) =>
    setState((current) => {
      const picked = { ...current.values[field] };
      if (choiceId === '') delete picked[fileValue];
      else picked[fileValue] = choiceId;
      return { ...current, values: { ...current.values, [field]: picked } };
    });
  const dedupe = DEDUPE_KEY_OPTIONS[state.entity];

  return (
    <div className="import-step">
      <p className="muted">
        {state.entity === 'users' ? t('imports.wizard.usersValuesNote') : t('imports.wizard.valuesNote')}
      </p>
      {fields.length === 0 ? <p>{t('imports.wizard.valuesEmpty')}</p> : null}
      {fields.map((field) => (
        <section key={field} className="import-values" aria-label={t(`imports.fields.${field}`)}>
          <h3>
            {t(`imports.fields.${field}`)} <span className="muted">· {state.columns[field]}</span>
          </h3>
          <table className="import-table import-mapping" data-testid={`import-values-${field}`}>
            <thead>
              <tr>
                <th>{t('imports.wizard.fileValue')}</th>
                <th>{t('imports.wizard.meaning')}</th>
              </tr>
            </thead>
            <tbody>
              {(state.preview?.values[state.columns[field] ?? ''] ?? []).map((fileValue) => (
                <tr key={fileValue}>
                  <td>{fileValue}</td>
                  <td>
                    <Select
                      aria-label={`${t(`imports.fields.${field}`)}: ${fileValue}`}
                      value={state.values[field]?.[fileValue] ?? ''}
                      onChange={(event) => pick(field, fileValue, event.target.value)}
                    >
                      <option value="">
                        {NEW_USER_FIELDS.has(field) ? t('imports.wizard.newUser') : t('imports.wizard.keepValue')}
                      </option>
                      {(choices[field] ?? []).map((choice) => (
                        <option key={choice.id} value={choice.id}>
                          {choice.label}
                        </option>
                      ))}
                    </Select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {state.entity === 'deals' ? <ImportCurrencyChoice wizard={wizard} /> : null}
      <section className="import-dedupe" aria-labelledby="import-dedupe-title">
        <h3 id="import-dedupe-title">{t('imports.wizard.dedupeTitle')}</h3>
        <p className="muted">
          {state.entity === 'calls'
            ? t('imports.wizard.callsDedupeNote')
            : state.entity === 'leads'
              ? t('imports.wizard.leadDedupeNote')
              : t('imports.wizard.dedupeNote')}
        </p>
        <div className="import-dedupe-keys">
          {dedupe.keys.map((key) => (
            <label key={key} className="checkbox-label">
              <input
                type="checkbox"
                checked={state.dedupeKeys.includes(key)}
                onChange={(event) =>
                  setState((current) => ({
                    ...current,
                    dedupeKeys: event.target.checked
                      ? [...current.dedupeKeys, key]
                      : current.dedupeKeys.filter((kept) => kept !== key),
                  }))
                }
              />
              {t(`imports.wizard.dedupeKeys.${key}`)}
            </label>
          ))}
        </div>
        {state.entity === 'calls' ? null : (
          <label className="import-dedupe-action">
            {t('imports.wizard.dedupeAction')}
            <Select
              value={state.dedupeAction}
              onChange={(event) =>
                setState((current) => ({
                  ...current,
                  dedupeAction: event.target.value as typeof current.dedupeAction,
                }))
              }
            >
              {(['skip', 'update', 'create'] as const).map((action) => (
                <option key={action} value={action}>
                  {state.entity === 'leads'
                    ? t(`imports.wizard.leadDedupeActions.${action}`)
                    : t(`imports.wizard.dedupeActions.${action}`)}
                </option>
              ))}
            </Select>
          </label>
        )}
      </section>
    </div>
  );
};
