import { useTranslation } from 'react-i18next';
import { CompaniesRoute } from '../modules/companies/components/CompaniesRoute';
import { ContactsPage } from '../modules/contacts/components/ContactsPage';
import { DealsPage } from '../modules/deals/components/DealsPage';
import { PipelinePage } from '../modules/pipeline/components/PipelinePage';
import { SettingsPage } from '../modules/settings/components/SettingsPage';
import { EmptyState } from '../ui/EmptyState';
import { ComingSoonPage } from './ComingSoonPage';
import type { PageKey } from './pages';

/** The page body for a route; `null` is an unknown hash. */
export const PageContent = ({ page }: { page: PageKey | null }) => {
  const { t } = useTranslation();
  switch (page) {
    case 'pipeline':
      return <PipelinePage />;
    case 'deals':
      return <DealsPage />;
    case 'companies':
      return <CompaniesRoute />;
    case 'contacts':
      return <ContactsPage />;
    case 'settings':
      return <SettingsPage />;
    case null:
      return <EmptyState icon="info" title={t('pages.notFound.title')} body={t('pages.notFound.body')} />;
    default:
      return <ComingSoonPage page={page} />;
  }
};
