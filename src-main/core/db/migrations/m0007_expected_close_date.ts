import { SETTING_DEFAULTS } from '@shared/contract/settingDefaults';
import { calendarDateInZone, isIanaTimeZone } from '@shared/domain/calendarDate';
import type BetterSqlite3 from 'better-sqlite3';
import type { Migration } from '../Migration';

/** The workspace zone as stored (JSON text), or the default when unset or not a zone. */
const workspaceTimeZone = (sqlite: BetterSqlite3.Database): string => {
  const stored = sqlite.prepare("SELECT value FROM settings WHERE key = 'workspace.timeZone'").pluck().get() as
    string | undefined;
  try {
    const zone: unknown = stored === undefined ? null : JSON.parse(stored);
    if (typeof zone === 'string' && isIanaTimeZone(zone)) return zone;
  } catch {
    // unreadable: the default
  }
  return SETTING_DEFAULTS['workspace.timeZone'];
};

/**
 * Frozen. A deal's expected close is a calendar day, not an instant: stored as epoch ms it read a
 * day earlier on a device west of the one that picked it. The day each stored instant falls on in
 * the workspace time zone becomes `expected_close_on` ('YYYY-MM-DD'), and the change log's
 * messages of the old column are rewritten the same way, so history and sync speak of the new
 * column only (no peer has synced yet: the log is still this file's own).
 */
export const m0007_expected_close_date: Migration = {
  version: 7,
  name: 'expected_close_date',
  sql: `
ALTER TABLE deals ADD COLUMN expected_close_on TEXT
  CHECK (expected_close_on IS NULL OR expected_close_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
`,
  backfill: (sqlite) => {
    const zone = workspaceTimeZone(sqlite);
    const toDate = (value: unknown): string | null =>
      typeof value === 'number' && Number.isFinite(value) ? calendarDateInZone(value, zone) : null;
    const deals = sqlite
      .prepare('SELECT id, expected_close_at AS at FROM deals WHERE expected_close_at IS NOT NULL')
      .all() as { id: string; at: number }[];
    const writeDeal = sqlite.prepare('UPDATE deals SET expected_close_on = ? WHERE id = ?');
    for (const deal of deals) writeDeal.run(toDate(deal.at), deal.id);

    const messages = sqlite
      .prepare("SELECT hlc, value FROM change_log WHERE tbl = 'deals' AND col = 'expected_close_at'")
      .all() as { hlc: string; value: string | null }[];
    const writeMessage = sqlite.prepare("UPDATE change_log SET col = 'expected_close_on', value = ? WHERE hlc = ?");
    for (const message of messages) {
      const value: unknown = message.value === null ? null : JSON.parse(message.value);
      writeMessage.run(JSON.stringify(toDate(value)), message.hlc);
    }
    sqlite.exec('ALTER TABLE deals DROP COLUMN expected_close_at');
  },
};
