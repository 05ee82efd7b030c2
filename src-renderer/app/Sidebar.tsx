import { useTranslation } from 'react-i18next';
import { CurrentUserMenu } from '../modules/users/components/CurrentUserMenu';
import { Icon } from '../ui/Icon';
import { hashOf, NAV_GROUPS, PAGE_ICONS, type PageKey } from './pages';
import { PAGE_VIEWS } from './pageViews';

const NavLink = ({ page, current }: { page: PageKey; current: PageKey | null }) => {
  const { t } = useTranslation();
  const active = page === current;
  return (
    <li>
      <a
        href={hashOf(page)}
        className={active ? 'nav-link is-active' : 'nav-link'}
        aria-current={active ? 'page' : undefined}
        // The page's code starts downloading while the pointer is on its way to the click.
        onPointerEnter={PAGE_VIEWS[page]?.preload}
        onFocus={PAGE_VIEWS[page]?.preload}
      >
        <Icon name={PAGE_ICONS[page]} />
        <span>{t(`nav.${page}`)}</span>
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
          <NavLink page="settings" current={current} />
        </ul>
      </nav>
      <CurrentUserMenu />
    </aside>
  );
};
