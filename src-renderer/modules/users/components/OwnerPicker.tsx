import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../ui/form/Select';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { ownerOptions } from '../utils/ownerOptions';

export type OwnerPickerProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'> & {
  /** The chosen user's id; null is "Unassigned". */
  value: string | null;
  onChange(ownerId: string | null): void;
  /** Text of the empty choice; "Unassigned" unless a filter says e.g. "No owner". */
  unassignedLabel?: string;
};

/**
 * Picks a record's owner among active users: the current user first, marked "(me)", then the
 * rest by name, and "Unassigned". A deactivated owner stays visible while chosen.
 */
export const OwnerPicker = ({ value, onChange, unassignedLabel, ...props }: OwnerPickerProps) => {
  const { t } = useTranslation();
  const { user, users } = useCurrentUser();
  const options = ownerOptions(users ?? [], user?.id ?? null, value);
  const label = (name: string, kind: 'me' | 'active' | 'inactive') =>
    kind === 'me' ? t('users.me', { name }) : kind === 'inactive' ? t('users.deactivatedName', { name }) : name;
  return (
    <Select {...props} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
      <option value="">{unassignedLabel ?? t('users.unassigned')}</option>
      {/* Until the list loads, keep the chosen id selectable so the value is not lost. */}
      {users === null && value ? <option value={value}>{t('common.loading')}</option> : null}
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {label(option.name, option.kind)}
        </option>
      ))}
    </Select>
  );
};
