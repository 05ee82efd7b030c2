import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Db } from '../../db/Db';
import { prepare } from '../../db/sql';

export type SigningKey = { privateKey: KeyObject; publicKey: string; deviceId: string };

const meta = (db: Db, key: string): string | undefined =>
  prepare(db, 'SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;

const setMeta = (db: Db, key: string, value: string): void => {
  prepare(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    value,
  );
};

/** The public half as receivers see it: DER (SPKI) in base64. */
export const publicKeyText = (key: KeyObject): string =>
  createPublicKey(key).export({ type: 'spki', format: 'der' }).toString('base64');

/**
 * This device's Ed25519 key that signs its bundles. It belongs to the device id: a copied file
 * takes a new device id (readOrCreateDeviceId) and so a new key, and never signs as the original.
 */
export const readOrCreateSigningKey = (db: Db): SigningKey => {
  const deviceId = meta(db, 'device_id');
  if (deviceId === undefined) throw new Error('The file has no device id');
  const stored = meta(db, 'sync.signing_key');
  if (stored !== undefined && meta(db, 'sync.signing_key_device') === deviceId) {
    const privateKey = createPrivateKey(stored);
    return { privateKey, publicKey: publicKeyText(privateKey), deviceId };
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  db.inTransaction(() => {
    setMeta(db, 'sync.signing_key', privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    setMeta(db, 'sync.signing_key_device', deviceId);
  });
  return { privateKey, publicKey: publicKeyText(privateKey), deviceId };
};
