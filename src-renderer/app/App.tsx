import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LogActivityHost } from '../modules/activities/components/LogActivityHost';
import { DealDrawerHost } from '../modules/dealDrawer/components/DealDrawerHost';
import { NewLeadHost } from '../modules/leads/components/NewLeadHost';
import { SearchHost } from '../modules/search/components/SearchHost';
import { useSettingsSync } from '../modules/settings/hooks/useSettingsSync';
import { WhoAreYouHost } from '../modules/users/components/WhoAreYouHost';
import { ConnectionBanner } from '../platform/connection/ConnectionBanner';
import { lazyPart } from '../ui/lazyPart';
import { PageToasts } from '../ui/toasts/PageToasts';
import { PageContent } from './PageContent';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useHashRoute } from './useHashRoute';
import './App.css';

// The reminders' bell is not needed for the first paint: its code follows the page's. The log and
// new-lead shortcuts listen from the first paint (a key pressed while a chunk loads would be lost);
// their forms load when first opened.
const ReminderHost = lazyPart(() => import('../modules/activities/components/ReminderHost'), 'ReminderHost');
// Says so when the open file is a sample workspace; its words and code follow the first paint.
const SampleBanner = lazyPart(() => import('../modules/sample/components/SampleBanner'), 'SampleBanner');

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
            <>
              <SearchHost />
              <ReminderHost />
            </>
          }
        />
        <SampleBanner />
        <ConnectionBanner />
        <main className="content" key={pageKey}>
          <PageContent page={page} />
        </main>
      </div>
      <WhoAreYouHost />
      <DealDrawerHost />
      <LogActivityHost />
      <NewLeadHost />
      <PageToasts />
    </div>
  );
};
