import { useTranslation } from 'react-i18next';
import type { OwnerOption } from '../utils/ownerOptions';

/** Owner <option>s: active users (me first), then deactivated ones in a "Deactivated" <optgroup>. */
export const OwnerOptionGroups = ({ options }: { options: readonly OwnerOption[] }) => {
  const { t } = useTranslation();
  const active = options.filter((option) => option.kind !== 'inactive');
  const inactive = options.filter((option) => option.kind === 'inactive');
  return (
    <>
      {active.map((option) => (
        <option key={option.id} value={option.id}>
          {option.kind === 'me' ? t('users.me', { name: option.name }) : option.name}
        </option>
      ))}
      {inactive.length > 0 ? (
        <optgroup label={t('users.inactiveGroup')}>
          {inactive.map((option) => (
            <option key={option.id} value={option.id}>
              {/* The closed box shows only the option: say it there too. */}
              {t('users.deactivatedName', { name: option.name })}
            </option>
          ))}
        </optgroup>
      ) : null}
    </>
  );
};
