import { useTranslation } from 'react-i18next';
import type { IconName } from '../../../ui/Icon';
import { FormCell } from '../../../ui/form/FormCell';
import { type LookupOption, LookupPicker, type LookupValue } from '../../../ui/form/LookupPicker';
import type { RecordFormState } from '../../../ui/form/useRecordForm';
import type { DealFormValues } from '../types/DealFormValues';

/** The deal's company or contact: an existing one, or a typed name to create with the deal (said under it). */
export const DealLookupField = ({
  form,
  field,
  label,
  icon,
  placeholder,
  lookup,
  createLabel,
  onChange,
}: {
  form: RecordFormState<DealFormValues>;
  field: 'company' | 'contact';
  label: string;
  icon: IconName;
  placeholder: string;
  lookup(search: string): Promise<LookupOption[]>;
  createLabel(name: string): string;
  onChange(choice: LookupValue | null): void;
}) => {
  const { t } = useTranslation();
  const choice = form.values[field];
  const hint = choice && choice.id === null ? t('deals.form.createdWithDeal') : undefined;
  return (
    <FormCell form={form} field={field} label={label} span={3} optional hint={hint}>
      <LookupPicker
        icon={icon}
        placeholder={placeholder}
        lookup={lookup}
        createLabel={createLabel}
        value={choice}
        onChange={onChange}
        {...form.control(field, hint)}
      />
    </FormCell>
  );
};
