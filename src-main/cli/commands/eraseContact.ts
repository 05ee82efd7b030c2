import { resolve } from 'node:path';
import { createBackend } from '../../core/createBackend';
import { databaseKeyFromEnv } from '../../core/db/encryption/databaseKeyFromEnv';
import { eraseContact } from '../../core/modules/contacts/eraseContact';
import { type CliCommand, type CliIo, processIo } from '../CliCommand';
import { parseCommandArgs } from '../parseCommandArgs';
import { requireVoronkaFile } from '../requireVoronkaFile';
import { UsageError } from '../UsageError';

const USAGE = `Usage: voronka erase-contact --db PATH --id ID

Erases a person's personal data on their request (152-FZ, GDPR), for good: the contact's name,
job title, e-mail, phone, notes and custom fields, their name, e-mail and phone in the text of
their activities, and every earlier copy in the change history and the import log. The contact
stays (as "personal data erased"), linked to its deals, whose figures are kept. Other devices
erase their copies when they next sync. Backups made before still hold the data: delete or
re-make them if the request covers them. Close the app first.

  --db PATH   the database file
  --id ID     the contact's id (shown in the contact page's address: #/contacts/ID)

Exit codes: 0 erased, 1 not found or failed, 2 bad options.`;

export const eraseContactCommand: CliCommand = {
  name: 'erase-contact',
  summary: "Erase a person's personal data on request, history included",
  usage: USAGE,
  async run(args: string[], io: CliIo = processIo): Promise<number> {
    const { values } = parseCommandArgs(args, { db: { type: 'string' }, id: { type: 'string' } });
    if (values.db === undefined) throw new UsageError('Missing --db PATH');
    if (values.id === undefined || values.id.trim() === '') throw new UsageError('Missing --id ID');
    const id = values.id.trim();
    const dbPath = resolve(values.db);
    requireVoronkaFile(dbPath);
    const backend = createBackend({ dbPath, platform: 'cli', key: databaseKeyFromEnv() });
    try {
      // Whoever holds the file acts here: the app's manager-or-admin rule is for the app's users.
      const contact = await backend.runLocal(async (ctx) => eraseContact(ctx, id, { asOperator: true }));
      io.out(
        `Erased the personal data of contact ${contact.id}. Backups made before still hold it; ` +
          'other devices erase their copies at their next sync.\n',
      );
    } finally {
      backend.close();
    }
    return 0;
  },
};
