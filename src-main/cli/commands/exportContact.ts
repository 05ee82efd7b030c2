import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createBackend } from '../../core/createBackend';
import { databaseKeyFromEnv } from '../../core/db/encryption/databaseKeyFromEnv';
import { exportPersonalData } from '../../core/privacy/exportPersonalData';
import { type CliCommand, type CliIo, processIo } from '../CliCommand';
import { parseCommandArgs } from '../parseCommandArgs';
import { requireVoronkaFile } from '../requireVoronkaFile';
import { UsageError } from '../UsageError';

const USAGE = `Usage: voronka export-contact --db PATH --id ID [--out FILE]

Exports everything the workspace holds about a person (a subject-access request under 152-FZ
or GDPR) as one JSON document: their contact row, custom fields, company, the deals they are on,
their activities and the change history of their rows, with dates in ISO 8601.

  --db PATH    the database file
  --id ID      the contact's id (shown in the contact page's address: #/contacts/ID)
  --out FILE   where to write the JSON (default: standard output)

Exit codes: 0 exported, 1 not found or failed, 2 bad options.`;

export const exportContactCommand: CliCommand = {
  name: 'export-contact',
  summary: 'Export everything about a person as JSON (subject-access request)',
  usage: USAGE,
  async run(args: string[], io: CliIo = processIo): Promise<number> {
    const { values } = parseCommandArgs(args, {
      db: { type: 'string' },
      id: { type: 'string' },
      out: { type: 'string' },
    });
    if (values.db === undefined) throw new UsageError('Missing --db PATH');
    if (values.id === undefined || values.id.trim() === '') throw new UsageError('Missing --id ID');
    const dbPath = resolve(values.db);
    requireVoronkaFile(dbPath);
    const backend = createBackend({ dbPath, platform: 'cli', key: databaseKeyFromEnv() });
    try {
      const id = values.id.trim();
      const data = await backend.runLocal(async (ctx) => exportPersonalData(ctx.db, id, ctx.clock.now()));
      const json = `${JSON.stringify(data, null, 2)}\n`;
      if (values.out === undefined) {
        io.out(json);
      } else {
        // Owner-only: the file holds a person's personal data.
        writeFileSync(resolve(values.out), json, { mode: 0o600 });
        io.out(`Exported contact ${id} to ${resolve(values.out)}\n`);
      }
    } finally {
      backend.close();
    }
    return 0;
  },
};
