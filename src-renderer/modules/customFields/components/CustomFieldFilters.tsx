import type { CustomField, CustomFilter } from '@shared/contract/schemas/customFields';
import { currencyExponent } from '@shared/domain/currencyExponent';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../ui/form/Select';
import { customFieldName } from '@shared/domain/customFields/customFieldName';

const parse = (text: string): number | null => {
  const clean = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (clean === '') return null;
  const number = Number(clean);
  return Number.isFinite(number) ? number : null;
};

/** A range box pair; applied when a box is left or Enter is pressed. */
const RangeFilter = ({
  field,
  filter,
  scale,
  onChange,
}: {
  field: CustomField;
  filter: CustomFilter | undefined;
  scale: number;
  onChange(filter: CustomFilter | null): void;
}) => {
  const { t, i18n } = useTranslation();
  const name = customFieldName(field, i18n.language);
  const current = filter?.op === 'range' ? filter : null;
  const shown = (bound: number | string | null | undefined) => (typeof bound === 'number' ? String(bound / scale) : '');
  const [min, setMin] = useState(shown(current?.min));
  const [max, setMax] = useState(shown(current?.max));
  const apply = () => {
    const low = parse(min);
    const high = parse(max);
    onChange(
      low === null && high === null
        ? null
        : {
            fieldId: field.id,
            op: 'range',
            min: low === null ? null : Math.round(low * scale),
            max: high === null ? null : Math.round(high * scale),
          },
    );
  };
  const box = (value: string, set: (text: string) => void, label: string) => (
    <input
      className="input cf-filter-number"
      inputMode="decimal"
      placeholder={label}
      aria-label={`${name}: ${label}`}
      value={value}
      onChange={(event) => set(event.target.value)}
      onBlur={apply}
      onKeyDown={(event) => {
        if (event.key === 'Enter') apply();
      }}
    />
  );
  return (
    <span className="cf-filter" role="group" aria-label={t('customFields.filter.label', { name })}>
      <span className="cf-filter-name" title={name}>
        {name}
      </span>
      {box(min, setMin, t('customFields.filter.min'))}
      {box(max, setMax, t('customFields.filter.max'))}
    </span>
  );
};

/** Filters of the deals table for its shown custom columns, one compact control per type. */
export const CustomFieldFilters = ({
  fields,
  filters,
  onChange,
}: {
  fields: readonly CustomField[];
  filters: readonly CustomFilter[];
  onChange(fieldId: string, filter: CustomFilter | null): void;
}) => {
  const { t, i18n } = useTranslation();
  return (
    <>
      {fields.map((field) => {
        const filter = filters.find((f) => f.fieldId === field.id);
        const name = customFieldName(field, i18n.language);
        const set = (next: CustomFilter | null) => onChange(field.id, next);
        switch (field.type) {
          case 'number':
          case 'money':
            return (
              <RangeFilter
                key={`${field.id}-${filter ? 'on' : 'off'}`}
                field={field}
                filter={filter}
                scale={field.type === 'money' ? 10 ** currencyExponent(field.currency ?? 'RUB') : 1}
                onChange={set}
              />
            );
          case 'single_select':
          case 'multi_select':
          case 'checkbox': {
            const value =
              filter?.op === 'anyOf'
                ? (filter.ids[0] ?? '')
                : filter?.op === 'checked'
                  ? String(filter.value)
                  : (filter?.op ?? '');
            return (
              <Select
                key={field.id}
                aria-label={t('customFields.filter.label', { name })}
                value={value}
                onChange={(event) => {
                  const chosen = event.target.value;
                  if (chosen === '') set(null);
                  else if (chosen === 'empty' || chosen === 'filled') set({ fieldId: field.id, op: chosen });
                  else if (field.type === 'checkbox')
                    set({ fieldId: field.id, op: 'checked', value: chosen === 'true' });
                  else set({ fieldId: field.id, op: 'anyOf', ids: [chosen] });
                }}
              >
                <option value="">{`${name}: ${t('customFields.filter.any')}`}</option>
                {field.type === 'checkbox' ? (
                  <>
                    <option value="true">{`${name}: ${t('customFields.yes')}`}</option>
                    <option value="false">{`${name}: ${t('customFields.no')}`}</option>
                  </>
                ) : (
                  field.options
                    .filter((option) => option.archivedAt === null)
                    .map((option) => (
                      <option key={option.id} value={option.id}>
                        {`${name}: ${option.label}`}
                      </option>
                    ))
                )}
                {field.type !== 'checkbox' ? (
                  <>
                    <option value="filled">{`${name}: ${t('customFields.filter.filled')}`}</option>
                    <option value="empty">{`${name}: ${t('customFields.filter.empty')}`}</option>
                  </>
                ) : null}
              </Select>
            );
          }
          default:
            return null;
        }
      })}
    </>
  );
};
