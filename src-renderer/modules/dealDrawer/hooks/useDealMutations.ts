import { RpcFailure } from '@shared/contract/createClient';
import { dealGateParamsSchema, type DealGateParams } from '@shared/contract/schemas/controlPoints';
import { type DealPatch, dealUpdateInputSchema } from '@shared/contract/schemas/deals';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { translateIssue } from '../../../ui/form/translateIssue';
import { useToastStore } from '../../../ui/toasts/toastStore';
import { useReportError } from '../../../ui/toasts/useReportError';
import { writesOfRecord } from '../../../ui/writesOfRecord';

/** A refused move or win as the drawer shows it: what was tried and what is missing. */
export type DrawerGate = Pick<DealGateParams, 'action' | 'targetStageId' | 'missing' | 'missingFields'> & {
  ticked: string[];
};

export const gateOf = (error: unknown): DrawerGate | null => {
  if (!(error instanceof RpcFailure) || error.error.code !== 'GATE_BLOCKED') return null;
  const parsed = dealGateParamsSchema.safeParse(error.error.params);
  return parsed.success
    ? {
        action: parsed.data.action,
        targetStageId: parsed.data.targetStageId,
        missing: parsed.data.missing,
        missingFields: parsed.data.missingFields,
        ticked: [],
      }
    : null;
};

/**
 * The drawer's writes. `update` validates the patch with the contract's own schema first and
 * answers with a translated message for the field (or null when saved); the rest report
 * failures as toasts, except gate refusals, which the caller shows inline.
 */
export const useDealMutations = (dealId: string) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const pushToast = useToastStore((state) => state.push);
  // Ticks, moves and wins reach the core in the order they were made, after the deal's custom
  // values saved before them: "Move again" counts on what was ticked and filled just before it,
  // and sent at once it could arrive first and be refused for the same items.
  const inOrder = writesOfRecord('deal', dealId);

  return useMemo(
    () => ({
      async update(patch: DealPatch): Promise<string | null> {
        const parsed = dealUpdateInputSchema.safeParse({ id: dealId, patch });
        if (!parsed.success) return translateIssue(parsed.error.issues[0] ?? { code: 'custom', path: [] }, t);
        try {
          await client.call('deals.update', parsed.data);
          return null;
        } catch (error) {
          if (error instanceof RpcFailure && error.error.code === 'BAD_INPUT') {
            const issue = error.error.issues?.[0];
            return issue ? translateIssue(issue, t) : t('errors.BAD_INPUT');
          }
          reportError(error);
          return t('dealDrawer.notSaved');
        }
      },
      /** Resolves to the gate refusal, if that is why it failed. */
      async move(toStageId: string): Promise<DrawerGate | null> {
        try {
          await inOrder(() => client.call('deals.move', { id: dealId, toStageId }));
          return null;
        } catch (error) {
          const gate = gateOf(error);
          if (!gate) reportError(error);
          return gate;
        }
      },
      async win(title: string): Promise<DrawerGate | null> {
        try {
          await inOrder(() => client.call('deals.win', { id: dealId }));
          pushToast({ tone: 'success', message: t('board.toasts.won', { title }) });
          return null;
        } catch (error) {
          const gate = gateOf(error);
          if (!gate) reportError(error);
          return gate;
        }
      },
      async lose(title: string, lossReasonId: string, note: string) {
        try {
          await client.call('deals.lose', { id: dealId, lossReasonId, ...(note.trim() ? { note: note.trim() } : {}) });
          pushToast({ tone: 'success', message: t('board.toasts.lost', { title }) });
        } catch (error) {
          reportError(error);
        }
      },
      async reopen() {
        try {
          await client.call('deals.reopen', { id: dealId });
        } catch (error) {
          reportError(error);
        }
      },
      async check(controlPointId: string, checked: boolean) {
        try {
          await inOrder(() => client.call('deals.check', { dealId, controlPointId, checked }));
        } catch (error) {
          reportError(error);
        }
      },
      /** Tombstones the deal and offers Undo (restore) in the toast. */
      async remove(title: string) {
        try {
          await client.call('deals.delete', { id: dealId });
          pushToast({
            tone: 'info',
            message: t('dealDrawer.deleted', { title }),
            action: {
              label: t('board.toasts.undo'),
              run: () =>
                void client
                  .call('deals.restore', { id: dealId })
                  .then(
                    () => pushToast({ tone: 'success', message: t('dealDrawer.restored', { title }) }),
                    reportError,
                  ),
            },
          });
        } catch (error) {
          reportError(error);
        }
      },
    }),
    [client, dealId, inOrder, pushToast, reportError, t],
  );
};

export type DealMutations = ReturnType<typeof useDealMutations>;
