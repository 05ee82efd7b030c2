/**
 * The sender the crash test kills: opens the workspace as the app does (password from the
 * environment), says "ready", runs one outbox pass and says "done" — if it lives that long.
 *   node senderChild.mjs <dbPath>
 */
import { createBackend } from '../../../src-main/core/createBackend';
import { envSmtpPassword } from '../../../src-main/core/modules/email/SmtpPassword';

const [dbPath] = process.argv.slice(2) as [string];

const main = async () => {
  const backend = createBackend({ dbPath, platform: 'test', smtpPassword: envSmtpPassword(process.env) });
  process.stdout.write('ready\n');
  const report = await backend.sendOutbox();
  process.stdout.write(`done ${JSON.stringify(report)}\n`);
  backend.close();
};

void main();
