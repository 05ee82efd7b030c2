import type { HubProblem } from '@shared/contract/schemas/hub';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { desktopBridge } from '../../../platform/desktopBridge';
import { unwrapEnvelope } from '../../../platform/unwrapEnvelope';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useToastStore } from '../../../ui/toasts/toastStore';

/** The desktop keeps the hub password with the OS keychain (main's file); the browser host holds it in memory. */
const keepPassword = async (password: string | null): Promise<void> => {
  const bridge = desktopBridge();
  if (bridge) unwrapEnvelope(await bridge.setHubPassword(password));
};

export type HubBusy = 'test' | 'connect' | 'disconnect' | 'sync' | 'cancel' | null;

/**
 * The team hub on this device: its live status (refreshed as the background sync moves), and
 * test, connect, disconnect, "Sync now" and stop. A refusal of the hub (a wrong password, an
 * unreachable host) comes back as a problem the card shows in words, beside the form.
 */
export const useHub = () => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const query = useLiveQuery('hub.get', {}, ['sync_hub']);
  const [busy, setBusy] = useState<HubBusy>(null);
  const [problem, setProblem] = useState<HubProblem | null>(null);

  const work = useCallback(
    async (kind: Exclude<HubBusy, null>, task: () => Promise<void>) => {
      setBusy(kind);
      try {
        await task();
      } catch (error) {
        reportError(error);
      } finally {
        setBusy(null);
        query.refetch();
      }
    },
    [query, reportError],
  );

  const roleName = useCallback(
    (role: string | null) => (role === null ? t('hubCard.noRole') : t(`hubCard.roles.${role}`)),
    [t],
  );

  const test = useCallback(
    (url: string, password: string) =>
      work('test', async () => {
        const result = await client.call('hub.test', { url, ...(password ? { password } : {}) });
        setProblem(result.problem);
        if (result.identity) {
          push({
            tone: 'success',
            message: t('hubCard.testOk', { login: result.identity.login, role: roleName(result.identity.role) }),
          });
        }
      }),
    [client, push, roleName, t, work],
  );

  const connect = useCallback(
    (url: string, password: string) => {
      let ok = false;
      return work('connect', async () => {
        const result = await client.call('hub.connect', { url, ...(password ? { password } : {}) });
        setProblem(result.problem);
        if (result.identity) {
          ok = true;
          if (password) await keepPassword(password);
          push({ tone: 'success', message: t('hubCard.connected', { login: result.identity.login }) });
        }
      }).then(() => ok);
    },
    [client, push, t, work],
  );

  const disconnect = useCallback(
    () =>
      work('disconnect', async () => {
        await client.call('hub.disconnect', {});
        await keepPassword(null);
        setProblem(null);
        push({ tone: 'success', message: t('hubCard.disconnected') });
      }),
    [client, push, t, work],
  );

  const syncNow = useCallback(
    () =>
      work('sync', async () => {
        await client.call('hub.syncNow', {});
      }),
    [client, work],
  );

  const cancel = useCallback(
    () =>
      work('cancel', async () => {
        await client.call('hub.cancel', {});
      }),
    [client, work],
  );

  return {
    status: query.data,
    busy,
    problem,
    /** The desktop keeps the password with the OS keychain. */
    keychain: desktopBridge() !== undefined,
    roleName,
    test,
    connect,
    disconnect,
    syncNow,
    cancel,
  };
};
