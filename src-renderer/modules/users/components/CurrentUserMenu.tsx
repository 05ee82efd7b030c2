import { useTranslation } from 'react-i18next';
import { Icon } from '../../../ui/Icon';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { useWhoAreYouStore } from '../stores/whoAreYouStore';
import { initials } from '@shared/domain/initials';
import './CurrentUserMenu.css';

/**
 * The sidebar's foot: who works on this device. Pressing it switches user (or, before anyone is
 * chosen, asks who you are).
 */
export const CurrentUserMenu = () => {
  const { t } = useTranslation();
  const { user, ready } = useCurrentUser();
  const request = useWhoAreYouStore((state) => state.request);
  if (!ready) return null;
  if (!user) {
    return (
      <button type="button" className="current-user current-user-none" onClick={request}>
        <span className="user-avatar" aria-hidden="true">
          <Icon name="user" size={16} />
        </span>
        <span className="current-user-text">
          <span className="current-user-name">{t('users.current.choose')}</span>
          <span className="current-user-role">{t('users.current.chooseHint')}</span>
        </span>
      </button>
    );
  }
  return (
    <button
      type="button"
      className="current-user"
      data-testid="current-user"
      title={t('users.current.switch')}
      onClick={request}
    >
      <span className="user-avatar" aria-hidden="true">
        {initials(user.name)}
      </span>
      <span className="current-user-text">
        <span className="visually-hidden">{t('users.current.label')} </span>
        <span className="current-user-name">{user.name}</span>
        <span className="current-user-role">{t(`users.roles.${user.role}`)}</span>
        <span className="visually-hidden">. {t('users.current.switch')}</span>
      </span>
      <Icon name="swap" size={16} className="current-user-switch" />
    </button>
  );
};
