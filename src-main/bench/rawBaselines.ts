import { parseHlc } from '@shared/domain/hlc';
import { logTableId } from '../core/changes/logTableId';
import { packCells } from '../core/changes/packCells';
import Database from 'better-sqlite3';

/**
 * Hand-written better-sqlite3 doing the same work as the app's figures: same rows read, same
 * rows written, no query builder, no validation, no envelope. The ratio app / raw is the price of
 * the app's layers.
 */
export type RawDb = {
  db: Database.Database;
  board(
    pipelineId: string,
    cardsPerStage: number,
  ): { stageId: string; count: number; sum: number; weighted: number; cards: unknown[] }[];
  list(ownerId: string, status: string): { rows: unknown[]; total: number };
  update(id: string, valueMinor: number, hlc: string, deviceId: string): unknown;
  close(): void;
};

export const CARDS = `SELECT d.id, d.title, d.company_id, c.name AS company_name, d.value_minor, d.currency, d.owner_id,
    u.name AS owner_name, d.expected_close_on, d.stage_entered_at, d.position,
    nt.id AS next_task_id, nt.type AS next_task_type, nt.subject AS next_task_subject, nt.due_at AS next_task_due_at,
    (SELECT max(a.due_at) FROM activities a
      WHERE a.deal_id = d.id AND a.done_at IS NULL AND a.due_at IS NOT NULL AND a.deleted_at IS NULL) AS last_task_due_at,
    (SELECT count(*) FROM deal_checks dc JOIN control_points cp ON cp.id = dc.control_point_id
      WHERE dc.deal_id = d.id AND dc.checked = 1 AND dc.deleted_at IS NULL AND cp.stage_id = d.stage_id
        AND cp.required = 1 AND cp.archived_at IS NULL AND cp.deleted_at IS NULL) AS checks_done,
    CASE WHEN ? IS NULL THEN NULL ELSE (SELECT min(a.done_at) FROM activities a INDEXED BY activities_first_touch
      WHERE a.deal_id = d.id AND a.type IN ('call', 'email', 'meeting') AND (a.direction IS NULL OR a.direction = 'outbound')
        AND a.done_at IS NOT NULL AND a.deleted_at IS NULL) END AS first_touch_at
  FROM deals d LEFT JOIN companies c ON c.id = d.company_id LEFT JOIN users u ON u.id = d.owner_id
    LEFT JOIN activities nt ON nt.id = (SELECT a.id FROM activities a
      WHERE a.deal_id = d.id AND a.done_at IS NULL AND a.due_at IS NOT NULL AND a.deleted_at IS NULL
      ORDER BY a.due_at, a.id LIMIT 1)
  WHERE d.stage_id = ? AND d.status = 'open' AND d.deleted_at IS NULL
  ORDER BY d.position, d.id LIMIT ?`;

/** Opens the file as openDatabase does (same pragmas) and prepares the baseline statements. */
export const openRawDb = (path: string): RawDb => {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  db.pragma('temp_store = MEMORY');
  // The migration check and what the backend reads at start.
  db.pragma('user_version', { simple: true });
  db.prepare("SELECT value FROM meta WHERE key = 'device_id'").get();
  db.prepare('SELECT ms, ctr FROM change_msgs ORDER BY ms DESC, ctr DESC, device DESC LIMIT 1').get();
  const stages = db.prepare(
    'SELECT id, probability, sla_hours FROM stages WHERE pipeline_id = ? AND deleted_at IS NULL AND archived_at IS NULL ORDER BY position, id',
  );
  let headers: Database.Statement | null = null;
  const headersFor = (stageIds: readonly string[]): Database.Statement =>
    (headers ??= db.prepare(
      `SELECT stage_id, count(*) AS n, sum(value_minor) AS total FROM deals
        WHERE stage_id IN (${stageIds.map(() => '?').join(', ')}) AND status = 'open' AND deleted_at IS NULL
        GROUP BY stage_id, currency`,
    ));
  const required = db.prepare(
    'SELECT stage_id, count(*) AS n FROM control_points WHERE required = 1 AND archived_at IS NULL AND deleted_at IS NULL GROUP BY stage_id',
  );
  const cards = db.prepare(CARDS);
  const listRows = db.prepare(
    'SELECT * FROM deals WHERE deleted_at IS NULL AND owner_id = ? AND status = ? ORDER BY created_at DESC, id DESC LIMIT 50',
  );
  const listCount = db
    .prepare('SELECT count(*) FROM deals WHERE deleted_at IS NULL AND owner_id = ? AND status = ?')
    .pluck();
  const dealById = db.prepare('SELECT * FROM deals WHERE id = ? AND deleted_at IS NULL');
  const setValue = db.prepare('UPDATE deals SET value_minor = ?, updated_at = ? WHERE id = ?');
  // The packed log of m0072: the device by its change_names number, deals as table 18.
  const internName = db.prepare('INSERT OR IGNORE INTO change_names (name) VALUES (?)');
  const nameId = db.prepare('SELECT id FROM change_names WHERE name = ?').pluck();
  const log = db.prepare(
    `INSERT INTO change_msgs (ms, ctr, device, node, actor, tbl, row_id, at, cells)
     VALUES (?, ?, ?, NULL, NULL, ${logTableId('deals')}, ?, ?, ?)`,
  );
  const update = db.transaction((id: string, valueMinor: number, hlc: string, deviceId: string) => {
    dealById.get(id);
    const now = Date.now();
    setValue.run(valueMinor, now, id);
    const stamp = parseHlc(hlc);
    internName.run(deviceId);
    log.run(stamp.millis, stamp.counter, nameId.get(deviceId), id, now, packCells({ value_minor: valueMinor }));
  });
  return {
    db,
    board(pipelineId, cardsPerStage) {
      const stageRows = stages.all(pipelineId) as { id: string; probability: number; sla_hours: number | null }[];
      const stageIds = stageRows.map((stage) => stage.id);
      const totals = new Map(
        (headersFor(stageIds).all(...stageIds) as { stage_id: string; n: number; total: number }[]).map((row) => [
          row.stage_id,
          row,
        ]),
      );
      required.all();
      return stageRows.map((stage) => {
        const total = totals.get(stage.id);
        return {
          stageId: stage.id,
          count: total?.n ?? 0,
          sum: total?.total ?? 0,
          weighted: Math.round((total?.total ?? 0) * stage.probability),
          // The deal's first touch only where the stage's SLA needs it.
          cards: cardsPerStage > 0 && total ? cards.all(stage.sla_hours, stage.id, cardsPerStage) : [],
        };
      });
    },
    list: (ownerId, status) => ({
      rows: listRows.all(ownerId, status),
      total: listCount.get(ownerId, status) as number,
    }),
    update(id, valueMinor, hlc, deviceId) {
      update(id, valueMinor, hlc, deviceId);
      return dealById.get(id);
    },
    close: () => db.close(),
  };
};
