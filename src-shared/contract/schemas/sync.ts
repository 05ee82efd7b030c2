import { z } from 'zod';
import { timelineRefSchema } from './history';
import { reportFileSchema } from './reports';

/** Why a bundle was refused; the reason travels in `params.reason` (`syncProblems.<reason>`). */
export const BUNDLE_PROBLEMS = [
  'not_bundle',
  'truncated',
  'damaged',
  'altered',
  'passphrase_needed',
  'wrong_passphrase',
  'own_bundle',
  'key_changed',
  'unknown_peer',
  'too_large',
] as const;
export type BundleProblem = (typeof BUNDLE_PROBLEMS)[number];

export const isBundleProblem = (value: unknown): value is BundleProblem =>
  (BUNDLE_PROBLEMS as readonly unknown[]).includes(value);

/** How changes travel between devices (DESIGN §7). */
export const SYNC_TRANSPORTS = ['bundle', 'folder', 'hub'] as const;
export type SyncTransport = (typeof SYNC_TRANSPORTS)[number];

const transportSyncSchema = z.object({
  transport: z.enum(SYNC_TRANSPORTS),
  /** in: the last batch from the peer applied here; out: the last one written for it. */
  direction: z.enum(['in', 'out']),
  at: z.number(),
  messages: z.number().int().nonnegative(),
});

export const syncPeerSchema = z.object({
  deviceId: z.string(),
  /** Who made the peer's last bundle (its user's name then). */
  actorName: z.string().nullable(),
  syncs: z.array(transportSyncSchema),
  /** Changes this device holds that the peer lacks by the vector it last showed (null: never showed one). */
  waiting: z.number().int().nonnegative().nullable(),
  /** How far ahead of this machine's clock the peer's stamps ran (ms), when over the warning limit. */
  clockAheadMs: z.number().nullable(),
});
export type SyncPeer = z.infer<typeof syncPeerSchema>;

/** How many flagged deals the status lists by name. */
export const REVIEW_LIST = 20;

export const syncStatusSchema = z.object({
  deviceId: z.string(),
  peers: z.array(syncPeerSchema),
  openConflicts: z.number().int().nonnegative(),
  /** Deals whose merged state a rule forbids, flagged for review. */
  reviews: z.number().int().nonnegative(),
  /**
   * The newest of them (up to REVIEW_LIST), to open from the card, each with the required items
   * its stage or win passed unticked (the gate rule's detail): what to look at.
   */
  reviewDeals: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      missing: z.array(z.object({ label: z.string().nullable(), defaultKey: z.string().nullable() })),
    }),
  ),
  /** Rows waiting for a row they reference, and messages kept for a newer version. */
  pending: z.number().int().nonnegative(),
  parked: z.number().int().nonnegative(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

const cellsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

export const syncConflictSchema = z.object({
  id: z.number().int(),
  table: z.string(),
  rowId: z.string(),
  /** The record's name (a deal's title, a company's name, …), null for rows without one. */
  label: z.string().nullable(),
  /** The unit's columns in the contract's names (camelCase), the leading one first. */
  fields: z.array(z.string()).min(1),
  /** lost: the peer's value replaced this device's; won: this device's stayed over the peer's. */
  side: z.enum(['lost', 'won']),
  /** The unit's cells by contract name. */
  mine: cellsSchema,
  theirs: cellsSchema,
  theirDevice: z.string(),
  theirName: z.string().nullable(),
  theirAt: z.number(),
  recordedAt: z.number(),
});
export type SyncConflict = z.infer<typeof syncConflictSchema>;

export const syncConflictsInputSchema = z
  .object({
    offset: z.number().int().nonnegative().default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict()
  .default({ offset: 0, limit: 50 });

export const syncConflictPageSchema = z.object({
  conflicts: z.array(syncConflictSchema),
  total: z.number().int().nonnegative(),
  /** Names of the ids the values hold (stages, users, companies, …), as the timeline ships them. */
  refs: z.record(z.string(), timelineRefSchema),
});
export type SyncConflictPage = z.infer<typeof syncConflictPageSchema>;

export const syncConflictIdInputSchema = z.object({ id: z.number().int().positive() }).strict();

export const syncResolvedSchema = z.object({ resolved: z.number().int().nonnegative() });

const passphraseSchema = z.string().min(1).max(500);

export const syncExportInputSchema = z
  .object({
    /** all: everything this device holds; peer: what that device lacks by its last bundle. */
    scope: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('all') }).strict(),
      z.object({ kind: z.literal('peer'), deviceId: z.string().min(1).max(100) }).strict(),
    ]),
    passphrase: passphraseSchema.optional(),
  })
  .strict();
export type SyncExportInput = z.input<typeof syncExportInputSchema>;

export const syncBundleFileSchema = reportFileSchema.extend({ messageCount: z.number().int().nonnegative() });

/** A bundle's bytes, uploaded (browser shell) or read by main from its open dialog (desktop). */
const MAX_BUNDLE_BASE64 = 700 * 1024 * 1024;

export const syncImportInputSchema = z
  .object({
    fileName: z.string().max(300),
    base64: z.string().min(1).max(MAX_BUNDLE_BASE64),
    passphrase: passphraseSchema.optional(),
  })
  .strict();
export type SyncImportInput = z.input<typeof syncImportInputSchema>;

export const syncImportResultSchema = z.object({
  deviceId: z.string(),
  actorName: z.string().nullable(),
  applied: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  parked: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  flagged: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
  /** Devices whose clocks run far ahead of this one (ms). */
  clocksAhead: z.record(z.string(), z.number()),
});
export type SyncImportResult = z.infer<typeof syncImportResultSchema>;
