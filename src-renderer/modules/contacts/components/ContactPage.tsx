import type { Activity } from '@shared/contract/schemas/activities';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordHash } from '../../../app/useHashRecordId';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { EmptyState } from '../../../ui/EmptyState';
import { Icon } from '../../../ui/Icon';
import { listHref } from '../../../ui/ListPage/useListState';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';
import { ActivityDialog } from '../../activities/components/ActivityDialog';
import { useLogActivityStore } from '../../activities/stores/logActivityStore';
import { CompanyDeals } from '../../companies/components/CompanyDeals';
import { CustomFieldsSection } from '../../customFields/components/CustomFieldsSection';
import { RecordTimeline } from '../../timeline/components/RecordTimeline';
import { useSettingsStore } from '../../settings/stores/settingsStore';
import { useUsers } from '../../users/hooks/useUsers';
import { useContactRecord } from '../hooks/useContactRecord';
import { useExportPersonalData } from '../hooks/useExportPersonalData';
import { ensureContactEraseMessages } from '../utils/ensureContactEraseMessages';
import { ContactEraseDialog } from './ContactEraseDialog';
import { ContactErasedNotice } from './ContactErasedNotice';
import { ContactFormDialog } from './ContactFormDialog';
import { ContactHeader } from './ContactHeader';
import { ContactPersona } from '../../personas/components/ContactPersona';
import { LoadFailed } from '../../../ui/LoadFailed';
import { isRecordId } from '../../../platform/data/isRecordId';
import '../../segments/components/Segments.css';
import '../../companies/components/CompanyPage.css';

/** A person's lines: no checklist (ticks belong to the deals' drawers). */
const TIMELINE_TYPES = ['activity', 'stage', 'field'] as const;
/** The person's latest deals; the rest are a filter away in the deals table. */
const DEALS_SHOWN = 20;

const BackLink = () => {
  const { t } = useTranslation();
  return (
    <a className="back-link" href={listHref('/contacts')}>
      <Icon name="arrowLeft" size={16} />
      {t('contacts.page.back')}
    </a>
  );
};

/** One contact: who they are and how to reach them, their custom fields, their deals and their history. */
export const ContactPage = ({ id }: { id: string }) => {
  const { t, i18n } = useTranslation();
  ensureContactEraseMessages(i18n);
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const { state, applySaved, reload } = useContactRecord(id);
  const users = useUsers();
  const deals = useLiveQuery(
    'deals.list',
    isRecordId(id) ? { contactId: id, limit: DEALS_SHOWN, sort: { field: 'createdAt', dir: 'desc' } } : null,
    ['deals'],
  ).data;
  const currency = useSettingsStore((settings) => settings.settings?.['workspace.currency'] ?? 'RUB');
  const [editing, setEditing] = useState(false);
  const [editingActivity, setEditingActivity] = useState<Activity | null>(null);
  const [erasing, setErasing] = useState(false);
  const exportPersonalData = useExportPersonalData();
  const me = useLiveQuery('users.current', {}, ['settings', 'users']).data ?? null;
  // The core refuses anyone else too; the button is not offered to whom it would refuse.
  const canErase = me?.active === true && (me.role === 'manager' || me.role === 'admin');
  const logActivity = useLogActivityStore((store) => store.open);
  const setInView = useLogActivityStore((store) => store.setInView);
  const contact = state.status === 'ready' ? state.contact : null;
  // An erased person takes no new activity either: they are read-only.
  const live = contact !== null && contact.deletedAt === null && contact.erasedAt === null;
  const target = contact
    ? { contactId: contact.id, label: contact.name, ...(contact.companyId ? { companyId: contact.companyId } : {}) }
    : null;
  // "A" on this page logs on the person (and so on their company); a deleted one takes none.
  const targetKey = live ? JSON.stringify(target) : null;
  useEffect(() => {
    if (targetKey === null) return;
    setInView(JSON.parse(targetKey) as NonNullable<typeof target>);
    return () => setInView(null);
  }, [targetKey, setInView]);

  if (state.status !== 'ready' || !contact || !target) {
    return (
      <div className="company-page">
        <BackLink />
        {state.status === 'notFound' ? (
          <EmptyState icon="contacts" title={t('contacts.page.notFound')} />
        ) : state.status === 'error' ? (
          <LoadFailed onRetry={reload} />
        ) : (
          <p className="muted">{t('contacts.page.loading')}</p>
        )}
      </div>
    );
  }

  const restore = () =>
    client
      .call('contacts.restore', { id: contact.id })
      .then(
        (restored) => push({ tone: 'success', message: t('contacts.page.restored', { name: restored.name }) }),
        reportError,
      );
  const erase = () =>
    client.call('contacts.erase', { id: contact.id }).then(() => {
      setErasing(false);
      push({ tone: 'success', message: t('contactErase.done') });
    }, reportError);
  const ownerName = users?.find((user) => user.id === contact.ownerId)?.name ?? null;
  const company = contact.companyId && state.companyName ? { id: contact.companyId, name: state.companyName } : null;

  return (
    <div className="company-page contact-page" data-testid="contact-page">
      <BackLink />
      {contact.erasedAt !== null ? <ContactErasedNotice erasedAt={contact.erasedAt} /> : null}
      {contact.deletedAt === null ? null : (
        <div className="notice notice-danger" role="status">
          <Icon name="alert" size={18} />
          <p className="notice-body">{t('contacts.page.deletedBanner')}</p>
          <button type="button" className="button button-small company-restore" onClick={restore}>
            {t('contacts.page.restore')}
          </button>
        </div>
      )}
      <ContactHeader
        contact={contact}
        companyName={state.companyName}
        ownerName={ownerName}
        onLog={() => logActivity(target)}
        onEdit={() => setEditing(true)}
        onErase={canErase ? () => setErasing(true) : undefined}
        onExport={() => void exportPersonalData(contact.id)}
      />
      <div className="company-columns">
        <div className="company-column">
          <ContactPersona persona={contact.persona} />
          <div className="card company-custom-fields">
            <CustomFieldsSection entity="contact" recordId={contact.id} />
          </div>
          <CompanyDeals
            pageHash={recordHash('contacts', contact.id)}
            deals={deals?.rows ?? []}
            total={deals?.total ?? 0}
            emptyText={t('contacts.page.noDeals')}
          />
        </div>
        <section className="card company-section company-timeline" aria-labelledby="contact-timeline-title">
          <header className="company-section-header">
            <h2 id="contact-timeline-title">{t('contacts.page.timeline')}</h2>
          </header>
          <div className="company-timeline-body">
            <RecordTimeline
              subject="contact"
              id={contact.id}
              currency={currency}
              types={TIMELINE_TYPES}
              onEditActivity={setEditingActivity}
            />
          </div>
        </section>
      </div>
      <ContactEraseDialog open={erasing} name={contact.name} onCancel={() => setErasing(false)} onConfirm={erase} />
      <ContactFormDialog
        open={editing}
        contact={contact}
        company={company}
        onClose={(saved) => {
          if (saved) applySaved(saved);
          setEditing(false);
        }}
      />
      <ActivityDialog
        open={editingActivity !== null}
        links={{ contactId: contact.id, ...(contact.companyId ? { companyId: contact.companyId } : {}) }}
        currency={currency}
        activity={editingActivity ?? undefined}
        onDone={() => setEditingActivity(null)}
      />
    </div>
  );
};
