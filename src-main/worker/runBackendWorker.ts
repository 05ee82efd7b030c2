import type { MessagePort } from 'node:worker_threads';
import type { Envelope } from '@shared/contract/envelope';
import { appInfoSchema } from '@shared/contract/schemas/app';
import { z } from 'zod';
import { type Backend, type BackendOptions, createBackend } from '../core/createBackend';
import type { MigrationProgress } from '../core/db/MigrationProgress';
import { toErrorEnvelope } from '../core/toErrorEnvelope';
import { changeDatabaseEncryption } from '../core/db/encryption/changeDatabaseEncryption';
import { type HostMessage, parseHostMessage, requestIdOf, type WorkerMessage } from './workerProtocol';

/** The structured-clonable part of BackendOptions (a clock cannot cross the thread boundary). */
const workerOptionsSchema = z.object({
  dbPath: z.string().min(1),
  platform: appInfoSchema.shape.platform,
  nativeBinding: z.string().min(1).optional(),
  autoBackup: z.boolean().optional(),
  // An encrypted workspace's passphrase: without it listed here zod would drop it and the worker
  // would open the file as a plain one (refused as key_required).
  key: z.string().min(1).nullable().optional(),
  testClockAt: z.number().int().nonnegative().optional(),
  reportDir: z.string().min(1).optional(),
  // The desktop's SMTP password, decrypted by main with the OS keychain (never in the database).
  keychainSmtpPassword: z.string().max(1000).nullable().optional(),
  // The desktop's team hub password, likewise.
  keychainHubPassword: z.string().max(1000).nullable().optional(),
  syncDir: z.string().min(1).optional(),
  // The host opens a sample workspace: made (or, fresh, remade) here before it opens, see prepareSampleFile.
  sample: z.object({ language: z.enum(['ru', 'en']), fresh: z.boolean() }).optional(),
  // Settings → Security: the file is rewritten from the key `from` to `key` before it opens (the
  // previous worker has closed it). A failure leaves the file as it was and is this start's fatal.
  rekey: z.object({ from: z.string().min(1).nullable() }).optional(),
});

const failure = (code: 'BAD_INPUT' | 'INTERNAL', message: string): Envelope<never> => ({
  ok: false,
  error: { code, message },
});

type Fatal = (WorkerMessage & { type: 'fatal' })['error'];

const openBackend = async (
  workerData: unknown,
  onOpenProgress: (progress: MigrationProgress) => void,
): Promise<{ backend: Backend } | { fatal: Fatal }> => {
  const options = workerOptionsSchema.safeParse(workerData);
  if (!options.success) return { fatal: { code: 'BAD_INPUT', message: 'Invalid backend worker options' } };
  try {
    const { sample, rekey, ...backendOptions } = options.data;
    if (rekey) {
      await changeDatabaseEncryption(
        backendOptions.dbPath,
        {
          from: rekey.from,
          to: backendOptions.key ?? null,
          ...(backendOptions.nativeBinding ? { nativeBinding: backendOptions.nativeBinding } : {}),
        },
        Date.now(),
      );
    }
    if (sample) {
      // The generator and its name catalogues (faker, ~36 MB) load only for a sample workspace.
      const { prepareSampleFile } = await import('../core/seed/sample/prepareSampleFile');
      prepareSampleFile(backendOptions.dbPath, {
        ...sample,
        platform: backendOptions.platform,
        ...(backendOptions.nativeBinding ? { nativeBinding: backendOptions.nativeBinding } : {}),
        now: Date.now(),
      });
    }
    // The worker is the app's backend (desktop and browser hosts): hot reads skip their output check.
    return { backend: createBackend({ ...(backendOptions as BackendOptions), trustOutputs: true, onOpenProgress }) };
  } catch (error) {
    const envelope = toErrorEnvelope(error);
    return { fatal: envelope.ok ? { code: 'INTERNAL', message: 'Open failed' } : envelope.error };
  }
};

/**
 * Serves one backend over a message port: opens and migrates the database, answers calls by id,
 * relays push events, and on `close` waits for in-flight calls before closing the file.
 */
export const runBackendWorker = async (port: MessagePort, workerData: unknown): Promise<void> => {
  const post = (message: WorkerMessage) => port.postMessage(message);
  const opened = await openBackend(workerData, (progress) => post({ type: 'opening', progress }));
  if ('fatal' in opened) {
    // The params say why (a damaged file's reason, a newer schema's versions): the shell words it.
    const { code, message, params } = opened.fatal;
    post({ type: 'fatal', error: { code, message, ...(params ? { params } : {}) } });
    port.close();
    return;
  }
  const { backend } = opened;
  const inFlight = new Set<Promise<void>>();
  let closing = false;

  const unsubscribe = backend.events.subscribe((event) => post({ type: 'event', event }));

  const answer = (id: number, work: () => Promise<Envelope<unknown>>) => {
    if (closing) {
      post({ type: 'result', id, envelope: failure('INTERNAL', 'The backend is closing') });
      return;
    }
    const settled = work()
      .catch((error: unknown) => toErrorEnvelope(error))
      .then((envelope) => post({ type: 'result', id, envelope }))
      .finally(() => inFlight.delete(settled));
    inFlight.add(settled);
  };

  const close = async () => {
    if (closing) return;
    closing = true;
    await Promise.allSettled([...inFlight, backend.stopBackgroundWork()]);
    unsubscribe();
    backend.close();
    post({ type: 'closed' });
    port.close();
  };

  const handle = (message: HostMessage) => {
    if (message.type === 'call') answer(message.id, () => backend.dispatch(message.method, message.input));
    else if (message.type === 'reportFolder') {
      const { folder } = message;
      answer(message.id, async () => ({ ok: true, value: await backend.setReportFolder(folder) }));
    } else if (message.type === 'smtpPassword') {
      const { password } = message;
      answer(message.id, async () => ({ ok: true, value: await backend.setSmtpPassword(password) }));
    } else if (message.type === 'hubPassword') {
      const { password } = message;
      answer(message.id, async () => ({ ok: true, value: await backend.setHubPassword(password) }));
    } else if (message.type === 'syncFolder') {
      const { folder } = message;
      answer(message.id, async () => ({ ok: true, value: await backend.setSyncFolder(folder) }));
    } else void close();
  };

  port.on('message', (raw: unknown) => {
    const message = parseHostMessage(raw);
    if (message) return handle(message);
    // Garbage must not take the backend down; a caller that sent an id still gets an answer.
    const id = requestIdOf(raw);
    if (id !== null) post({ type: 'result', id, envelope: failure('BAD_INPUT', 'Malformed worker message') });
  });
  post({ type: 'ready' });
};
