import { readHiddenLine } from './readHiddenLine';

/** Where a command writes; tests pass a capturing one. Text is written as is (add the newline). */
export type CliIo = {
  out(text: string): void;
  err(text: string): void;
  /** Asks for a secret without echo (a passphrase); absent when no one is at a terminal. Null: given up. */
  askSecret?(question: string): Promise<string | null>;
};

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  ...(process.stdin.isTTY && process.stderr.isTTY
    ? { askSecret: (question: string) => readHiddenLine(question, process.stdin, process.stderr) }
    : {}),
};

/**
 * One `voronka <name>` command. `run` returns the exit code: 0 ok, 1 runtime failure, 2 usage
 * error. It may throw a UsageError (exit 2) or any other error (exit 1); runCli prints it.
 */
export type CliCommand = {
  name: string;
  /** One line for `voronka --help`. */
  summary: string;
  /** Full help for `voronka <name> --help`. */
  usage: string;
  run(args: string[], io?: CliIo): Promise<number>;
};
