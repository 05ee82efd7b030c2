import { z } from 'zod';
import { languageSchema } from './schemas/common';

/**
 * The sample workspace ("Try it with sample data") and the workspace's encryption are host
 * operations, not core procedures: the core cannot swap, rewrite or unlock its own file. The page
 * asks its host — `POST path` on the HTTP host (token-checked like /rpc), the `voronka:workspace`
 * channel in the desktop app (sender-checked) — with one of these requests. It never names a file:
 * the host keeps the user's own workspace and puts each language's sample in a `sample` folder
 * beside it.
 */
export const WORKSPACE_SWITCH = { path: '/workspace' } as const;

/** Shorter passphrases are refused: PBKDF2 slows a guesser down, it cannot make "1234" safe. */
export const PASSPHRASE_MIN_LENGTH = 8;
const passphraseSchema = z.string().min(PASSPHRASE_MIN_LENGTH).max(1024);

/**
 * Where the desktop keeps the key of an encrypted workspace: `keychain`, encrypted by the OS
 * keychain (Electron safeStorage) in a file beside the database, opened without asking; `passphrase`,
 * nowhere: the passphrase is asked at every start. The browser host keeps it in memory only.
 */
export const keyKeepingSchema = z.enum(['keychain', 'passphrase']);
export type KeyKeeping = z.infer<typeof keyKeepingSchema>;

export const workspaceRequestSchema = z.discriminatedUnion('action', [
  /** Which workspace is open and which samples exist (nothing changes). */
  z.object({ action: z.literal('status') }),
  /** Back to the user's own workspace (the file the host was started on). */
  z.object({ action: z.literal('openOwn') }),
  /**
   * The sample in this language, made on first use and reused after; `fresh` throws the old one
   * away (its edits included) and makes a new one dated to now.
   */
  z.object({ action: z.literal('openSample'), language: languageSchema, fresh: z.boolean().default(false) }),
  /** Opens the locked (encrypted, no key at hand) own workspace with its passphrase. */
  z.object({ action: z.literal('unlock'), passphrase: z.string().min(1).max(1024) }),
  /**
   * Encrypts the own workspace under `passphrase`, or, when it is encrypted already, changes its
   * passphrase (`current` must be the one it has). The file is rewritten to a checked copy and
   * swapped; on any failure the old file stays as it was and stays open.
   */
  z.object({
    action: z.literal('encrypt'),
    passphrase: passphraseSchema,
    current: z.string().max(1024).optional(),
    keep: keyKeepingSchema.default('passphrase'),
  }),
  /** Decrypts the own workspace (`current`: its passphrase, asked again so an unattended window cannot). */
  z.object({ action: z.literal('decrypt'), current: z.string().min(1).max(1024) }),
]);
export type WorkspaceRequest = z.input<typeof workspaceRequestSchema>;

export const workspaceStatusSchema = z.object({
  /** `sample`: the open file carries the sample marker (see readSampleMarker). */
  open: z.enum(['own', 'sample']),
  /** The open sample's language, null on the own workspace. */
  language: languageSchema.nullable(),
  /** The languages whose sample file exists already (opening it is instant). */
  samples: z.array(languageSchema),
  /** The own workspace is encrypted. */
  encrypted: z.boolean().default(false),
  /** It is encrypted and no key is at hand: nothing is open until `unlock`. */
  locked: z.boolean().default(false),
  /**
   * How its key is kept (null: a plain file). Keychain offers: `available`, `unavailable` (no OS
   * keyring, e.g. Linux without one), null where the shell has none (the browser host).
   */
  keeping: keyKeepingSchema.nullable().default(null),
  keychain: z.enum(['available', 'unavailable']).nullable().default(null),
});
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;
