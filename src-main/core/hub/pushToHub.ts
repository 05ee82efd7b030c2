import type pg from 'pg';
import type { HandlerContext } from '../HandlerContext';
import { prepare } from '../db/sql';
import { knownDevices, logDevices, readDeviceMessagesAfter } from '../sync/changeLogStore';
import type { SyncMessage } from '../sync/SyncMessage';
import { isFloorHlc } from '../changes/HlcClock';
import { hubRefusal } from './HubError';

export type PushReport = { pushed: number; rejected: number };

const COLUMNS = ['device', 'hlc', 'actor', 'at', 'tbl', 'row_id', 'cells', 'schema_version'] as const;

const rowOf = (message: SyncMessage): unknown[] => [
  message.device,
  message.hlc,
  message.actor,
  message.at,
  message.table,
  message.rowId,
  JSON.stringify(message.cells),
  message.schema,
];

/**
 * One INSERT of many messages; a message the hub holds already (a re-push) is skipped by the
 * hub's trigger (pushes are serialised, so it sees every committed one). No ON CONFLICT clause:
 * it would need SELECT on the table, and PostgreSQL then checks each new row against the read
 * policy with the statement's snapshot — before the trigger has recorded a new deal or check in
 * hub.rows — refusing every new record a rep makes.
 */
const insertMessages = async (client: pg.Client, messages: SyncMessage[]): Promise<void> => {
  const values: unknown[] = [];
  const tuples = messages.map((message) => {
    const row = rowOf(message);
    const first = values.length;
    values.push(...row);
    return `(${row.map((_, index) => `$${first + index + 1}`).join(', ')})`;
  });
  await client.query(`INSERT INTO hub.messages (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, values);
};

const take = <T>(source: Generator<T>, count: number): T[] => {
  const taken: T[] = [];
  for (const item of source) {
    taken.push(item);
    if (taken.length >= count) break;
  }
  source.return(undefined);
  return taken;
};

type Refused = { message: SyncMessage; reason: string };

/**
 * A batch the hub refused part of: each message alone under a savepoint, so the ones this person
 * may push go in and the refused ones are named (the hub decides, by its trigger and policies).
 */
const insertOneByOne = async (client: pg.Client, messages: SyncMessage[]): Promise<Refused[]> => {
  const refused: Refused[] = [];
  for (const message of messages) {
    await client.query('SAVEPOINT one');
    try {
      await insertMessages(client, [message]);
      await client.query('RELEASE SAVEPOINT one');
    } catch (error) {
      const reason = hubRefusal(error);
      if (reason === null) throw error;
      await client.query('ROLLBACK TO SAVEPOINT one');
      refused.push({ message, reason });
    }
  }
  return refused;
};

const isRejected = (ctx: HandlerContext, stamp: string): boolean =>
  prepare(ctx.db, 'SELECT 1 FROM sync_hub_rejected WHERE hlc = ?').get(stamp) !== undefined;

function* toOffer(
  ctx: HandlerContext,
  messages: Generator<SyncMessage>,
  skipDefaults: boolean,
): Generator<SyncMessage> {
  for (const message of messages) {
    if (skipDefaults && isFloorHlc(message.hlc)) continue;
    if (!isRejected(ctx, message.hlc)) yield message;
  }
}

type DeviceHead = { device: string; head_hlc: string | null; others: boolean };

/**
 * Pushes what the hub lacks, per origin device (this one's, and those of a restored or seeded
 * workspace whose history was written under an earlier device id): the messages after the
 * newest one the hub holds of that device, oldest first, in batches. Each batch is one hub
 * transaction, and where to start is read from the hub each time, so a crash or a dropped
 * connection re-sends nothing the hub has; a re-sent message is skipped anyway (unique device and
 * stamp). Messages of a device another login pushes are theirs to send. Messages the hub refuses
 * are recorded here (they stay in this device's data) and not sent again.
 */
export const pushToHub = async (
  ctx: HandlerContext,
  client: pg.Client,
  hubId: string,
  options: {
    batchSize?: number;
    signal?: AbortSignal;
    onBatch?: (pushed: number) => void;
    /** No sync with this hub completed yet: every origin device in the log is looked at. */
    firstPush?: boolean;
    /**
     * The workspace's default rows (stamped at the floor) stay home: a rep may not change the
     * team's settings, and every device makes the same defaults itself.
     */
    skipDefaults?: boolean;
  } = {},
): Promise<PushReport> => {
  const batchSize = options.batchSize ?? 500;
  const report: PushReport = { pushed: 0, rejected: 0 };
  const { rows: heads } = await client.query<DeviceHead>('SELECT * FROM hub.device_heads()');
  const byDevice = new Map(heads.map((head) => [head.device, head]));
  // The first push to a hub reads every origin in the log (a restored or seeded workspace's
  // history sits under an earlier device id); later ones the devices known without that scan,
  // and those whose messages this login pushed before.
  const devices = options.firstPush
    ? logDevices(ctx.db)
    : [...new Set([...knownDevices(ctx.db), ...heads.filter((head) => !head.others).map((head) => head.device)])];
  for (const device of devices) {
    const head = byDevice.get(device);
    if (head?.others) continue;
    let after = head?.head_hlc ?? null;
    for (;;) {
      options.signal?.throwIfAborted();
      const batch = take(
        toOffer(ctx, readDeviceMessagesAfter(ctx.db, device, after), options.skipDefaults === true),
        batchSize,
      );
      const last = batch.at(-1);
      if (last === undefined) break;
      const refused = await pushBatch(client, batch);
      if (refused.length > 0) {
        ctx.write((_writer, now) => {
          for (const { message, reason } of refused) {
            prepare(
              ctx.db,
              `INSERT INTO sync_hub_rejected (hlc, hub_id, tbl, row_id, reason, at) VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (hlc) DO UPDATE SET reason = excluded.reason, at = excluded.at`,
            ).run(message.hlc, hubId, message.table, message.rowId, reason, now);
          }
        });
      }
      after = last.hlc;
      report.pushed += batch.length - refused.length;
      report.rejected += refused.length;
      options.onBatch?.(report.pushed);
    }
  }
  return report;
};

/** One batch in one hub transaction; what the hub refuses is named, the rest goes in. */
export const pushBatch = async (client: pg.Client, batch: SyncMessage[]): Promise<Refused[]> => {
  let refused: Refused[] = [];
  await client.query('BEGIN');
  try {
    try {
      await client.query('SAVEPOINT batch');
      await insertMessages(client, batch);
    } catch (error) {
      if (hubRefusal(error) === null) throw error;
      await client.query('ROLLBACK TO SAVEPOINT batch');
      refused = await insertOneByOne(client, batch);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  return refused;
};
