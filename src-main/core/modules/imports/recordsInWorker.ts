import type { ImportMapping } from '@shared/contract/schemas/imports';
import { companyNameKey, rememberNameKeys } from '@shared/domain/companyNameKey';
import { foldText, rememberFolds } from '@shared/domain/foldText';
import { normalizePhone, rememberPhoneKeys } from '@shared/domain/normalizePhone';
import type { CountryCode } from 'libphonenumber-js/min';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import type { MessagePort } from 'node:worker_threads';
import { DomainError } from '../../DomainError';
import { spawnWorkerThread } from '../../spawnWorkerThread';
import type { ImportRecord } from './ImportRecord';
import { readImportRecords } from './readImportRecords';
import { readCsvTable } from './readCsvTable';
import { readImportTable, type ImportSource } from './readImportTable';

/** What the reading thread is given: the file and how to read its rows. */
export type RecordsThreadData = { source: ImportSource; mapping: ImportMapping; country: CountryCode };

/**
 * How far the thread is ahead, in memory both threads share (`Int32Array` slots: chunks posted,
 * chunks taken, whether the thread sleeps). Not a message back per chunk: on this two-core
 * machine under load, waking the other thread cost the writing one ~1 ms each time (the
 * scheduler hands it the core), so the thread is woken only once the import has taken half of
 * what it posted ahead.
 */
export type ThreadStart = Omit<RecordsThreadData, 'source'> & { source: ThreadSource; gate: Int32Array };

/**
 * Where the thread reads the file: the path, or uploaded bytes fed to it slice by slice
 * (`FEED_BYTES`, asked for as its parser wants more; their first 64 KB given at the start, for
 * the encoding and separator). Not the bytes whole: a copy of a large upload would hold the
 * file twice while it is imported.
 */
type ThreadSource = { path: string } | { fed: { sample: Uint8Array } };
const FEED_BYTES = 1024 * 1024;
const SAMPLE_BYTES = 64 * 1024;

const POSTED = 0;
const TAKEN = 1;
const SLEEPING = 2;

/** Records per message: a message's cost is paid per chunk, not per row. */
const CHUNK_RECORDS = 512;
/**
 * Chunks the thread may post ahead of the import: enough to keep the writes fed while it parses
 * the next, few enough that memory holds a few thousand records, never the file.
 */
const CHUNKS_AHEAD = 8;
/**
 * The thread's young generation: its records die young, and V8's default (up to 32 MB) held
 * ~20 MB more of the process at its peak for no measurable speed (2, 4, 8, 16, 32 MB tried).
 */
const THREAD_YOUNG_GENERATION_MB = 8;
/** A sleep's longest span: a woken wait is the rule, this only bounds a wake-up missed in a race. */
const WAIT_MS = 50;

/** The thread, before it posts a chunk: sleeps while CHUNKS_AHEAD are waiting to be taken. */
const waitForRoom = (gate: Int32Array): void => {
  for (;;) {
    const taken = Atomics.load(gate, TAKEN);
    if (Atomics.load(gate, POSTED) - taken < CHUNKS_AHEAD) return;
    Atomics.store(gate, SLEEPING, 1);
    Atomics.wait(gate, TAKEN, taken, WAIT_MS);
  }
};

/** The import, as it takes a chunk: wakes a sleeping thread once half its chunks are taken. */
const takeChunk = (gate: Int32Array): void => {
  const taken = Atomics.add(gate, TAKEN, 1) + 1;
  if (Atomics.load(gate, SLEEPING) === 0 || Atomics.load(gate, POSTED) - taken > CHUNKS_AHEAD / 2) return;
  Atomics.store(gate, SLEEPING, 0);
  Atomics.notify(gate, TAKEN);
};

type ThreadMessage =
  /** `keys`: what the writes derive from the records' cells again (`keysOf`). */
  | { records: ImportRecord[]; keys: DerivedKeys }
  /** The next slice of uploaded bytes, please. */
  | { want: true }
  | { done: true }
  | { error: { message: string; code?: DomainError['code']; params?: Record<string, unknown> } };

/** An error as it crosses the thread boundary: a refused file keeps its code and reason. */
const postedError = (error: unknown): Extract<ThreadMessage, { error: unknown }>['error'] =>
  error instanceof DomainError
    ? { message: error.message, code: error.code, params: error.params ?? {} }
    : { message: error instanceof Error ? error.message : String(error) };

const thrownError = ({ message, code, params }: Extract<ThreadMessage, { error: unknown }>['error']): Error =>
  code === undefined ? new Error(message) : new DomainError(code, message, params);

/** The fields the writes fold for their sort and match keys (names, titles, industries, regions). */
const FOLDED_FIELDS = ['name', 'title', 'industry', 'region'];

/**
 * The cells of a chunk whose keys the writes would derive again: phones, the folded fields, and
 * companies' names, walked in one order by both threads. The keys cross alone, in that order: the
 * texts are in the records already, and a copy of each would cross twice.
 */
const keyedTexts = (records: readonly ImportRecord[], entity: ImportMapping['entity']) => {
  const texts = { phones: [] as string[], folded: [] as string[], companyNames: [] as string[] };
  for (const record of records) {
    const phone = record.fields.get('phone');
    if (typeof phone === 'string') texts.phones.push(phone);
    for (const field of FOLDED_FIELDS) {
      const text = record.fields.get(field);
      if (typeof text === 'string') texts.folded.push(text);
    }
    const name = record.fields.get('name');
    if (entity === 'companies' && typeof name === 'string') texts.companyNames.push(name);
  }
  return texts;
};

/**
 * The keys of a chunk's `keyedTexts`, worked out here (on the second core): the phones' (their
 * parse is in normalizePhone's memo: they were formatted here), the folds, the company names'.
 */
type DerivedKeys = { phones: (string | null)[]; folds: string[]; companyNames: string[] };

const keysOf = (records: readonly ImportRecord[], entity: ImportMapping['entity']): DerivedKeys => {
  const texts = keyedTexts(records, entity);
  return {
    phones: texts.phones.map((phone) => normalizePhone(phone)),
    folds: texts.folded.map(foldText),
    companyNames: texts.companyNames.map(companyNameKey),
  };
};

/** The keys the thread worked out, taken as this thread's own before the chunk's records are written. */
const rememberKeys = (records: readonly ImportRecord[], entity: ImportMapping['entity'], keys: DerivedKeys) => {
  const texts = keyedTexts(records, entity);
  rememberPhoneKeys(texts.phones, keys.phones);
  rememberFolds(texts.folded, keys.folds);
  rememberNameKeys(texts.companyNames, keys.companyNames);
};

/** Uploaded bytes as the thread reads them: a slice asked of the importing thread when the parser wants more. */
const fedBytes = (port: MessagePort): Readable => {
  let asked = false;
  const feed = new Readable({
    highWaterMark: FEED_BYTES,
    read() {
      if (asked) return;
      asked = true;
      port.postMessage({ want: true } satisfies ThreadMessage);
    },
  });
  port.on('message', ({ bytes }: { bytes: Uint8Array | null }) => {
    asked = false;
    feed.push(bytes);
  });
  return feed;
};

/** The bytes' slices in order, each copied as it is asked for (null: the end). */
const byteFeeder = (bytes: Uint8Array) => {
  let offset = 0;
  return (): Uint8Array | null => {
    if (offset >= bytes.length) return null;
    // A copy of the slice alone: posting a view would copy the whole buffer under it.
    const slice = bytes.slice(offset, offset + FEED_BYTES);
    offset += FEED_BYTES;
    return slice;
  };
};

/**
 * The reading thread's side: the file parsed and read through the mapping, posted in chunks, at
 * most CHUNKS_AHEAD of them ahead of the import.
 */
export const serveImportRecords = async (port: MessagePort, data: ThreadStart): Promise<void> => {
  const post = (records: ImportRecord[]) => {
    // The thread has nothing else to do meanwhile: it sleeps (Atomics.wait) until there is room.
    waitForRoom(data.gate);
    Atomics.add(data.gate, POSTED, 1);
    port.postMessage({ records, keys: keysOf(records, data.mapping.entity) } satisfies ThreadMessage);
  };
  try {
    const { source } = data;
    const table =
      'path' in source ? await readImportTable(source) : await readCsvTable(source.fed.sample, () => fedBytes(port));
    let chunk: ImportRecord[] = [];
    for await (const record of readImportRecords(table, data.mapping, data.country)) {
      chunk.push(record);
      if (chunk.length === CHUNK_RECORDS) {
        post(chunk);
        chunk = [];
      }
    }
    if (chunk.length > 0) post(chunk);
    port.postMessage({ done: true } satisfies ThreadMessage);
  } catch (error) {
    port.postMessage({ error: postedError(error) } satisfies ThreadMessage);
  }
};

/** The thread's entry: out/main/importRecords.js beside the running bundle, or its source. */
const threadEntry = (): string => {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return join(dirname(here), 'importRecordsThread.ts');
  // The bundler may put this module in a shared chunk one folder down.
  const dir = basename(dirname(here)) === 'chunks' ? dirname(dirname(here)) : dirname(here);
  return join(dir, 'importRecords.js');
};

/**
 * The same file's records read in place (its table, opened to check the mapping, read from its
 * start) and how to close it: what the import writes while the thread starts.
 */
export type RecordsInPlace = { records: AsyncIterable<ImportRecord>; close(): void };

/** An import's records as read, and how to stop reading them when they are not all taken. */
export type RecordsReader = { records: AsyncIterable<ImportRecord>; stop(): Promise<void> };

/**
 * A file's records read in a thread of their own (`serveImportRecords`), so parsing and reading
 * run on a second core while this one writes. The thread starts now; `records` yields them in
 * file order, and a refused file throws as it would read here. Until the thread posts its first
 * chunk (its start-up, ~0.1 s, loading its modules and opening the file), the records come from
 * `meanwhile`, read here, so the writes do not wait for it: the thread's records up to there are
 * then passed over. Leaving the loop early (a cancel, a failed write) stops the thread, as does
 * `stop` when the records are never read. `spawn`: how the thread is started (a test watches it).
 */
export const startRecordsThread = (
  data: RecordsThreadData,
  spawn: typeof spawnWorkerThread = spawnWorkerThread,
  meanwhile?: RecordsInPlace,
): RecordsReader => {
  const gate = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  const source = data.source;
  const nextSlice = 'bytes' in source ? byteFeeder(source.bytes) : () => null;
  const threadSource: ThreadSource =
    'path' in source ? { path: source.path } : { fed: { sample: source.bytes.slice(0, SAMPLE_BYTES) } };
  const worker = spawn(threadEntry(), {
    workerData: { ...data, source: threadSource, gate } satisfies ThreadStart,
    resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB },
  });
  /** What the thread posted for the records' loop (its asks for bytes are answered at once). */
  const inbox: Exclude<ThreadMessage, { want: true }>[] = [];
  let wake: (() => void) | null = null;
  const deliver = (message: (typeof inbox)[number]) => {
    inbox.push(message);
    wake?.();
  };
  worker.on('message', (message: ThreadMessage) => {
    if ('want' in message) worker.postMessage({ bytes: nextSlice() });
    else deliver(message);
  });
  worker.on('error', (error) => deliver({ error: postedError(error) }));
  // Read only when the thread stopped before its last message (after it, the loop has returned).
  worker.on('exit', (code) => deliver({ error: { message: `the import's reading thread stopped (exit ${code})` } }));
  const stop = async () => {
    meanwhile?.close();
    await worker.terminate();
  };
  /** Records read here while the thread starts, until it posts its first; the thread's are then skipped up to there. */
  async function* readMeanwhile(): AsyncGenerator<ImportRecord, number> {
    let read = 0;
    if (meanwhile === undefined) return read;
    try {
      for await (const record of meanwhile.records) {
        yield record;
        read += 1;
        if (inbox.length > 0) break;
      }
    } finally {
      meanwhile.close();
    }
    return read;
  }
  async function* records(): AsyncGenerator<ImportRecord> {
    try {
      let skip = yield* readMeanwhile();
      for (;;) {
        while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        const message = inbox.shift() as (typeof inbox)[number];
        if ('done' in message) return;
        if ('error' in message) throw thrownError(message.error);
        // Taken: the thread may read more while these are written.
        takeChunk(gate);
        if (skip >= message.records.length) {
          skip -= message.records.length;
          continue;
        }
        rememberKeys(message.records, data.mapping.entity, message.keys);
        yield* skip === 0 ? message.records : message.records.slice(skip);
        skip = 0;
      }
    } finally {
      await stop();
    }
  }
  return { records: records(), stop };
};
