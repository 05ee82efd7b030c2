import { z } from 'zod';
import { epochMsSchema, idSchema } from './common';

/**
 * A hub problem the Settings card translates (`hub.<reason>` with its params): a refused login, an
 * unreachable host, a refusal of the team's administration.
 */
export const hubProblemSchema = z.object({
  reason: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type HubProblem = z.infer<typeof hubProblemSchema>;

export const HUB_ROLES = ['rep', 'manager', 'admin'] as const;
export const hubRoleSchema = z.enum(HUB_ROLES);

/**
 * A hub address: postgres:// with the person's own login, never a password (it would be stored
 * and shown). The core's parser says the rest (host, port, database, sslmode).
 */
export const hubUrlSchema = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .regex(/^postgres(ql)?:\/\//i, { message: 'A hub address starts with postgres://' });

/** What the user types to connect or test. The password: sent once, kept by the host, never shown back. */
export const hubConnectSchema = z
  .object({ url: hubUrlSchema, password: z.string().min(1).max(1000).optional() })
  .strict();

export const hubIdentitySchema = z.object({
  hubId: z.string(),
  login: z.string(),
  userId: z.string().nullable(),
  role: hubRoleSchema.nullable(),
  team: z.string().nullable(),
});
export type HubIdentityView = z.infer<typeof hubIdentitySchema>;

export const hubProgressSchema = z.union([
  z.object({ phase: z.literal('push'), pushed: z.number().int().nonnegative() }),
  z.object({
    phase: z.literal('pull'),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    received: z.number().int().nonnegative(),
  }),
]);

export const HUB_STATES = ['disconnected', 'stopped', 'idle', 'syncing', 'offline', 'error', 'paused'] as const;
export type HubState = (typeof HUB_STATES)[number];

/** The hub on this device as Settings → Sync shows it. */
export const hubStatusSchema = z.object({
  url: z.string().nullable(),
  login: z.string().nullable(),
  /** `host`: fixed by the browser host's VORONKA_HUB_URL (read-only here). */
  source: z.enum(['host', 'settings']),
  /** Where the password comes from: the host's environment, the desktop's keychain, typed here (held in memory), or none. */
  passwordSource: z.enum(['env', 'keychain', 'memory', 'none']),
  state: z.enum(HUB_STATES),
  connectedAt: epochMsSchema.nullable(),
  lastSyncAt: epochMsSchema.nullable(),
  nextAttemptAt: epochMsSchema.nullable(),
  lastError: hubProblemSchema.nullable(),
  progress: hubProgressSchema.nullable(),
  last: z
    .object({
      pushed: z.number().int().nonnegative(),
      rejected: z.number().int().nonnegative(),
      received: z.number().int().nonnegative(),
      applied: z.number().int().nonnegative(),
    })
    .nullable(),
  identity: hubIdentitySchema.nullable(),
  /** This device's changes the hub does not hold yet (as of the last sync). */
  waitingOut: z.number().int().nonnegative(),
  /** Changes the hub refused: kept on this device, not sent again. */
  rejected: z.number().int().nonnegative(),
  /** The workspace file is encrypted; what goes to the hub is not (the card says so before connecting). */
  encryptedWorkspace: z.boolean(),
});
export type HubStatusView = z.infer<typeof hubStatusSchema>;

/** A test or a connect: who the hub says the login is, or why it refused. */
export const hubConnectResultSchema = z.object({
  identity: hubIdentitySchema.nullable(),
  problem: hubProblemSchema.nullable(),
  status: hubStatusSchema,
});

export const hubMemberSchema = z.object({
  login: z.string(),
  userId: z.string(),
  role: hubRoleSchema,
  team: z.string().nullable(),
});
export type HubMemberView = z.infer<typeof hubMemberSchema>;

/** The hub's people as the connected person may see them; only an admin manages them. */
export const hubTeamSchema = z.object({
  connected: z.boolean(),
  canManage: z.boolean(),
  me: z.string().nullable(),
  members: z.array(hubMemberSchema),
  problem: hubProblemSchema.nullable(),
});
export type HubTeamView = z.infer<typeof hubTeamSchema>;

/** A PostgreSQL login as the hub creates it: a plain identifier (quoted by the hub anyway). */
export const hubLoginSchema = z
  .string()
  .trim()
  .min(1)
  .max(63)
  .regex(/^[a-z_][a-z0-9_.-]*$/, { message: 'A login is lowercase letters, digits, _ . -' });

const teamNameSchema = z.string().trim().min(1).max(100).nullable();

export const hubAddMemberSchema = z
  .object({
    login: hubLoginSchema,
    password: z.string().min(8).max(1000),
    userId: idSchema,
    role: hubRoleSchema,
    team: teamNameSchema,
  })
  .strict();

export const hubSetRoleSchema = z.object({ login: hubLoginSchema, role: hubRoleSchema, team: teamNameSchema }).strict();
export const hubRemoveMemberSchema = z.object({ login: hubLoginSchema }).strict();
