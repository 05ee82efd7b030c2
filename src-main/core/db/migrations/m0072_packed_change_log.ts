import { LOG_TABLES } from '../../changes/LOG_TABLES';
import type { Migration } from '../Migration';

/**
 * Frozen. The change log packed (issue 11 #1): after m0059 a 100,000-deal bench file was 2.8 GiB,
 * half of it the log, mostly the text repeated in every message (a 46-character stamp, the
 * device, actor and table names) and its cells as JSON (column names, 36-character ids).
 * - change_names: every device id, actor id and table name the log refers to, by number. The
 *   tables of LOG_TABLES have fixed numbers (their place + 1: deals is 18), so SQL can name them.
 * - change_msgs: per message its stamp as its millisecond `ms` and counter `ctr` with the origin
 *   `device` (the stamp's node; `node` only when a stamp names another, never so far), its
 *   `actor`, `tbl`, `row_id`, wall time `at`, and its cells packed (`packCells`: column numbers,
 *   ids as 16 bytes, integers as varints). `change_stamp(ms, ctr, node)` gives the stamp's text.
 * - change_msgs_stamp: unique stamps in stamp order (the feed's order, duplicates, the clock).
 * - change_msgs_row: every message of a row in stamp order (history, merge, timeline, privacy).
 * - change_msgs_deal_at: deals' messages by wall time, for the KPI rewind, which unpacks their
 *   cells to see which columns changed (m0059's index named the rewound columns in JSON paths).
 * - change_log: the one-row-per-cell view, unchanged in shape, for the cold readers.
 * (The fixed numbers are LOG_TABLES' first 29, as at this migration.)
 * Existing messages are converted one for one (same seq, stamp, cells in the same order);
 * compactAfterLogConversion then gives the old pages back with a VACUUM.
 */
export const m0072_packed_change_log: Migration = {
  version: 72,
  name: 'packed_change_log',
  // Every message is packed by change_pack, which ticks per row: opening an old file shows progress.
  rows: (sqlite) => sqlite.prepare('SELECT count(*) FROM change_msgs').pluck().get() as number,
  sql: `
CREATE TABLE change_names (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
) STRICT;

INSERT INTO change_names (id, name) VALUES
${LOG_TABLES.slice(0, 29)
  .map((table, index) => `  (${index + 1}, '${table}')`)
  .join(',\n')};

INSERT OR IGNORE INTO change_names (name)
SELECT tbl FROM change_msgs UNION SELECT device_id FROM change_msgs
UNION SELECT actor_id FROM change_msgs WHERE actor_id IS NOT NULL
UNION SELECT substr(hlc, 31) FROM change_msgs WHERE substr(hlc, 31) <> device_id;

DROP VIEW change_log;
DROP INDEX change_msgs_hlc;
DROP INDEX change_msgs_row;
DROP INDEX change_msgs_deal_rewind;
ALTER TABLE change_msgs RENAME TO change_msgs_m0059;

CREATE TABLE change_msgs (
  seq INTEGER PRIMARY KEY,
  ms INTEGER NOT NULL,
  ctr INTEGER NOT NULL,
  device INTEGER NOT NULL,
  node INTEGER,
  actor INTEGER,
  tbl INTEGER NOT NULL,
  row_id TEXT NOT NULL,
  at INTEGER,
  cells BLOB NOT NULL
) STRICT;

INSERT INTO change_msgs (seq, ms, ctr, device, node, actor, tbl, row_id, at, cells)
SELECT m.seq, change_ms(m.hlc), change_ctr(m.hlc),
  (SELECT id FROM change_names WHERE name = m.device_id),
  CASE WHEN substr(m.hlc, 31) <> m.device_id THEN (SELECT id FROM change_names WHERE name = substr(m.hlc, 31)) END,
  (SELECT id FROM change_names WHERE name = m.actor_id),
  (SELECT id FROM change_names WHERE name = m.tbl),
  m.row_id, m.at, change_pack(m.cells)
FROM change_msgs_m0059 m ORDER BY m.seq;

DROP TABLE change_msgs_m0059;

CREATE UNIQUE INDEX change_msgs_stamp ON change_msgs (ms, ctr, device);
CREATE INDEX change_msgs_row ON change_msgs (tbl, row_id, ms, ctr);
CREATE INDEX change_msgs_deal_at ON change_msgs (at, ms) WHERE tbl = 18;

CREATE VIEW change_log (hlc, device_id, actor_id, tbl, row_id, col, value, at) AS
SELECT change_stamp(m.ms, m.ctr, coalesce(n.name, d.name)), d.name, a.name, t.name, m.row_id,
  c.key, json_quote(c.value), m.at
FROM change_msgs m
  JOIN change_names d ON d.id = m.device
  LEFT JOIN change_names n ON n.id = m.node
  LEFT JOIN change_names a ON a.id = m.actor
  JOIN change_names t ON t.id = m.tbl,
  json_each(change_cells(m.cells)) c;
`,
};
