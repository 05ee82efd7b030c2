import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './UsageError';

type Options = NonNullable<ParseArgsConfig['options']>;

const isParseArgsError = (error: unknown): error is Error =>
  error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_');

/** node:util parseArgs in strict mode, with its errors turned into UsageError (exit code 2). */
export const parseCommandArgs = <O extends Options>(args: string[], options: O) => {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false });
  } catch (error) {
    if (isParseArgsError(error)) throw new UsageError(error.message);
    throw error;
  }
};
