import { CustomFieldsSection } from '../../customFields/components/CustomFieldsSection';
import type { Contact, ContactRow } from '@shared/contract/schemas/contacts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordHash } from '../../../app/useHashRecordId';
import { useClient } from '../../../platform/ClientContext';
import { EmptyState } from '../../../ui/EmptyState';
import { Icon } from '../../../ui/Icon';
import { listHref } from '../../../ui/ListPage/useListState';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';
import { ContactFormDialog } from '../../contacts/components/ContactFormDialog';
import { useLogActivityStore } from '../../activities/stores/logActivityStore';
import { useCompanyCard } from '../hooks/useCompanyCard';
import { useDeleteCompany } from '../hooks/useDeleteCompany';
import { CompanyContacts } from './CompanyContacts';
import { CompanyDeals } from './CompanyDeals';
import { CompanyFormDialog } from './CompanyFormDialog';
import { CompanyHeader } from './CompanyHeader';
import { CompanyStats } from './CompanyStats';
import { CompanyIcpFit } from '../../icp/components/CompanyIcpFit';
import { CustomerCard } from '../../customers/components/CustomerCard';
import { CompanyTimeline } from './CompanyTimeline';
import { LoadFailed } from '../../../ui/LoadFailed';
import './CompanyPage.css';

type ContactDialog = { contact?: Contact } | null;

const BackLink = () => {
  const { t } = useTranslation();
  return (
    // Back to the table as it was left (search, filters, page), as the browser's Back would.
    <a className="back-link" href={listHref('/companies')}>
      <Icon name="arrowLeft" size={16} />
      {t('companies.page.back')}
    </a>
  );
};

/** One company: header with key facts, deal figures, its deals and contacts, and its history. */
export const CompanyPage = ({ id }: { id: string }) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const { state, applySaved, reload } = useCompanyCard(id);
  const deleteCompany = useDeleteCompany();
  const [editing, setEditing] = useState(false);
  const [contactDialog, setContactDialog] = useState<ContactDialog>(null);
  const logActivity = useLogActivityStore((store) => store.open);
  const setInView = useLogActivityStore((store) => store.setInView);
  const live = state.status === 'ready' && state.card.company.deletedAt === null;
  const name = state.status === 'ready' ? state.card.company.name : '';
  // "A" on this page logs on the company (a deleted one takes no new activities).
  useEffect(() => {
    if (!live) return;
    setInView({ companyId: id, label: name });
    return () => setInView(null);
  }, [id, live, name, setInView]);

  if (state.status !== 'ready') {
    return (
      <div className="company-page">
        <BackLink />
        {state.status === 'loading' ? (
          <p className="muted">{t('companies.page.loading')}</p>
        ) : state.status === 'error' ? (
          <LoadFailed onRetry={reload} />
        ) : (
          <EmptyState icon="companies" title={t('companies.page.notFound')} />
        )}
      </div>
    );
  }

  const { card } = state;
  const { company } = card;
  const deleted = company.deletedAt !== null;
  const restore = () =>
    client
      .call('companies.restore', { id: company.id })
      .then(
        (restored) => push({ tone: 'success', message: t('companies.delete.restored', { name: restored.name }) }),
        reportError,
      );

  return (
    <div className="company-page" data-testid="company-page">
      <BackLink />
      {deleted ? (
        <div className="notice notice-danger" role="status">
          <Icon name="alert" size={18} />
          <p className="notice-body">{t('companies.page.deletedBanner')}</p>
          <button type="button" className="button button-small company-restore" onClick={restore}>
            {t('companies.page.restore')}
          </button>
        </div>
      ) : null}
      <CompanyHeader
        company={company}
        ownerName={card.ownerName}
        onEdit={() => setEditing(true)}
        onLog={() => logActivity({ companyId: company.id, label: company.name })}
        onDelete={async () => {
          if (await deleteCompany(company)) window.location.hash = listHref('/companies');
        }}
      />
      <CompanyStats stats={card.stats} contacts={card.contacts.length} />
      <div className="company-columns">
        <div className="company-column">
          {deleted ? null : <CustomerCard company={{ id: company.id, name: company.name }} contacts={card.contacts} />}
          <CompanyIcpFit companyId={company.id} />
          <div className="card company-custom-fields">
            <CustomFieldsSection entity="company" recordId={company.id} />
          </div>
          <CompanyDeals
            pageHash={recordHash('companies', company.id)}
            deals={card.deals.rows}
            total={card.deals.total}
            emptyText={t('companies.page.noDeals')}
          />
          <CompanyContacts
            contacts={card.contacts}
            canAdd={!deleted}
            onAdd={() => setContactDialog({})}
            onLog={(contact: ContactRow) =>
              logActivity({ contactId: contact.id, companyId: company.id, label: contact.name })
            }
          />
        </div>
        <CompanyTimeline companyId={company.id} currency={card.stats.currency} />
      </div>
      <CompanyFormDialog
        open={editing}
        company={company}
        onClose={(saved) => {
          if (saved) applySaved(saved);
          setEditing(false);
        }}
      />
      <ContactFormDialog
        open={contactDialog !== null}
        contact={contactDialog?.contact}
        company={{ id: company.id, name: company.name }}
        onClose={() => setContactDialog(null)}
      />
    </div>
  );
};
