import type { PersonalDataExport } from '@shared/contract/schemas/personalData';
import type { ReportFile } from '@shared/contract/schemas/reports';
import { DomainError } from '../DomainError';
import type { Db } from '../db/Db';
import { prepare } from '../db/sql';
import { customValueRange } from './contactRowsOf';

type Row = Record<string, unknown>;

/** Derived search and sort keys: the same data again, in a machine form no reader needs. */
const DERIVED = new Set(['phone_normalized', 'sort_key', 'title_key', 'text_key', 'name_key']);

const camel = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** A timestamp column (`created_at`, `due_at`…) holds epoch milliseconds. */
const isoIfDate = (column: string, value: unknown): unknown =>
  column.endsWith('_at') && typeof value === 'number' ? new Date(value).toISOString() : value;

/** A stored row in readable form: camelCase keys, ISO dates, derived keys left out. */
const readable = (row: Row): Row =>
  Object.fromEntries(
    Object.entries(row)
      .filter(([column]) => !DERIVED.has(column))
      .map(([column, value]) => [camel(column), isoIfDate(column, value)]),
  );

const userName = (db: Db, id: unknown): string | null =>
  typeof id === 'string'
    ? ((prepare(db, 'SELECT name FROM users WHERE id = ?').pluck().get(id) as string | undefined) ?? null)
    : null;

const parseCell = (text: string | null): unknown => {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

/**
 * Everything the workspace holds about one contact, for a subject-access request: their row
 * (with the owner's name), their company link, custom values (with the field's names), the deals
 * they are the contact or the authority of (with stage and pipeline names), their activities, and
 * every change-log message of their contact row, custom values and activities, oldest first.
 * Read in one snapshot (a read transaction) so the parts agree with each other.
 */
export const exportPersonalData = (db: Db, contactId: string, now: number): PersonalDataExport =>
  db.sqlite.transaction((): PersonalDataExport => {
    const contact = prepare(db, 'SELECT * FROM contacts WHERE id = ?').get(contactId) as Row | undefined;
    if (!contact) throw new DomainError('NOT_FOUND', 'Contact not found', { entity: 'contact', id: contactId });

    const company =
      typeof contact.company_id === 'string'
        ? (prepare(db, 'SELECT id, name, inn, website, deleted_at FROM companies WHERE id = ?').get(
            contact.company_id,
          ) as Row | undefined)
        : undefined;

    const [from, to] = customValueRange(contactId);
    const customValues = prepare(
      db,
      `SELECT f.key AS field_key, f.name_en AS field_name_en, f.name_ru AS field_name_ru, f.type AS field_type, v.*
       FROM custom_values v JOIN custom_fields f ON f.id = v.field_id
       WHERE v.id > ? AND v.id < ? ORDER BY f.position`,
    ).all(from, to) as Row[];

    const deals = prepare(
      db,
      `SELECT d.id, d.title, d.status, d.value_minor, d.currency, d.kind,
              CASE WHEN d.contact_id = @id THEN 'contact' ELSE 'authority' END AS their_role,
              coalesce(p.name, p.default_key) AS pipeline_name, coalesce(s.name, s.default_key) AS stage_name,
              d.expected_close_on, d.won_at, d.lost_at, d.created_at, d.updated_at, d.deleted_at
       FROM deals d JOIN pipelines p ON p.id = d.pipeline_id JOIN stages s ON s.id = d.stage_id
       WHERE d.contact_id = @id OR d.bant_authority_contact_id = @id ORDER BY d.created_at, d.id`,
    ).all({ id: contactId }) as Row[];

    const activities = prepare(db, 'SELECT * FROM activities WHERE contact_id = ? ORDER BY created_at, id').all(
      contactId,
    ) as Row[];

    const rowKeys: [string, string][] = [
      ['contacts', contactId],
      ...customValues.map((value): [string, string] => ['custom_values', value.id as string]),
      ...activities.map((activity): [string, string] => ['activities', activity.id as string]),
    ];
    const logOf = prepare(
      db,
      'SELECT hlc, device_id, actor_id, tbl, row_id, col, value, at FROM change_log WHERE tbl = ? AND row_id = ?',
    );
    const history = rowKeys
      .flatMap(([table, rowId]) => logOf.all(table, rowId) as Row[])
      .sort((a, b) => (a.hlc as string).localeCompare(b.hlc as string))
      .map((entry) => ({
        at: new Date(entry.at as number).toISOString(),
        table: entry.tbl as string,
        rowId: entry.row_id as string,
        column: camel(entry.col as string),
        value: isoIfDate(entry.col as string, parseCell(entry.value as string | null)),
        changedBy: userName(db, entry.actor_id),
        deviceId: entry.device_id as string,
      }));

    return {
      format: 'voronka.personal-data',
      version: 1,
      exportedAt: new Date(now).toISOString(),
      contact: { ...readable(contact), ownerName: userName(db, contact.owner_id) },
      company: company ? readable(company) : null,
      customValues: customValues.map(readable),
      deals: deals.map(readable),
      activities: activities.map((activity) => ({ ...readable(activity), ownerName: userName(db, activity.owner_id) })),
      history,
    };
  })();

/** Characters no file system takes in a name, and runs of spaces: the name becomes one safe word. */
const fileSafe = (text: string) =>
  [...text]
    .filter((char) => char >= ' ' && !'\\/:*?"<>|'.includes(char))
    .join('')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);

/** The export as a pretty-printed JSON file named after the person and the day. */
export const personalDataFile = (db: Db, contactId: string, now: number): ReportFile => {
  const data = exportPersonalData(db, contactId, now);
  const json = `${JSON.stringify(data, null, 2)}\n`;
  const name = typeof data.contact.name === 'string' ? fileSafe(data.contact.name) : '';
  const day = data.exportedAt.slice(0, 10);
  const bytes = Buffer.from(json, 'utf8');
  return {
    fileName: `personal-data-${name === '' || name === '—' ? contactId.slice(0, 8) : name}-${day}.json`,
    mimeType: 'application/json',
    base64: bytes.toString('base64'),
    bytes: bytes.length,
  };
};
