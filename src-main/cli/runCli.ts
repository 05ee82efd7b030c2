import { APP_VERSION } from '../core/appVersion';
import { type CliCommand, type CliIo, processIo } from './CliCommand';
import { commands as allCommands } from './commands/commands';
import { UsageError } from './UsageError';
import { supplyDatabaseKey } from './supplyDatabaseKey';

const HELP_FLAGS = new Set(['--help', '-h', 'help']);

const generalHelp = (commands: readonly CliCommand[]): string => {
  const width = Math.max(...commands.map((command) => command.name.length)) + 2;
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}${command.summary}`);
  return [
    `Voronka ${APP_VERSION} — command line`,
    '',
    'Usage: voronka <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `voronka <command> --help` for a command’s options.',
    '',
  ].join('\n');
};

/** One line, no stack, unless VORONKA_DEBUG=1 asks for the whole error. */
const describeError = (error: unknown): string => {
  if (process.env.VORONKA_DEBUG === '1' && error instanceof Error && error.stack) return error.stack;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? message;
};

/** Runs `voronka <args>` and returns the exit code: 0 ok, 1 runtime failure, 2 usage error. */
export const runCli = async (
  argv: string[],
  io: CliIo = processIo,
  commands: readonly CliCommand[] = allCommands,
): Promise<number> => {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(generalHelp(commands));
    return 2;
  }
  if (HELP_FLAGS.has(name)) {
    const topic = rest[0] === undefined ? undefined : commands.find((command) => command.name === rest[0]);
    io.out(topic ? `${topic.usage}\n` : generalHelp(commands));
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${APP_VERSION}\n`);
    return 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`voronka: unknown command "${name}". Run \`voronka --help\` to list commands.\n`);
    return 2;
  }
  if (rest.some((arg) => arg === '--help' || arg === '-h')) {
    io.out(`${command.usage}\n`);
    return 0;
  }
  try {
    await supplyDatabaseKey(rest, io);
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`voronka ${command.name}: ${error.message}. Run \`voronka ${command.name} --help\`.\n`);
      return 2;
    }
    io.err(`voronka ${command.name}: ${describeError(error)}\n`);
    return 1;
  }
};
