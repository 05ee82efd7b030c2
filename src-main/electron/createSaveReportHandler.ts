import type { Envelope } from '@shared/contract/envelope';
import { reportFileSchema } from '@shared/contract/schemas/reports';
import type { SavedReport } from '@shared/contract/VoronkaBridge';
import { basename } from 'node:path';
import type { RpcSenderEvent, RpcTarget } from './createRpcHandler';
import { isTrustedSender } from './isTrustedSender';
import { senderUrl } from './senderUrl';

/** Main's side of saving: the dialog (null when cancelled) and the atomic write. */
export type SaveReportPorts = {
  choosePath(fileName: string): Promise<string | null>;
  write(path: string, bytes: Uint8Array): void;
};

const failure = (code: 'FORBIDDEN' | 'TRANSPORT' | 'INTERNAL', message: string): Envelope<SavedReport> => ({
  ok: false,
  error: { code, message },
});

/**
 * The `voronka:save-report` handler (and `voronka:save-export`, the same for a table export). The renderer sends only what to render (validated by the
 * worker against the contract); main asks where to save and writes the file itself, so no path
 * and no file contents ever come from the page. Resolves to an envelope with the chosen file's
 * name (never its folder), or `saved: false` when the user cancelled.
 */
export const createSaveReportHandler =
  (
    target: Promise<RpcTarget>,
    ports: SaveReportPorts,
    method: 'reports.render' | 'exports.table' | 'contacts.personalDataFile' | 'sync.exportBundle' = 'reports.render',
  ) =>
  async (event: RpcSenderEvent, input: unknown): Promise<Envelope<SavedReport>> => {
    if (!isTrustedSender(senderUrl(event))) return failure('FORBIDDEN', 'This page may not call Voronka.');
    let rendered: Envelope<unknown>;
    try {
      rendered = await (await target).dispatch(method, input);
    } catch (error) {
      return failure('TRANSPORT', error instanceof Error ? error.message : String(error));
    }
    if (!rendered.ok) return rendered;
    const file = reportFileSchema.parse(rendered.value);
    const path = await ports.choosePath(file.fileName);
    if (path === null) return { ok: true, value: { saved: false, fileName: null } };
    try {
      ports.write(path, Buffer.from(file.base64, 'base64'));
    } catch (error) {
      return failure('INTERNAL', error instanceof Error ? error.message : String(error));
    }
    return { ok: true, value: { saved: true, fileName: basename(path) } };
  };
