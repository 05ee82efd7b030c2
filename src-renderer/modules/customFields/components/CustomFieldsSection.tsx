import { RpcFailure } from '@shared/contract/createClient';
import type { CustomFieldEntity } from '@shared/domain/customFields/customFieldKinds';
import type { CustomValue } from '@shared/domain/customFields/CustomValue';
import { validateCustomValue } from '@shared/domain/customFields/validateCustomValue';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { translateIssue } from '../../../ui/form/translateIssue';
import { writesOfRecord } from '../../../ui/writesOfRecord';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { useCustomFields } from '../hooks/useCustomFields';
import { customFieldName } from '@shared/domain/customFields/customFieldName';
import { CustomValueEditor } from './CustomValueEditor';
import { MultiSelectValueEditor } from './MultiSelectValueEditor';
import './CustomFields.css';

/**
 * A record's custom fields, edited in place (deal drawer, company and contact pages). Each value
 * is checked by the shared rule before it is sent (the core checks it again) and saved alone.
 */
export const CustomFieldsSection = ({
  entity,
  recordId,
  titleClassName,
}: {
  entity: CustomFieldEntity;
  recordId: string;
  titleClassName?: string;
}) => {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const baseId = useId();
  const fields = useCustomFields(entity);
  const values = useLiveQuery('customFields.values', { entity, recordId }, ['custom_values']).data;
  const phoneCountry = useSettingsStore((state) => state.settings?.['workspace.phoneCountry'] ?? 'RU');
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!fields || fields.length === 0) return null;

  /** Resolves true once saved; a value refused here or by the core shows why under the field. */
  const save = async (fieldId: string, value: CustomValue): Promise<boolean> => {
    const field = fields.find((f) => f.id === fieldId);
    if (!field) return false;
    const optionIds = field.options.map((option) => option.id);
    const check = validateCustomValue({ type: field.type, optionIds }, value, phoneCountry as never);
    const problem = !check.ok
      ? t(`issueReasons.${check.reason}`)
      : field.required === 'always' && (check.value === null || check.value === false)
        ? t('issueReasons.value_required')
        : null;
    if (!problem) {
      try {
        // In the record's order: a move clicked as this box is left must reach the core after it.
        await writesOfRecord(
          entity,
          recordId,
        )(() => client.call('customFields.setValues', { entity, recordId, values: { [fieldId]: value } }));
      } catch (error) {
        const issue = error instanceof RpcFailure ? error.error.issues?.[0] : undefined;
        setErrors((all) => ({ ...all, [fieldId]: issue ? translateIssue(issue, t) : String(error) }));
        return false;
      }
    }
    setErrors((all) => {
      const next = { ...all };
      if (problem) next[fieldId] = problem;
      else delete next[fieldId];
      return next;
    });
    return problem === null;
  };

  return (
    <section className="cf-section" aria-labelledby={`${baseId}-title`} data-testid="custom-fields-section">
      <h3 id={`${baseId}-title`} className={titleClassName}>
        {t('customFields.section')}
      </h3>
      <dl className="cf-values">
        {fields.map((field) => {
          const name = customFieldName(field, i18n.language);
          const id = `${baseId}-${field.id}`;
          const error = errors[field.id];
          return (
            <div key={field.id} style={{ display: 'contents' }}>
              <dt>
                <label htmlFor={id} title={name}>
                  {name}
                  {field.required !== 'never' ? <span className="cf-required-mark"> *</span> : null}
                </label>
              </dt>
              <dd>
                {field.type === 'multi_select' ? (
                  <MultiSelectValueEditor
                    field={field}
                    value={values?.[field.id] ?? null}
                    label={name}
                    id={id}
                    invalid={Boolean(error)}
                    onSave={(value) => save(field.id, value)}
                  />
                ) : (
                  <CustomValueEditor
                    field={field}
                    value={values?.[field.id] ?? null}
                    label={name}
                    id={id}
                    invalid={Boolean(error)}
                    onSave={(value) => void save(field.id, value)}
                  />
                )}
                {error ? (
                  <p className="field-error" role="alert">
                    {error}
                  </p>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
};
