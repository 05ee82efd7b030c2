import type { HubMemberView, HubTeamView } from '@shared/contract/schemas/hub';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../../platform/ClientContext';
import { useLiveQuery } from '../../../platform/data/useLiveQuery';
import { useReportError } from '../../../ui/toasts/useReportError';
import { useToastStore } from '../../../ui/toasts/toastStore';

export type NewHubMember = HubMemberView & { password: string };

/**
 * The hub's team as the connected login may see it, read from the hub (not on every sync tick:
 * again when this device connects or disconnects, and from each change's answer). An admin adds,
 * re-roles and removes people through the hub's own functions; a refusal is shown in words.
 */
export const useHubTeam = (hubUrl: string | null) => {
  const { t } = useTranslation();
  const client = useClient();
  const reportError = useReportError();
  const push = useToastStore((state) => state.push);
  const query = useLiveQuery('hub.team', {}, ['users']);
  // A change's answer is shown until the query answers anew (another hub, or the users changed).
  const [changed, setChanged] = useState<{ url: string | null; base: HubTeamView | null; team: HubTeamView } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const { refetch } = query;

  useEffect(() => {
    refetch();
  }, [hubUrl, refetch]);

  const apply = useCallback(
    async (task: () => Promise<HubTeamView>, success: string) => {
      setBusy(true);
      try {
        const team = await task();
        setChanged({ url: hubUrl, base: query.data, team });
        if (team.problem === null) push({ tone: 'success', message: success });
        return team.problem === null;
      } catch (error) {
        reportError(error);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [hubUrl, push, query.data, reportError],
  );

  const add = useCallback(
    (member: NewHubMember) =>
      apply(() => client.call('hub.addMember', member), t('hubCard.team.added', { login: member.login })),
    [apply, client, t],
  );
  const setRole = useCallback(
    (member: HubMemberView) =>
      apply(
        () => client.call('hub.setRole', { login: member.login, role: member.role, team: member.team }),
        t('hubCard.team.changed', { login: member.login }),
      ),
    [apply, client, t],
  );
  const remove = useCallback(
    (login: string) => apply(() => client.call('hub.removeMember', { login }), t('hubCard.team.removed', { login })),
    [apply, client, t],
  );

  const current = changed !== null && changed.url === hubUrl && changed.base === query.data ? changed.team : null;
  return { team: current ?? query.data, busy, add, setRole, remove };
};
