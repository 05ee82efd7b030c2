import type { CrashingProcess, ErrorLog } from './createErrorLog';

/**
 * Writes an uncaught exception or unhandled rejection to the error log before the process ends as
 * Node would end it (the stack on stderr, exit code 1): a crash at a customer's leaves a line that
 * Copy diagnostics carries, instead of nothing. The log line never holds the error's message.
 */
export const logCrashes = (log: ErrorLog, kind: CrashingProcess, target: NodeJS.Process = process) => {
  const crash = (error: unknown) => {
    log.crashed(kind, error);
    target.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    target.exit(1);
  };
  target.on('uncaughtException', crash);
  target.on('unhandledRejection', crash);
};
