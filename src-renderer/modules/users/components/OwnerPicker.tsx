import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../ui/form/Select';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { type OwnerOption, ownerOptions } from '../utils/ownerOptions';
import { OwnerOptionGroups } from './OwnerOptionGroups';

export type OwnerPickerProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'> & {
  /** The chosen user's id; null is "Unassigned". */
  value: string | null;
  onChange(ownerId: string | null): void;
  /** Text of the empty choice; "Unassigned" unless a filter says e.g. "No owner". */
  unassignedLabel?: string;
  /** A filter lists deactivated users too (in their own group); a picker that assigns does not. */
  includeInactive?: boolean;
};

/**
 * Picks a record's owner among active users: the current user first, marked "(me)", then the
 * rest by name, and "Unassigned". A deactivated owner stays visible while chosen; a filter lists
 * every deactivated user under "Deactivated".
 */
export const OwnerPicker = ({ value, onChange, unassignedLabel, includeInactive = false, ...props }: OwnerPickerProps) => {
  const { t } = useTranslation();
  const { user, users } = useCurrentUser();
  const options: OwnerOption[] = ownerOptions(users ?? [], user?.id ?? null, value, { includeInactive });
  return (
    <Select {...props} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
      <option value="">{unassignedLabel ?? t('users.unassigned')}</option>
      {/* Until the list loads, keep the chosen id selectable so the value is not lost. */}
      {users === null && value ? <option value={value}>{t('common.loading')}</option> : null}
      <OwnerOptionGroups options={options} />
    </Select>
  );
};
