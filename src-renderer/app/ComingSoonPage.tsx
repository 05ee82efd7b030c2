import { useTranslation } from 'react-i18next';
import { EmptyState } from '../ui/EmptyState';
import { Icon } from '../ui/Icon';
import { PAGE_ICONS, type PageKey } from './pages';

export type ComingSoonKey = Extract<PageKey, 'companies' | 'contacts' | 'activities' | 'reports'>;

/** A section a later release fills in; it says what will be here rather than showing nothing. */
export const ComingSoonPage = ({ page }: { page: ComingSoonKey }) => {
  const { t } = useTranslation();
  return (
    <div className="card coming-soon" data-testid="coming-soon">
      <EmptyState
        icon={PAGE_ICONS[page]}
        title={t('comingSoon.title', { page: t(`nav.${page}`) })}
        body={t(`comingSoon.${page}`)}
      />
      <p className="coming-soon-note muted">
        <Icon name="sparkle" size={16} />
        {t('comingSoon.body')}
      </p>
    </div>
  );
};
