import type { CustomFilter } from '@shared/contract/schemas/customFields';
import type { CustomFieldEntity } from '@shared/domain/customFields/customFieldKinds';
import { useTranslation } from 'react-i18next';
import { CustomFieldFilters } from '../../customFields/components/CustomFieldFilters';
import { useCustomFields } from '../../customFields/hooks/useCustomFields';
import '../../customFields/components/CustomFields.css';

/** The kinds of field a segment filters by with the tables' own controls (a range, an option, a tick). */
const FILTERABLE = new Set(['number', 'money', 'single_select', 'multi_select', 'checkbox']);

/** A segment's criteria on the custom fields of companies or of deals; nothing while there are none. */
export const SegmentCustomCriteria = ({
  entity,
  filters,
  onChange,
}: {
  entity: Extract<CustomFieldEntity, 'company' | 'deal'>;
  filters: readonly CustomFilter[];
  onChange(next: CustomFilter[]): void;
}) => {
  const { t } = useTranslation();
  const fields = (useCustomFields(entity) ?? []).filter((field) => FILTERABLE.has(field.type));
  if (fields.length === 0) return null;
  return (
    <div className="span-2 segment-custom" role="group" aria-label={t(`segments.form.custom.${entity}`)}>
      <span className="field-label">{t(`segments.form.custom.${entity}`)}</span>
      <div className="filters">
        <CustomFieldFilters
          fields={fields}
          filters={filters}
          onChange={(fieldId, filter) =>
            onChange([...filters.filter((item) => item.fieldId !== fieldId), ...(filter ? [filter] : [])])
          }
        />
      </div>
    </div>
  );
};
