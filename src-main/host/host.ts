import { HOST_USAGE, parseHostArgs } from './parseHostArgs';
import { startHost } from './startHost';
import { latestSoundBackup, restoreLatestBackupOver } from '../core/backup/restoreLatestBackupOver';
import { damageReasonOf } from '../worker/damageReasonOf';
import { consoleLocale } from './consoleLocale';
import { damagedDatabaseText, keptAsLine } from './damagedDatabaseText';
import { openingConsoleLine } from './openingProgressText';
import { databaseKeyFromEnv } from '../core/db/encryption/databaseKeyFromEnv';
import { encryptionLockedText, encryptionRefusalText } from './encryptionRefusalText';
import { TEST_CLOCK_VARIABLE, testClockFromEnv } from './testClockFromEnv';
import { createErrorLog } from '../core/diagnostics/createErrorLog';
import { errorLogPathFor } from '../core/diagnostics/errorLogPathFor';
import { logCrashes } from '../core/diagnostics/logCrashes';

/** Entry of `npm run serve` (out/main/host.js): Voronka in the browser. */

const fail = (message: string, exitCode: number): never => {
  process.stderr.write(`${message}\n`);
  process.exit(exitCode);
};

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const main = async () => {
  let options: ReturnType<typeof parseHostArgs>;
  try {
    options = parseHostArgs(process.argv.slice(2));
  } catch (error) {
    return fail(`${messageOf(error)}\n${HOST_USAGE}`, 2);
  }
  if (options.help) return void process.stdout.write(`${HOST_USAGE}\n`);
  logCrashes(createErrorLog(errorLogPathFor(options.dbPath)), 'host');
  const { port } = options;
  const key = databaseKeyFromEnv();
  let testClockAt: number | null;
  try {
    testClockAt = testClockFromEnv(process.env);
  } catch (error) {
    return fail(messageOf(error), 2);
  }
  if (testClockAt !== null) process.stderr.write(`${TEST_CLOCK_VARIABLE} is set: this core runs on a test clock.\n`);
  if (options.restoreBackup) {
    const recovery = await restoreLatestBackupOver(options.dbPath, Date.now(), undefined, key);
    if (recovery === null) return fail(damagedDatabaseText(null, options.dbPath, null), 1);
    process.stdout.write(`${recovery.restored.name} → ${options.dbPath}\n${keptAsLine(recovery.keptAs)}\n`);
  }
  const hubUrl = process.env.VORONKA_HUB_URL;
  const hubPassword = process.env.VORONKA_HUB_PASSWORD;
  const hubSync = hubUrl ? { url: hubUrl, ...(hubPassword ? { password: hubPassword } : {}) } : undefined;
  // Opening is quick unless an existing file is upgraded: only then does the console say where to
  // watch it (stdout keeps its one line, which scripts parse).
  const host = await startHost({
    ...options,
    onUpgrading: (url) => process.stderr.write(`${openingConsoleLine(url, consoleLocale())}\n`),
    key,
    ...(testClockAt === null ? {} : { testClockAt }),
    ...(hubSync ? { hubSync } : {}),
  }).catch(async (error: unknown) => {
    if (process.env.VORONKA_DEBUG === '1') console.error(error);
    const refusal = encryptionRefusalText(error);
    if (refusal !== null) return fail(refusal, 1);
    const damage = damageReasonOf(error);
    if (damage.damaged) {
      const backupAt = (await latestSoundBackup(options.dbPath, undefined, key))?.createdAt ?? null;
      return fail(damagedDatabaseText(damage.reason, options.dbPath, backupAt), 1);
    }
    if ((error as { code?: unknown }).code === 'EADDRINUSE') {
      return fail(`Port ${port} is in use; pass --port 0 or another port.`, 1);
    }
    return fail(messageOf(error), 1);
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void host.close().then(() => process.exit(0));
  };
  // Before the line below: whoever reads it may stop the host at once (a test under load did,
  // and the signal's default action killed the host before it could close the database).
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (host.locked) process.stderr.write(`${encryptionLockedText()}\n`);
  // Scripts and tests parse this line: keep it exactly so.
  process.stdout.write(`Voronka is running at ${host.url}\n`);
};

void main();
