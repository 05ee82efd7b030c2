import type { HubProblem, HubStatusView, HubTeamView } from '@shared/contract/schemas/hub';
import type { z } from 'zod';
import type { hubAddMemberSchema, hubConnectSchema, hubSetRoleSchema } from '@shared/contract/schemas/hub';
import type { HandlerContext } from '../../HandlerContext';
import { addHubUser, type HubMember, readHubMembers, removeHubUser, setHubRole } from '../../hub/hubAdmin';
import type { HubConnection } from '../../hub/HubConnection';
import { toHubError } from '../../hub/HubError';
import type { HubIdentity } from '../../hub/pullFromHub';

const problemOf = (error: unknown): HubProblem => {
  const hubError = toHubError(error);
  return { reason: hubError.reason, params: hubError.params };
};

const identityView = (who: HubIdentity | null) =>
  who === null ? null : { hubId: who.hubId, login: who.login, userId: who.userId, role: who.role, team: who.team };

export const getHub = (ctx: HandlerContext): HubStatusView => {
  const status = ctx.hub.status(ctx.db);
  const runner = status.runner;
  return {
    url: status.url,
    login: status.login,
    source: status.source,
    passwordSource: status.passwordSource,
    state: status.url === null ? 'disconnected' : (runner?.state ?? 'stopped'),
    connectedAt: status.connectedAt,
    lastSyncAt: runner?.lastSyncAt ?? null,
    nextAttemptAt: runner?.nextAttemptAt ?? null,
    lastError: runner?.lastError ?? null,
    progress: runner?.progress ?? null,
    last: runner?.last ?? null,
    identity: identityView(status.identity),
    waitingOut: status.waitingOut,
    rejected: status.rejected,
    encryptedWorkspace: ctx.db.key !== null,
  };
};

const connectionOf = (input: z.infer<typeof hubConnectSchema>): HubConnection => ({
  url: input.url,
  ...(input.password !== undefined ? { password: input.password } : {}),
});

export const testHub = async (ctx: HandlerContext, input: z.infer<typeof hubConnectSchema>) => {
  try {
    const who = await ctx.hub.test(connectionOf(input));
    return { identity: identityView(who), problem: null, status: getHub(ctx) };
  } catch (error) {
    return { identity: null, problem: problemOf(error), status: getHub(ctx) };
  }
};

export const connectToHub = async (ctx: HandlerContext, input: z.infer<typeof hubConnectSchema>) => {
  try {
    const who = await ctx.hub.connect(connectionOf(input));
    return { identity: identityView(who), problem: null, status: getHub(ctx) };
  } catch (error) {
    return { identity: null, problem: problemOf(error), status: getHub(ctx) };
  }
};

export const disconnectFromHub = (ctx: HandlerContext): HubStatusView => {
  ctx.hub.disconnect();
  return getHub(ctx);
};

export const syncHubNow = (ctx: HandlerContext): HubStatusView => {
  ctx.hub.syncNow();
  return getHub(ctx);
};

export const cancelHubSync = (ctx: HandlerContext): HubStatusView => {
  ctx.hub.cancel();
  return getHub(ctx);
};

const NOT_CONNECTED: HubTeamView = { connected: false, canManage: false, me: null, members: [], problem: null };

/** The team as the hub lists it to this login, after `change` (an admin's) if any; a refusal is the problem. */
const withTeam = async (
  ctx: HandlerContext,
  change?: (client: Parameters<Parameters<HandlerContext['hub']['withClient']>[0]>[0]) => Promise<void>,
): Promise<HubTeamView> => {
  if (ctx.hub.status(ctx.db).url === null) return NOT_CONNECTED;
  let problem: HubProblem | null = null;
  try {
    return await ctx.hub.withClient(async (client, who) => {
      if (change) {
        try {
          await change(client);
        } catch (error) {
          problem = problemOf(error);
        }
      }
      const members: HubMember[] = await readHubMembers(client);
      return { connected: true, canManage: who.role === 'admin', me: who.login, members, problem };
    });
  } catch (error) {
    return { ...NOT_CONNECTED, connected: true, problem: problem ?? problemOf(error) };
  }
};

export const getHubTeam = (ctx: HandlerContext) => withTeam(ctx);

export const addHubMember = (ctx: HandlerContext, input: z.infer<typeof hubAddMemberSchema>) =>
  withTeam(ctx, (client) =>
    addHubUser(
      client,
      { login: input.login, userId: input.userId, role: input.role, team: input.team },
      input.password,
    ),
  );

export const setHubMemberRole = (ctx: HandlerContext, input: z.infer<typeof hubSetRoleSchema>) =>
  withTeam(ctx, (client) => setHubRole(client, input.login, input.role, input.team));

export const removeHubMember = (ctx: HandlerContext, login: string) =>
  withTeam(ctx, (client) => removeHubUser(client, login));
