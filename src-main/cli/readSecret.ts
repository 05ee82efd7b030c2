import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/**
 * A secret typed at the terminal, not echoed; null when there is no terminal to ask (a script
 * must pass it in the environment instead).
 */
export const readSecret = async (prompt: string): Promise<string | null> => {
  if (!process.stdin.isTTY) return null;
  process.stderr.write(prompt);
  let muted = true;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const reader = createInterface({ input: process.stdin, output, terminal: true });
  try {
    return await new Promise<string>((resolve) => reader.question('', resolve));
  } finally {
    muted = false;
    reader.close();
    process.stderr.write('\n');
  }
};
