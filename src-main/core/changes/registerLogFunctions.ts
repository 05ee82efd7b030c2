import type BetterSqlite3 from 'better-sqlite3';
import { formatHlc, parseHlc } from '@shared/domain/hlc';
import type { SqlValue } from './ChangeWriter';
import { migrationRowTicks } from '../db/migrationRowTicks';
import { packCells } from './packCells';
import { unpackCells } from './unpackCells';

/**
 * SQL functions over the change log's stored form (m0072), registered on every connection:
 * - `change_cells(cells)`: a message's packed cells as the JSON object they were written as, for
 *   SQL that reads cells (`json_each(change_cells(m.cells))`, the `change_log` view);
 * - `change_pack(json)`: the packed form of a JSON object of cells (the seed's bulk writer, m0072);
 * - `change_stamp(ms, ctr, node)`: the HLC text of a message (`2026-…Z-0000-<node>`);
 * - `change_ms(stamp)`, `change_ctr(stamp)`: a stamp's millisecond and counter (m0072).
 */
export const registerLogFunctions = (sqlite: BetterSqlite3.Database): void => {
  const deterministic = { deterministic: true } as const;
  // m0072 asks for a stamp's millisecond and its counter in turn: the stamp is parsed once.
  let lastStamp = '';
  let lastParsed = { millis: 0, counter: 0 };
  const parsed = (stamp: string) => {
    if (stamp !== lastStamp) {
      lastParsed = parseHlc(stamp);
      lastStamp = stamp;
    }
    return lastParsed;
  };
  sqlite.function('change_cells', deterministic, (cells: unknown) =>
    cells instanceof Uint8Array ? JSON.stringify(unpackCells(cells)) : null,
  );
  sqlite.function('change_pack', deterministic, (json: unknown) => {
    // Called once per message a log conversion (m0072) packs: its progress (migrateDatabase).
    migrationRowTicks.get(sqlite)?.();
    return typeof json === 'string' ? packCells(JSON.parse(json) as Record<string, SqlValue>) : null;
  });
  sqlite.function('change_stamp', deterministic, (ms: unknown, ctr: unknown, node: unknown) =>
    typeof ms === 'number' && typeof ctr === 'number' && typeof node === 'string'
      ? formatHlc({ millis: ms, counter: ctr, node })
      : null,
  );
  sqlite.function('change_ms', deterministic, (stamp: unknown) =>
    typeof stamp === 'string' ? parsed(stamp).millis : null,
  );
  sqlite.function('change_ctr', deterministic, (stamp: unknown) =>
    typeof stamp === 'string' ? parsed(stamp).counter : null,
  );
};
