import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { LoseDealDialog } from '../../board/components/LoseDealDialog';
import { OwnerPicker } from '../../users/components/OwnerPicker';

/**
 * What can be done to the ticked leads at once: hand them to one owner, or disqualify them with
 * one loss reason (each lost through the single-deal path, all in one write).
 */
export const LeadBulkBar = ({ ids, onDone }: { ids: readonly string[]; onDone(): void }) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const pushToast = useToastStore((state) => state.push);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [disqualifying, setDisqualifying] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<{ count: number }>, message: string) => {
    setBusy(true);
    try {
      const { count } = await work();
      pushToast({ tone: 'success', message: t(message, { count: Math.max(count, ids.length) }) });
      onDone();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="lead-bulk-bar"
      role="toolbar"
      aria-label={t('leads.selection.actionsLabel')}
      data-testid="lead-bulk-bar"
    >
      <span className="lead-bulk-count">{t('leads.selection.selected', { count: ids.length })}</span>
      <OwnerPicker aria-label={t('leads.selection.assignTo')} value={ownerId} onChange={setOwnerId} />
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() =>
          void run(() => client.call('leads.assign', { ids: [...ids], ownerId }), 'leads.selection.assigned')
        }
      >
        {t('leads.selection.assign')}
      </button>
      <button type="button" className="button button-lost" disabled={busy} onClick={() => setDisqualifying(true)}>
        {t('leads.selection.disqualify')}
      </button>
      <button type="button" className="button button-link" onClick={onDone}>
        {t('leads.selection.clear')}
      </button>
      <LoseDealDialog
        dealTitle={disqualifying ? String(ids.length) : null}
        title={t('leads.selection.disqualifyTitle')}
        lead={t('leads.selection.disqualifyLead', { count: ids.length })}
        onClose={() => setDisqualifying(false)}
        onConfirm={(lossReasonId, note) => {
          setDisqualifying(false);
          void run(
            () => client.call('leads.disqualify', { ids: [...ids], lossReasonId, ...(note.trim() ? { note } : {}) }),
            'leads.selection.disqualified',
          );
        }}
      />
    </div>
  );
};
