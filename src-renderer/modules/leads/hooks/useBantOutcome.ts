import type { ContactRole } from '@shared/contract/schemas/contacts';
import type { Deal } from '@shared/contract/schemas/deals';
import type { BantDetails } from '@shared/domain/bantAnswerLevels';
import { displayName } from '@shared/i18n/displayName';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useStages } from '../../workspace/hooks/useStages';

export type BantOutcome =
  { outcome: 'save' } | { outcome: 'qualified' } | { outcome: 'disqualified'; lossReasonId: string; note: string };

/**
 * The BANT form's three writes (save, qualify, disqualify), each one `leads.qualify` call, with
 * the toast that says what happened; resolves true when the write went through.
 */
export const useBantOutcome = (deal: Pick<Deal, 'id' | 'pipelineId'>) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const pushToast = useToastStore((state) => state.push);
  const stages = useStages(deal.pipelineId);
  const [busy, setBusy] = useState(false);

  const submit = async (details: BantDetails, choice: BantOutcome): Promise<boolean> => {
    setBusy(true);
    try {
      const extra =
        choice.outcome === 'save'
          ? {}
          : choice.outcome === 'qualified'
            ? { outcome: 'qualified' as const }
            : { outcome: 'disqualified' as const, lossReasonId: choice.lossReasonId, note: choice.note };
      const saved = await client.call('leads.qualify', {
        id: deal.id,
        ...details,
        // The form offers only the contact roles.
        authorityRole: details.authorityRole as ContactRole | null,
        ...extra,
      });
      if (choice.outcome === 'save') {
        pushToast({ tone: 'success', message: t('leads.bant.saved', { score: saved.score ?? 0 }) });
      } else if (choice.outcome === 'qualified') {
        const moved = await client.call('deals.get', { id: deal.id });
        const stage = stages?.find((candidate) => candidate.id === moved.stageId);
        pushToast({
          tone: 'success',
          message: t('leads.bant.qualified', {
            score: saved.score ?? 0,
            stage: stage ? displayName(stage, t, 'stage') : '',
          }),
        });
      } else {
        pushToast({ tone: 'success', message: t('leads.bant.disqualified') });
      }
      return true;
    } catch (error) {
      reportError(error);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { submit, busy, stages };
};
