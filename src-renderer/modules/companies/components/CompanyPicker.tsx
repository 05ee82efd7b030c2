import { useTranslation } from 'react-i18next';
import { LookupPicker, type LookupPickerProps } from '../../../ui/form/LookupPicker';
import { useCompanyLookup } from '../hooks/useCompanyLookup';
import type { PickedCompany } from '../utils/PickedCompany';

export type CompanyPickerProps = Omit<LookupPickerProps, 'lookup' | 'icon' | 'placeholder' | 'value' | 'onChange'> & {
  value: PickedCompany | null;
  onChange(company: PickedCompany | null): void;
  placeholder?: string;
};

/** Picks an existing company by typing part of its name, INN or domain. */
export const CompanyPicker = ({ value, onChange, placeholder, ...props }: CompanyPickerProps) => {
  const { t } = useTranslation();
  const lookup = useCompanyLookup();
  return (
    <LookupPicker
      {...props}
      icon="companies"
      placeholder={placeholder ?? t('contacts.picker.placeholder')}
      lookup={lookup}
      value={value}
      onChange={(picked) => onChange(picked?.id ? { id: picked.id, name: picked.name } : null)}
    />
  );
};
