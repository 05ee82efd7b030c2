import type { HandlerContext } from '../../HandlerContext';
import { prepare } from '../../db/sql';
import { checkpointAfterErase } from '../../privacy/checkpointAfterErase';
import { type ApplyReport, applySyncMessages } from '../applySyncMessages';
import { BundleError, type BundleHeader, decodeBundle } from './bundleCodec';

export type BundleImport = { header: BundleHeader; report: ApplyReport };

/**
 * Verifies and applies a bundle. The maker's key is remembered on first sight; a later bundle
 * naming the same device with another key is refused (someone else signing as that device).
 * Afterwards the maker's vector is kept, so the next bundle back holds only what it lacks.
 */
export const importSyncBundle = (ctx: HandlerContext, file: Buffer, passphrase?: string): BundleImport => {
  const { header, messages } = decodeBundle(file, passphrase);
  if (header.device === ctx.deviceId) throw new BundleError('This bundle was made on this device.');
  const known = prepare(ctx.db, 'SELECT public_key FROM sync_peers WHERE device_id = ?').pluck().get(header.device) as
    string | null | undefined;
  if (known && known !== header.publicKey) {
    throw new BundleError(`The bundle claims device ${header.device} but is signed by another key than before.`);
  }
  // One transaction: the messages and the peer's vector are kept together or not at all.
  const imported = ctx.write((writer, now) => {
    const report = applySyncMessages(ctx.db, messages, now, { coverage: header.coverage });
    for (const table of report.touched) writer.markTouched(table);
    prepare(
      ctx.db,
      `INSERT INTO sync_peers (device_id, public_key, actor_name, version_vector, last_sync_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (device_id) DO UPDATE SET public_key = excluded.public_key, actor_name = excluded.actor_name,
         version_vector = excluded.version_vector, last_sync_at = excluded.last_sync_at`,
    ).run(header.device, header.publicKey, header.actorName, JSON.stringify(header.vector), now);
    return { header, report };
  });
  // A peer's erase reached this device: the WAL's old frames go too (see eraseContact).
  if (imported.report.erased > 0) checkpointAfterErase(ctx.db);
  return imported;
};
