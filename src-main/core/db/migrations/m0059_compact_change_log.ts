import type { Migration } from '../Migration';

/**
 * Frozen. The change log as one row per message instead of one row per cell (issue 11 #1): a
 * bench file of 100,000 deals was about 7 GB, 87% of it the log, mostly a 46-character stamp,
 * the device, actor, table and row ids and the column name repeated in every cell of a message
 * (about 20 cells for an insert) and again in the (tbl, row_id, hlc) index.
 * - change_msgs: per message its stamp (the HLC text: it orders messages, identifies them on the
 *   wire and is the timeline's order key), origin device, actor, table, row, wall time, and its
 *   cells as one JSON object `{column: value}` in the writer's order. A rowid table: a message of
 *   an insert can take a kilobyte, which a WITHOUT ROWID tree would push to overflow pages.
 * - change_msgs_row: every message of a row in stamp order (history, merge, timeline, privacy).
 * - change_msgs_deal_rewind: m0041's partial index on the new table. A deal's message is in it
 *   when it carries a column the KPI rewind reads (kpiDealRewind.repo.ts repeats this condition
 *   word for word, so SQLite can prove the index applies).
 * - change_log: the old shape as a read-only view, one row per cell (`json_each` keeps the
 *   writer's order), for the cold readers; every cell of a message carries the message's stamp.
 * Existing logs are converted message by message: a message's first cell is keyed by its stamp
 * and the others by `stamp/NNN` (m0001 to m0058), so the first cells are read in key order and
 * each gathers its cells from the range of its own key prefix. Cells without a suffix written
 * before that scheme were one-cell messages and stay so.
 */
export const m0059_compact_change_log: Migration = {
  version: 59,
  name: 'compact_change_log',
  sql: `
CREATE TABLE change_msgs (
  seq INTEGER PRIMARY KEY,
  hlc TEXT NOT NULL,
  device_id TEXT NOT NULL,
  actor_id TEXT,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  at INTEGER,
  cells TEXT NOT NULL CHECK (json_type(cells) = 'object')
) STRICT;

INSERT INTO change_msgs (hlc, device_id, actor_id, tbl, row_id, at, cells)
SELECT f.hlc, f.device_id, f.actor_id, f.tbl, f.row_id, f.at,
  (SELECT json_group_object(c.col, json(c.value)) FROM change_log c
    WHERE c.hlc >= f.hlc AND c.hlc < f.hlc || '0' AND (c.hlc = f.hlc OR substr(c.hlc, length(f.hlc) + 1, 1) = '/'))
FROM change_log f
WHERE instr(f.hlc, '/') = 0
ORDER BY f.hlc;

DROP TABLE change_log;

CREATE UNIQUE INDEX change_msgs_hlc ON change_msgs (hlc);
CREATE INDEX change_msgs_row ON change_msgs (tbl, row_id, hlc);
CREATE INDEX change_msgs_deal_rewind ON change_msgs (at, hlc, row_id)
  WHERE tbl = 'deals' AND (json_type(cells, '$.title') IS NOT NULL OR json_type(cells, '$.deleted_at') IS NOT NULL
    OR json_type(cells, '$.owner_id') IS NOT NULL OR json_type(cells, '$.company_id') IS NOT NULL
    OR json_type(cells, '$.source_id') IS NOT NULL OR json_type(cells, '$.campaign_id') IS NOT NULL
    OR json_type(cells, '$.value_minor') IS NOT NULL OR json_type(cells, '$.currency') IS NOT NULL
    OR json_type(cells, '$.loss_reason_id') IS NOT NULL OR json_type(cells, '$.qualified_at') IS NOT NULL
    OR json_type(cells, '$.expected_close_on') IS NOT NULL);

CREATE VIEW change_log (hlc, device_id, actor_id, tbl, row_id, col, value, at) AS
SELECT m.hlc, m.device_id, m.actor_id, m.tbl, m.row_id, c.key, json_quote(c.value), m.at
FROM change_msgs m, json_each(m.cells) c;
`,
};
