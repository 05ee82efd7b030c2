import type { Envelope } from '@shared/contract/envelope';
import { hubStatusSchema } from '@shared/contract/schemas/hub';
import { createKeptPasswordHandler, type Keychain, type PasswordFile } from './createKeptPasswordHandler';

/** What the handler needs of the worker: the host-only call that swaps the hub password. */
export type HubPasswordTarget = { setHubPassword(password: string | null): Promise<Envelope<unknown>> };

/**
 * The `voronka:hub-password` handler (Settings → Sync, desktop only), as the SMTP password's: the
 * password the page connected with, kept by the OS keychain in a file of this machine and handed
 * to the worker, which holds it in memory (createKeptPasswordHandler).
 */
export const createHubPasswordHandler = (target: Promise<HubPasswordTarget>, keychain: Keychain, file: PasswordFile) =>
  createKeptPasswordHandler(
    async (password) => (await target).setHubPassword(password),
    hubStatusSchema,
    keychain,
    file,
  );
