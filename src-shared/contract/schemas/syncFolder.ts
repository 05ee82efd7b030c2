import { z } from 'zod';
import { epochMsSchema } from './common';

/** Why a run of the shared folder did not finish: the key of the message the Settings card shows. */
export const SYNC_FOLDER_PROBLEMS = [
  'no_folder',
  'folder_missing',
  'not_writable',
  'disk_full',
  /** The workspace is encrypted: its segments must be too, and no passphrase is set. */
  'passphrase_required',
  'failed',
] as const;
export type SyncFolderProblem = (typeof SYNC_FOLDER_PROBLEMS)[number];

/** Why a peer's segment file was not applied (yet). */
export const SYNC_SEGMENT_REASONS = [
  /** Still being copied by the syncing tool (shorter than its header says, or growing): retried. */
  'incomplete',
  /** The signature does not match: altered or damaged. */
  'tampered',
  /** Not a Voronka segment, or signed by a device other than the folder it sits in. */
  'foreign',
  /** Signed by another key than this device saw from that device before. */
  'other_key',
  /** Encrypted, and no passphrase is set here. */
  'passphrase_needed',
  'wrong_passphrase',
  /** The signature is good but the content cannot be read. */
  'damaged',
] as const;
export type SyncSegmentReason = (typeof SYNC_SEGMENT_REASONS)[number];

export const SYNC_FOLDER_MIN_INTERVAL_S = 10;
export const SYNC_FOLDER_MAX_INTERVAL_S = 86_400;

/** What the user sets. The passphrase: undefined keeps the stored one, null removes it. */
export const syncFolderSettingsSchema = z
  .object({
    enabled: z.boolean(),
    intervalSeconds: z.number().int().min(SYNC_FOLDER_MIN_INTERVAL_S).max(SYNC_FOLDER_MAX_INTERVAL_S),
    passphrase: z.string().min(8).max(200).nullable().optional(),
  })
  .strict();
export type SyncFolderSettings = z.infer<typeof syncFolderSettingsSchema>;

/**
 * The folder. `host`: fixed by the browser host (`--sync-dir`), read-only; `chosen`: picked in the
 * desktop app's folder dialog; `none`: not set yet. Shown, never sent back: a page cannot name one.
 */
export const syncFolderPathSchema = z.object({
  path: z.string().nullable(),
  source: z.enum(['host', 'chosen', 'none']),
  canChoose: z.boolean(),
});

export const syncFolderRunSchema = z.object({
  at: epochMsSchema,
  problem: z.enum(SYNC_FOLDER_PROBLEMS).nullable(),
  /** The failure in the system's words (the UI leads with `problem`). */
  detail: z.string().nullable(),
  /** This device's changes written into the folder by the run. */
  written: z.number().int().nonnegative(),
  /** Peers' changes new to this device that the run applied. */
  applied: z.number().int().nonnegative(),
});
export type SyncFolderRun = z.infer<typeof syncFolderRunSchema>;

/** Per peer device: its newest segment read here. */
export const syncFolderPeerSchema = z.object({
  deviceId: z.string(),
  actorName: z.string().nullable(),
  segments: z.number().int().nonnegative(),
  lastSeq: z.number().int().nonnegative(),
  /** When the peer wrote its newest segment read here (its clock). */
  lastMadeAt: epochMsSchema.nullable(),
  /** When this device read it. */
  readAt: epochMsSchema,
});

/** A file not applied: still arriving, or refused. */
export const syncFolderFileSchema = z.object({
  deviceId: z.string(),
  name: z.string(),
  reason: z.enum(SYNC_SEGMENT_REASONS),
  seenAt: epochMsSchema,
});

export const syncFolderSchema = z.object({
  enabled: z.boolean(),
  intervalSeconds: z.number().int(),
  hasPassphrase: z.boolean(),
  /** The workspace file is encrypted: segments are written only with a passphrase. */
  encryptedWorkspace: z.boolean(),
  folder: syncFolderPathSchema,
  deviceId: z.string(),
  lastRun: syncFolderRunSchema.nullable(),
  /** This device's changes not yet written into the folder. */
  waitingOut: z.number().int().nonnegative(),
  /** Segments this device has written into the folder. */
  writtenSegments: z.number().int().nonnegative(),
  peers: z.array(syncFolderPeerSchema),
  files: z.array(syncFolderFileSchema),
});
export type SyncFolderStatus = z.infer<typeof syncFolderSchema>;

/** What woke the timer's call: the interval, a change in the folder, or a write on this device. */
export const syncFolderTickSchema = z.object({ trigger: z.enum(['timer', 'change', 'write']) }).strict();

/** What a tick did, and what the watcher should watch next. */
export const syncFolderTickResultSchema = z.object({
  ran: syncFolderRunSchema.nullable(),
  enabled: z.boolean(),
  folder: z.string().nullable(),
  intervalSeconds: z.number().int(),
  /** This device's own sub-folder: its own writes there wake no one. */
  deviceId: z.string(),
});
