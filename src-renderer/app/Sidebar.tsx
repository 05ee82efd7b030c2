import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictsBadge } from '../modules/sync/components/ConflictsBadge';
import { CurrentUserMenu } from '../modules/users/components/CurrentUserMenu';
import { Icon } from '../ui/Icon';
import { hashOf, NAV_GROUPS, PAGE_ICONS, type PageKey } from './pages';
import { PAGE_VIEWS } from './pageViews';

const NavLink = ({ page, current, badge }: { page: PageKey; current: PageKey | null; badge?: ReactNode }) => {
  const { t } = useTranslation();
  const active = page === current;
  return (
    <li>
      <a
        href={hashOf(page)}
        className={active ? 'nav-link is-active' : 'nav-link'}
        aria-current={active ? 'page' : undefined}
        // The page's code starts downloading while the pointer is on its way to the click.
        onPointerEnter={() => void PAGE_VIEWS[page]?.preload()}
        onFocus={() => void PAGE_VIEWS[page]?.preload()}
      >
        <Icon name={PAGE_ICONS[page]} />
        <span>{t(`nav.${page}`)}</span>
        {badge}
      </a>
    </li>
  );
};

/** App name and the section list; plain links, so middle-click and keyboard work as usual. */
export const Sidebar = ({ current }: { current: PageKey | null }) => {
  const { t } = useTranslation();
  return (
    <aside className="sidebar">
      <a className="brand" href={hashOf('pipeline')}>
        <span className="brand-mark">
          <Icon name="funnel" size={18} />
        </span>
        <span className="brand-text">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </span>
      </a>
      <nav className="nav" aria-label={t('nav.label')}>
        {NAV_GROUPS.map((group) => (
          <ul key={group.join()} className="nav-group">
            {group.map((page) => (
              <NavLink key={page} page={page} current={current} />
            ))}
          </ul>
        ))}
        <ul className="nav-group nav-group-bottom">
          {/* Settings → Sync holds the Conflicts view: its item counts the open ones. */}
          <NavLink page="settings" current={current} badge={<ConflictsBadge />} />
        </ul>
      </nav>
      <CurrentUserMenu />
    </aside>
  );
};
