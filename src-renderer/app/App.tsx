import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DealDrawerHost } from '../modules/dealDrawer/components/DealDrawerHost';
import { useSettingsSync } from '../modules/settings/hooks/useSettingsSync';
import { WhoAreYouDialog } from '../modules/users/components/WhoAreYouDialog';
import { ConnectionBanner } from '../platform/connection/ConnectionBanner';
import { Toasts } from '../ui/toasts/Toasts';
import { PageContent } from './PageContent';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useHashRoute } from './useHashRoute';
import './App.css';

// The app-wide log and new-lead shortcuts and the reminders' bell are not needed for the first paint: their code follows the page's.
const LogActivityHost = lazy(() =>
  import('../modules/activities/components/LogActivityHost').then((module) => ({ default: module.LogActivityHost })),
);
const NewLeadHost = lazy(() =>
  import('../modules/leads/components/NewLeadHost').then((module) => ({ default: module.NewLeadHost })),
);
const ReminderHost = lazy(() =>
  import('../modules/activities/components/ReminderHost').then((module) => ({ default: module.ReminderHost })),
);

/** The shell: sidebar, page heading, the page, toasts. */
export const App = () => {
  const { t, i18n } = useTranslation();
  const { page, nav, heading } = useHashRoute();
  useSettingsSync();

  const pageKey = page ?? 'notFound';
  const title = t(`pages.${heading}.title`);
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = `${title} · ${t('app.name')}`;
  }, [i18n.language, title, t]);

  return (
    <div className="app">
      <Sidebar current={nav} />
      <div className="main">
        <TopBar
          title={title}
          subtitle={page ? t(`pages.${heading}.subtitle`) : undefined}
          actions={
            <Suspense fallback={null}>
              <ReminderHost />
            </Suspense>
          }
        />
        <ConnectionBanner />
        <main className="content" key={pageKey}>
          <PageContent page={page} />
        </main>
      </div>
      <WhoAreYouDialog />
      <DealDrawerHost />
      <Suspense fallback={null}>
        <LogActivityHost />
        <NewLeadHost />
      </Suspense>
      <Toasts />
    </div>
  );
};
