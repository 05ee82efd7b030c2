import type { Activity } from '@shared/contract/schemas/activities';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivityDialog } from '../../activities/components/ActivityDialog';
import { RecordTimeline } from '../../timeline/components/RecordTimeline';

/** A company's lines: no checklist (ticks belong to its deals' drawers). */
const TYPES = ['activity', 'stage', 'field'] as const;

/**
 * The company's history: its own edits, its deals' stage moves and the activities logged on it,
 * newest first, filtered and paged like the deal drawer's; an activity can be edited from here.
 */
export const CompanyTimeline = ({ companyId, currency }: { companyId: string; currency: string }) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Activity | null>(null);
  return (
    <section className="card company-section company-timeline" aria-labelledby="company-timeline-title">
      <header className="company-section-header">
        <h2 id="company-timeline-title">{t('companies.page.timeline')}</h2>
      </header>
      <div className="company-timeline-body">
        <RecordTimeline
          subject="company"
          id={companyId}
          currency={currency}
          types={TYPES}
          onEditActivity={setEditing}
        />
      </div>
      <ActivityDialog
        open={editing !== null}
        links={{ companyId }}
        currency={currency}
        activity={editing ?? undefined}
        onDone={() => setEditing(null)}
      />
    </section>
  );
};
