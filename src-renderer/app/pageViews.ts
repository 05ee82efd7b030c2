import { lazyPage, type LazyPage } from '../ui/lazyPage';
import type { PageKey } from './pages';

/**
 * The page body of each built section, each its own chunk, so the first screen downloads and
 * evaluates only the shell and its own page (heavy libraries such as ECharts stay with the pages
 * that import them). Adding a page is one line here; a section without a line shows "coming soon".
 */
export const PAGE_VIEWS: Partial<Record<PageKey, LazyPage>> = {
  pipeline: lazyPage(() => import('../modules/pipeline/components/PipelinePage'), 'PipelinePage'),
  leads: lazyPage(() => import('../modules/leads/components/LeadsPage'), 'LeadsPage'),
  deals: lazyPage(() => import('../modules/deals/components/DealsPage'), 'DealsPage'),
  companies: lazyPage(() => import('../modules/companies/components/CompaniesRoute'), 'CompaniesRoute'),
  contacts: lazyPage(() => import('../modules/contacts/components/ContactsRoute'), 'ContactsRoute'),
  activities: lazyPage(() => import('../modules/activities/components/ActivitiesRoute'), 'ActivitiesRoute'),
  analytics: lazyPage(() => import('../modules/analytics/components/AnalyticsPage'), 'AnalyticsPage'),
  reports: lazyPage(() => import('../modules/reports/components/ReportsPage'), 'ReportsPage'),
  settings: lazyPage(() => import('../modules/settings/components/SettingsPage'), 'SettingsPage'),
};
