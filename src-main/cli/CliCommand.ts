/** Where a command writes; tests pass a capturing one. Text is written as is (add the newline). */
export type CliIo = {
  out(text: string): void;
  err(text: string): void;
};

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
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
