import { createCipheriv, createDecipheriv, createPublicKey, randomBytes, scryptSync, sign, verify } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import type { BundleProblem } from '@shared/contract/schemas/sync';
import { z } from 'zod';
import { LOG_COLUMNS } from '../../changes/LOG_COLUMNS';
import { loggedOf, messageOfLogged, type SyncCoverage } from '../changeLogStore';
import type { LoggedMessage, ReceivedMessage, SyncMessage } from '../SyncMessage';
import { MalformedRecord, packRecords, readRecords } from './bundleRecords';
import type { SigningKey } from './readOrCreateSigningKey';

/*
 * A bundle file: MAGIC · u32 header length · header (JSON) · payload · Ed25519 signature (64
 * bytes) over everything before it. The payload is the messages, deflated (zlib), and, with a
 * passphrase, sealed with AES-256-GCM under a key from scrypt. The header stays readable, so a
 * receiver sees who made the file before any passphrase, and checks the signature before reading
 * anything else. The messages are, by the header's `format`:
 *   1: JSON lines (`SyncMessage`s), as every bundle was until format 2, and shared-folder
 *      segments still are (small; any device on the folder reads them);
 *   2: binary records of the messages as the change log stores them (bundleRecords), the
 *      header listing the maker's LOG_COLUMNS (`columns`). A whole workspace's 1.6M messages
 *      took ~10 s to parse from JSON and ~5 s to pack again for the log.
 * Both are read.
 */

const MAGIC = Buffer.from('VORONKA-SYNC\n', 'latin1');
/** What a bundle is written as, unless its maker says otherwise (a shared folder's segments: format 1). */
const FORMAT = 2;
export type BundleFormat = 1 | 2;
const SIGNATURE_BYTES = 64;
// scrypt cost: about 0.1 s and 32 MB on a laptop; a guessed passphrase costs an attacker the same.
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** A refused bundle; `reason` names the UI's message (BUNDLE_PROBLEMS), `message` is the CLI's. */
export class BundleError extends Error {
  constructor(
    message: string,
    readonly reason: BundleProblem,
  ) {
    super(message);
  }
}

const encryptionSchema = z.object({
  cipher: z.literal('aes-256-gcm'),
  kdf: z.literal('scrypt'),
  salt: z.string(),
  iv: z.string(),
  tag: z.string(),
});

const headerSchema = z.object({
  format: z.union([z.literal(1), z.literal(2)]),
  device: z.string().min(1),
  publicKey: z.string().min(1),
  actorName: z.string().nullable(),
  createdAt: z.number(),
  schema: z.number().int(),
  messageCount: z.number().int().nonnegative(),
  payloadBytes: z.number().int().nonnegative(),
  /** What the messages carry whole (changeLogStore.SyncCoverage); empty for "since a date". */
  coverage: z.record(z.string(), z.object({ after: z.string().nullable(), through: z.string() })),
  /** Everything the maker held when it wrote the file: what it has, for the next bundle back. */
  vector: z.record(z.string(), z.string()),
  /**
   * Stamps of changes the maker kept its own value over (its `won` conflicts): the receiver whose
   * change one is learns it lost to a concurrent edit (conflicts.detectConflicts). Absent in
   * bundles from before the conflict log.
   */
  overrides: z.array(z.string()).default([]),
  encryption: encryptionSchema.nullable(),
  /** Format 2: the maker's LOG_COLUMNS, which the packed cells' column numbers refer to. */
  columns: z.array(z.string()).optional(),
});

export type BundleHeader = z.infer<typeof headerSchema>;

const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9a-f]{4}-[^/]+$/;
const MESSAGE_KEYS = 8;

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isCell = (value: unknown): boolean =>
  value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a parsed line is a message, exactly its fields and of their types (no more, no
 * fewer). Checked by hand, not by a schema library: a whole workspace is a million and a half
 * lines, and the schema's parse copied each parsed object once more.
 */
const isSyncMessage = (value: unknown): value is SyncMessage => {
  if (!isRecord(value) || Object.keys(value).length !== MESSAGE_KEYS) return false;
  const { hlc, device, actor, at, table, rowId, cells, schema } = value;
  return (
    typeof hlc === 'string' &&
    STAMP.test(hlc) &&
    isText(device) &&
    (actor === null || typeof actor === 'string') &&
    (at === null || (typeof at === 'number' && Number.isFinite(at))) &&
    isText(table) &&
    isText(rowId) &&
    isRecord(cells) &&
    Object.values(cells).every(isCell) &&
    Number.isInteger(schema)
  );
};

export type BundleContent = {
  /**
   * Read once, as it is written out: a whole workspace's log is never held as objects at once.
   * Either form; each is turned into the format's (a received message is written as a plain one).
   */
  messages: Iterable<SyncMessage | LoggedMessage>;
  coverage: SyncCoverage;
  vector: Record<string, string>;
  overrides: string[];
  actorName: string | null;
  schema: number;
  createdAt: number;
};

const passphraseKey = (passphrase: string, salt: Buffer): Buffer => scryptSync(passphrase, salt, 32, SCRYPT);

const u32 = (value: number): Buffer => {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
};

/** Lines per piece: a whole workspace's lines as one string would pass V8's longest string (~512 MB). */
const LINES_PER_PIECE = 10_000;
const NEWLINE = 0x0a;

const isLogged = (message: SyncMessage | LoggedMessage): message is LoggedMessage => 'stamp' in message;

/** A message as a format 1 line holds it: what it holds, its stored form left out if it was received so. */
const lineOf = (message: SyncMessage | LoggedMessage): SyncMessage => {
  if (isLogged(message)) return messageOfLogged(message);
  if (!('stored' in message)) return message;
  const { stored: _stored, ...plain } = message as ReceivedMessage;
  return plain;
};

/** The messages as JSON lines (`\n` between them), built piece by piece as bytes, and their count. */
const messageLines = (messages: Iterable<SyncMessage | LoggedMessage>): { lines: Buffer; count: number } => {
  const pieces: Buffer[] = [];
  let piece: string[] = [];
  let count = 0;
  const flush = () => {
    const text = piece.join('\n');
    pieces.push(Buffer.from(pieces.length === 0 ? text : `\n${text}`, 'utf8'));
    piece = [];
  };
  for (const message of messages) {
    piece.push(JSON.stringify(lineOf(message)));
    count += 1;
    if (piece.length === LINES_PER_PIECE) flush();
  }
  if (piece.length > 0) flush();
  return { lines: Buffer.concat(pieces), count };
};

/** Each JSON line of the payload, read from the bytes (JSON text never holds a raw newline). */
function* payloadLines(bytes: Buffer): Generator<string> {
  if (bytes.length === 0) return;
  let start = 0;
  for (;;) {
    const end = bytes.indexOf(NEWLINE, start);
    yield bytes.toString('utf8', start, end < 0 ? bytes.length : end);
    if (end < 0) return;
    start = end + 1;
  }
}

/** A bundle's messages as its format writes them, before they are deflated. */
export type BundlePayload = { format: BundleFormat; bytes: Buffer; count: number };

/** The messages in a format's payload, and their count. */
const payloadOf = (messages: BundleContent['messages'], format: BundleFormat): BundlePayload => {
  if (format === 1) {
    const { lines, count } = messageLines(messages);
    return { format, bytes: lines, count };
  }
  const { records, count } = packRecords(
    (function* () {
      for (const message of messages) yield isLogged(message) ? message : loggedOf(message);
    })(),
  );
  return { format, bytes: records, count };
};

export const encodeBundle = (
  content: BundleContent,
  key: SigningKey,
  passphrase?: string,
  format: BundleFormat = FORMAT,
): Buffer => sealBundle(content, payloadOf(content.messages, format), key, passphrase);

/** A payload deflated, optionally encrypted, under its header, signed: the file. */
export const sealBundle = (
  content: Omit<BundleContent, 'messages'>,
  { format, bytes, count }: BundlePayload,
  key: SigningKey,
  passphrase?: string,
): Buffer => {
  // Level 1: a third of level 6's time for a file about a fifth larger (a whole workspace was ~1 GB
  // of JSON lines; the bundle's time budget matters more than its size, which stays well within its own).
  let payload = deflateSync(bytes, { level: 1 });
  let encryption: BundleHeader['encryption'] = null;
  if (passphrase !== undefined) {
    const salt = randomBytes(16);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', passphraseKey(passphrase, salt), iv);
    payload = Buffer.concat([cipher.update(payload), cipher.final()]);
    encryption = {
      cipher: 'aes-256-gcm',
      kdf: 'scrypt',
      salt: salt.toString('base64'),
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
  }
  const header: BundleHeader = {
    format,
    device: key.deviceId,
    publicKey: key.publicKey,
    actorName: content.actorName,
    createdAt: content.createdAt,
    schema: content.schema,
    messageCount: count,
    payloadBytes: payload.length,
    coverage: content.coverage,
    vector: content.vector,
    overrides: content.overrides,
    encryption,
    ...(format === 2 ? { columns: [...LOG_COLUMNS] } : {}),
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const signed = Buffer.concat([MAGIC, u32(headerBytes.length), headerBytes, payload]);
  return Buffer.concat([signed, sign(null, signed, key.privateKey)]);
};

/** The header and signature check alone: who made the file, before any passphrase is asked. */
export const readBundleHeader = (file: Buffer): { header: BundleHeader; payload: Buffer } => {
  if (file.length < MAGIC.length || !file.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new BundleError('This is not a Voronka sync bundle.', 'not_bundle');
  }
  if (file.length < MAGIC.length + 4) throw new BundleError('The bundle is truncated (incomplete file).', 'truncated');
  const headerLength = file.readUInt32BE(MAGIC.length);
  const headerStart = MAGIC.length + 4;
  if (file.length < headerStart + headerLength)
    throw new BundleError('The bundle is truncated (incomplete file).', 'truncated');
  let header: BundleHeader;
  try {
    header = headerSchema.parse(JSON.parse(file.subarray(headerStart, headerStart + headerLength).toString('utf8')));
  } catch {
    throw new BundleError('The bundle header is damaged or from an unknown format version.', 'damaged');
  }
  if (header.format === 2 && header.columns === undefined) {
    throw new BundleError('The bundle header is damaged or from an unknown format version.', 'damaged');
  }
  const payloadStart = headerStart + headerLength;
  const expected = payloadStart + header.payloadBytes + SIGNATURE_BYTES;
  if (file.length < expected) throw new BundleError('The bundle is truncated (incomplete file).', 'truncated');
  if (file.length > expected)
    throw new BundleError('The bundle has extra bytes after its end: it was altered.', 'altered');
  const signed = file.subarray(0, payloadStart + header.payloadBytes);
  let valid = false;
  try {
    const publicKey = createPublicKey({ key: Buffer.from(header.publicKey, 'base64'), format: 'der', type: 'spki' });
    valid = verify(null, signed, publicKey, file.subarray(signed.length));
  } catch {
    valid = false;
  }
  if (!valid) throw new BundleError('The bundle signature does not match: the file was altered or damaged.', 'altered');
  return { header, payload: file.subarray(payloadStart, signed.length) };
};

/** A verified bundle whose messages are parsed as they are read. */
export type OpenedBundle = {
  header: BundleHeader;
  /**
   * The messages in file order, each checked as it is parsed; throws BundleError (damaged) at a
   * line that is not a message, or at the end if they are not as many as the header says. Read
   * once, a step at a time: a whole workspace's 1.6M messages decoded at once took 194 s on the
   * bench machine (a 200k prefix 13 s), the heap full of them. A format 2 bundle's come with
   * their stored form (`ReceivedMessage.stored`) when this device can keep it as it is.
   */
  messages(): Generator<ReceivedMessage>;
};

const damaged = () => new BundleError('The bundle content is damaged.', 'damaged');

/** Each message of the inflated payload, then the count check. */
function* payloadMessages(lines: Buffer, expected: number): Generator<ReceivedMessage> {
  let count = 0;
  for (const line of payloadLines(lines)) {
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch {
      throw damaged();
    }
    if (!isSyncMessage(message)) throw damaged();
    count += 1;
    yield message;
  }
  if (count !== expected) throw damaged();
}

/** Checks the signature, decrypts and inflates; the messages are read from the result (OpenedBundle). */
export const openBundle = (file: Buffer, passphrase?: string): OpenedBundle => {
  const { header, payload } = readBundleHeader(file);
  let compressed = payload;
  if (header.encryption !== null) {
    if (passphrase === undefined)
      throw new BundleError('The bundle is encrypted: a passphrase is needed.', 'passphrase_needed');
    try {
      const decipher = createDecipheriv(
        'aes-256-gcm',
        passphraseKey(passphrase, Buffer.from(header.encryption.salt, 'base64')),
        Buffer.from(header.encryption.iv, 'base64'),
      );
      decipher.setAuthTag(Buffer.from(header.encryption.tag, 'base64'));
      compressed = Buffer.concat([decipher.update(payload), decipher.final()]);
    } catch {
      throw new BundleError('Wrong passphrase for this bundle.', 'wrong_passphrase');
    }
  }
  let lines: Buffer;
  try {
    lines = inflateSync(compressed);
  } catch {
    throw damaged();
  }
  return { header, messages: () => messagesOf(header, lines) };
};

/** The messages of an inflated payload, by the header's format; any malformed one throws BundleError (damaged). */
function* messagesOf(header: BundleHeader, payload: Buffer): Generator<ReceivedMessage> {
  if (header.format === 1) {
    yield* payloadMessages(payload, header.messageCount);
    return;
  }
  try {
    yield* readRecords(payload, header.messageCount, header.columns ?? [], LOG_COLUMNS);
  } catch (error) {
    if (error instanceof MalformedRecord) throw damaged();
    throw error;
  }
}

/** A verified bundle's messages, all read; throws BundleError with a plain reason for anything wrong. */
export const decodeBundle = (
  file: Buffer,
  passphrase?: string,
): { header: BundleHeader; messages: ReceivedMessage[] } => {
  const { header, messages } = openBundle(file, passphrase);
  return { header, messages: [...messages()] };
};
