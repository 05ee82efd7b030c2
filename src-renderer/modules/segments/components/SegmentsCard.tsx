import type { Segment } from '@shared/contract/schemas/segments';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { RecordListCard } from '../../../ui/RecordListCard';
import { ensureSegmentMessages } from '../utils/ensureSegmentMessages';
import { SegmentDialog } from './SegmentDialog';
import './Segments.css';

/** Settings → Segments: the team's saved filters, each with its live members, to edit or delete. */
export const SegmentsCard = () => {
  const { t, i18n } = useTranslation();
  ensureSegmentMessages(i18n);
  const client = useClient();
  // Members follow every company, deal and customer change.
  const segments = useLiveQuery('segments.list', {}, [
    'segments',
    'companies',
    'deals',
    'customers',
    'custom_values',
  ]).data;
  const [editing, setEditing] = useState<{ segment?: Segment } | null>(null);

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
    <RecordListCard
      name="segments"
      testId="segments-card"
      rowTestId="segment-row"
      title={t('segments.title')}
      hint={t('segments.hint')}
      addLabel={t('segments.add')}
      emptyText={t('segments.empty')}
      records={segments}
      onAdd={() => setEditing({})}
      onEdit={(segment) => setEditing({ segment })}
      renderMain={(segment) => (
        <>
          <span className="icp-profile-name">{segment.name}</span>
          <div className="icp-profile-summary muted">{summary(segment)}</div>
          {segment.members ? (
            <div className="icp-profile-summary muted" data-testid="segment-members">
              {t('segments.members', { companies: segment.members.companies, deals: segment.members.openDeals })}
            </div>
          ) : null}
        </>
      )}
      deleteLabel={(segment) => t('segments.deleteLabel', { name: segment.name })}
      deleteConfirm={(segment) => t('segments.deleteConfirm', { name: segment.name })}
      onDelete={(segment) => client.call('segments.delete', { id: segment.id })}
    >
      {editing ? <SegmentDialog segment={editing.segment} onClose={() => setEditing(null)} /> : null}
    </RecordListCard>
  );
};
