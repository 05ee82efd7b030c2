import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { contract } from '@shared/contract/contract';

/** The processes that log their own crash: the browser host, Electron's main, the core's thread. */
export type CrashingProcess = 'host' | 'main' | 'worker';

/** Work the core does on its own between calls, whose failed steps are tried again. */
export type BackgroundTask = 'search-catch-up';

/** Why the browser host turned a request away before any procedure ran. */
export type HostRefusal =
  | 'unknown_host'
  | 'bad_path'
  | 'cross_origin'
  | 'stale_token'
  | 'events_token'
  | 'session_forbidden'
  | 'method_not_allowed'
  | 'body_too_large'
  | 'malformed_json'
  | 'bad_rpc_shape'
  | 'internal';

export type ErrorLog = {
  /** A failed call: its method (when the contract knows it) and error code, nothing of its input. */
  failedCall(method: string, code: string): void;
  /** An uncaught error that ends a process: its kind, system code and code locations, never its message. */
  crashed(crashing: CrashingProcess, error: unknown): void;
  /** A background step that failed and will be tried again: the task, then as `crashed` says the error. */
  backgroundFailed(task: BackgroundTask, error: unknown): void;
  /** A request the browser host refused (a stale page, another site, a malformed call). */
  refused(reason: HostRefusal): void;
  /** The file being written (the newest of the set). */
  path: string;
};

export type ErrorLogOptions = { maxBytes?: number; files?: number; now?: () => number };

const NAME = /^[A-Za-z][\w.]{0,40}$/;
const CODE = /^[A-Z_][A-Z0-9_]{0,40}$/;

/**
 * Where an error was thrown, as `file:line` of its first stack frames: enough to find the bug,
 * and nothing of the message (a constraint's message or a thrown string can hold a value).
 */
const whereThrown = (stack: unknown): string => {
  if (typeof stack !== 'string') return '-';
  const frames = [...stack.matchAll(/\(?((?:file:\/\/)?[^\s()]+?):(\d+):\d+\)?$/gmu)]
    .map((match) => `${(match[1] ?? '').split(/[\\/]/u).at(-1)}:${match[2]}`)
    .filter((frame) => /^[\w.-]+:\d+$/u.test(frame))
    .slice(0, 3);
  return frames.length > 0 ? frames.join(',') : '-';
};

/** An error's kind, system code and code locations, never its message. */
const errorFacts = (error: unknown): string => {
  const { name, code, stack } = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown;
    code?: unknown;
    stack?: unknown;
  };
  const kind = typeof name === 'string' && NAME.test(name) ? name : typeof error;
  const systemCode = typeof code === 'string' && CODE.test(code) ? code : '-';
  return `${kind} ${systemCode} ${whereThrown(stack)}`;
};

const crashLine = (crashing: CrashingProcess, error: unknown): string => `crash ${crashing} ${errorFacts(error)}`;

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
  const line = (text: string) => append(`${new Date(now()).toISOString()} ${text}\n`);
  return {
    path,
    failedCall(method, code) {
      // A method the contract does not name came from the caller: it is not echoed.
      const name = Object.hasOwn(contract, method) ? method : '(unknown method)';
      line(`call-failed ${name} ${/^[A-Z_]{1,40}$/.test(code) ? code : 'OTHER'}`);
    },
    crashed(crashing, error) {
      line(crashLine(crashing, error));
    },
    backgroundFailed(task, error) {
      line(`background-failed ${task} ${errorFacts(error)}`);
    },
    refused(reason) {
      line(`host-refused ${reason}`);
    },
  };
};
