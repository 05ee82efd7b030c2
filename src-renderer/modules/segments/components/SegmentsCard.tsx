import type { Segment } from '@shared/contract/schemas/segments';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useSaver } from '../../stagesSettings/hooks/useSaver';
import { ensureSegmentMessages } from '../utils/ensureSegmentMessages';
import { SegmentDialog } from './SegmentDialog';
import '../../icp/components/Icp.css';
import './Segments.css';

/** Settings → Segments: the team's saved filters, each with its live members, to edit or delete. */
export const SegmentsCard = () => {
  const { t, i18n } = useTranslation();
  ensureSegmentMessages(i18n);
  const client = useClient();
  const save = useSaver();
  // Members follow every company, deal and customer change.
  const segments = useLiveQuery('segments.list', {}, [
    'segments',
    'companies',
    'deals',
    'customers',
    'custom_values',
  ]).data;
  const [editing, setEditing] = useState<{ segment?: Segment } | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);

  const summary = (segment: Segment): string => {
    const { company, deal } = segment.rules;
    const parts = [
      company.industries?.join(', '),
      company.regions?.join(', '),
      company.sizes?.map((size) => t(`companies.sizes.${size}`)).join(', '),
      company.icpFitMin === undefined ? undefined : `ICP ≥ ${Math.round(company.icpFitMin * 100)}%`,
      company.customerStatuses?.map((status) => t(`segments.customer.${status}`)).join(', '),
      deal.kinds?.map((kind) => t(`deal.kind.${kind}`)).join(', '),
    ];
    return parts.filter(Boolean).join(' · ') || t('segments.any');
  };

  return (
    <section className="card campaigns-card" aria-labelledby="segments-title" data-testid="segments-card">
      <header className="campaigns-card-header">
        <div className="campaigns-card-title">
          <h2 id="segments-title">{t('segments.title')}</h2>
          <p className="muted">{t('segments.hint')}</p>
        </div>
        <button type="button" className="button" onClick={() => setEditing({})}>
          {t('segments.add')}
        </button>
      </header>
      {!segments ? (
        <p className="muted campaigns-pad">{t('common.loading')}</p>
      ) : segments.length === 0 ? (
        <p className="muted campaigns-pad">{t('segments.empty')}</p>
      ) : (
        <ul className="icp-profile-list" aria-labelledby="segments-title">
          {segments.map((segment) => (
            <li key={segment.id} className="icp-profile-row" data-testid="segment-row">
              <div className="icp-profile-main">
                <span className="icp-profile-name">{segment.name}</span>
                <div className="icp-profile-summary muted">{summary(segment)}</div>
                {segment.members ? (
                  <div className="icp-profile-summary muted" data-testid="segment-members">
                    {t('segments.members', { companies: segment.members.companies, deals: segment.members.openDeals })}
                  </div>
                ) : null}
              </div>
              <div className="icp-profile-actions">
                <button type="button" className="button button-small" onClick={() => setEditing({ segment })}>
                  {t('common.actions.edit')}
                </button>
                <button
                  type="button"
                  className="button button-small button-danger"
                  aria-label={t('segments.deleteLabel', { name: segment.name })}
                  onClick={async () => {
                    if (window.confirm(t('segments.deleteConfirm', { name: segment.name }))) {
                      setRowError(await save(() => client.call('segments.delete', { id: segment.id })));
                    }
                  }}
                >
                  {t('common.actions.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {rowError ? <p className="field-error campaigns-pad">{rowError}</p> : null}
      {editing ? <SegmentDialog segment={editing.segment} onClose={() => setEditing(null)} /> : null}
    </section>
  );
};
