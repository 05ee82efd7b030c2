import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { contract } from '@shared/contract/contract';

export type ErrorLog = {
  /** A failed call: its method (when the contract knows it) and error code, nothing of its input. */
  failedCall(method: string, code: string): void;
  /** The file being written (the newest of the set). */
  path: string;
};

export type ErrorLogOptions = { maxBytes?: number; files?: number; now?: () => number };

/**
 * A local error log that holds no personal data: one line per failed call with the time, the
 * method name and the error code — never the input, the message or a value, which may carry a
 * name, an e-mail or a phone. Rotates by size (`path` → `path.1` → … → `path.<files - 1>`), so
 * the set stays under `maxBytes × files`. Writing never fails the call it records.
 */
export const createErrorLog = (
  path: string,
  { maxBytes = 1024 * 1024, files = 3, now = Date.now }: ErrorLogOptions = {},
): ErrorLog => {
  const rotate = () => {
    rmSync(`${path}.${files - 1}`, { force: true });
    for (let index = files - 2; index >= 1; index -= 1) {
      if (existsSync(`${path}.${index}`)) renameSync(`${path}.${index}`, `${path}.${index + 1}`);
    }
    renameSync(path, `${path}.1`);
  };
  const append = (line: string) => {
    try {
      mkdirSync(dirname(path), { recursive: true });
      const size = existsSync(path) ? statSync(path).size : 0;
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
      appendFileSync(path, line, { mode: 0o600 });
    } catch {
      // A full disk or a read-only folder: the call's own answer matters more than its log line.
    }
  };
  return {
    path,
    failedCall(method, code) {
      // A method the contract does not name came from the caller: it is not echoed.
      const name = Object.hasOwn(contract, method) ? method : '(unknown method)';
      append(`${new Date(now()).toISOString()} call-failed ${name} ${/^[A-Z_]{1,40}$/.test(code) ? code : 'OTHER'}\n`);
    },
  };
};
