import type { Db } from '../../db/Db';
import { DomainError } from '../../DomainError';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/migrations';
import { prepare } from '../../db/sql';
import { getSettings } from '../../modules/settings/settings.service';
import { coverageFor, readLoggedMissing, readVersionVector } from '../changeLogStore';
import { noteTransportSync } from '../noteTransportSync';
import { readOverrides } from '../conflicts/detectConflicts';
import { BundleError, encodeBundle } from './bundleCodec';
import { readOrCreateSigningKey } from './readOrCreateSigningKey';

export type BundleScope =
  /** Everything this device holds. */
  | { kind: 'all' }
  /** What a peer lacks by the version vector its last bundle showed. */
  | { kind: 'peer'; deviceId: string }
  /** Everything written at or after a wall time (ms); covers nothing, so it moves no vector. */
  | { kind: 'since'; at: number };

/** The name of the person this device acts as: a receiver shows who made the file. */
export const actorName = (db: Db): string | null => {
  const userId = getSettings(db)['user.currentId'];
  if (!userId) return null;
  return (prepare(db, 'SELECT name FROM users WHERE id = ?').pluck().get(userId) as string | undefined) ?? null;
};

const peerVector = (db: Db, deviceId: string): Record<string, string> => {
  const text = prepare(db, 'SELECT version_vector FROM sync_peers WHERE device_id = ?').pluck().get(deviceId) as
    string | null | undefined;
  if (text === undefined || text === null) {
    throw new BundleError(
      `No bundle from device ${deviceId} was imported here yet: export everything or since a date.`,
      'unknown_peer',
    );
  }
  return JSON.parse(text) as Record<string, string>;
};

/** A signed (optionally encrypted) bundle of the scope's messages. */
export const exportSyncBundle = (
  db: Db,
  scope: BundleScope,
  now: number,
  passphrase?: string,
): { bytes: Buffer; messageCount: number } => {
  // A plain file of an encrypted workspace's changes would undo the encryption at rest.
  if (db.key !== null && (passphrase === undefined || passphrase === '')) {
    throw new DomainError('DB_ENCRYPTED', 'This workspace is encrypted: its sync bundle must be encrypted too', {
      reason: 'passphrase_required',
    });
  }
  const key = readOrCreateSigningKey(db);
  const has = scope.kind === 'peer' ? peerVector(db, scope.deviceId) : {};
  const vector = readVersionVector(db);
  const coverage = scope.kind === 'since' ? {} : coverageFor(db, has);
  // Streamed into the file's records as the log stores them (a whole workspace as objects would
  // not fit the heap), counted.
  let messageCount = 0;
  const messages = function* () {
    for (const message of readLoggedMissing(db, scope.kind === 'since' ? { sinceAt: scope.at } : { has })) {
      messageCount += 1;
      yield message;
    }
  };
  const bytes = encodeBundle(
    {
      messages: messages(),
      coverage,
      vector,
      overrides: readOverrides(db),
      actorName: actorName(db),
      schema: LATEST_SCHEMA_VERSION,
      createdAt: now,
    },
    key,
    passphrase,
  );
  if (scope.kind === 'peer') {
    noteTransportSync(db, {
      deviceId: scope.deviceId,
      transport: 'bundle',
      direction: 'out',
      at: now,
      messages: messageCount,
    });
  }
  return { bytes, messageCount };
};
