import type { CustomField } from '@shared/contract/schemas/customFields';
import type { CustomValue } from '@shared/domain/customFields/CustomValue';
import { customFieldName } from '@shared/domain/customFields/customFieldName';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../ui/form/Field';
import { customFieldKey, type FieldErrors } from '../../../ui/form/fieldErrors';
import { CustomValueEditor } from './CustomValueEditor';
import '../../../ui/form/FormGrid.css';
import './CustomFields.css';

/** Up to this many optional fields show at once; more sit behind "More fields". */
const OPTIONAL_SHOWN = 4;

/**
 * A create form's custom fields (New deal, New lead, the company and contact forms): the kind's
 * active fields with the drawer's editors, "required always" ones first and marked, the others
 * optional. The values are a draft sent with the record in its create; `errors` are the form's,
 * keyed `cf:<field id>` (checkCustomDraft on submit, the core's `customValues.<id>` issues).
 */
export const CustomFieldsFormSection = ({
  fields,
  values,
  errors,
  idPrefix,
  onChange,
}: {
  fields: readonly CustomField[] | null;
  values: Readonly<Record<string, CustomValue>>;
  errors: FieldErrors;
  idPrefix: string;
  onChange(fieldId: string, value: CustomValue): void;
}) => {
  const { t, i18n } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const active = (fields ?? []).filter((field) => field.archivedAt === null);
  if (active.length === 0) return null;
  const required = active.filter((field) => field.required === 'always');
  const optional = active.filter((field) => field.required !== 'always');
  const collapsible = optional.length > OPTIONAL_SHOWN;
  // A collapsed list still shows an optional field that has a value or an error.
  const shown = (field: CustomField) =>
    !collapsible || expanded || errors[customFieldKey(field.id)] !== undefined || (values[field.id] ?? null) !== null;

  const editor = (field: CustomField) => {
    const name = customFieldName(field, i18n.language);
    const id = `${idPrefix}-cf-${field.id}`;
    const error = errors[customFieldKey(field.id)];
    return (
      <div key={field.id} className={field.type === 'long_text' || field.type === 'multi_select' ? 'span-6' : 'span-3'}>
        <Field
          id={id}
          label={name}
          optional={field.required !== 'always'}
          error={error}
          marked={field.required === 'always'}
        >
          <CustomValueEditor
            live
            field={field}
            value={values[field.id] ?? null}
            label={name}
            id={id}
            invalid={Boolean(error)}
            onSave={(value) => onChange(field.id, value)}
          />
        </Field>
      </div>
    );
  };

  const hidden = optional.filter((field) => !shown(field)).length;
  return (
    <div className="form-grid cf-form-section" data-testid="custom-fields-form">
      <h3 className="form-section-title">{t('customFields.section')}</h3>
      {required.map(editor)}
      {optional.filter(shown).map(editor)}
      {collapsible ? (
        <div className="span-6">
          <button type="button" className="button-link" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {expanded ? t('customFields.form.fewerFields') : t('customFields.form.moreFields', { count: hidden })}
          </button>
        </div>
      ) : null}
    </div>
  );
};
