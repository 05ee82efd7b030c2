import { useTranslation } from 'react-i18next';
import { Select } from '../../../ui/form/Select';
import { OwnerOptionGroups } from '../../users/components/OwnerOptionGroups';
import { useCurrentUser } from '../../users/hooks/useCurrentUser';
import { ownerOptions } from '../../users/utils/ownerOptions';
import type { MyDayOwner } from '../utils/myDayOwnerInput';

/** Whose day: mine, the whole team's, or any active user's (a manager looking over a rep's day). */
export const MyDayOwnerFilter = ({ value, onChange }: { value: MyDayOwner; onChange(owner: MyDayOwner): void }) => {
  const { t } = useTranslation();
  const { user, users } = useCurrentUser();
  const chosen = value === 'me' || value === 'team' ? null : value;
  // "Mine" already stands for the current user: the list below is everyone else.
  const others = ownerOptions(users ?? [], user?.id ?? null, chosen).filter((option) => option.kind !== 'me');
  return (
    <Select
      className="my-day-whose"
      aria-label={t('activities.myDay.whose')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="me">{t('activities.myDay.me')}</option>
      <option value="team">{t('activities.myDay.team')}</option>
      {/* Until the users load, keep a linked user's id selectable so the filter is not lost. */}
      {users === null && chosen ? <option value={chosen}>{t('common.loading')}</option> : null}
      <OwnerOptionGroups options={others} />
    </Select>
  );
};
