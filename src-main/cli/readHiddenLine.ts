/** A terminal in raw mode (process.stdin when it is a TTY; tests pass a stand-in). */
export type RawInput = NodeJS.EventEmitter & {
  setRawMode(raw: boolean): unknown;
  resume(): unknown;
  pause(): unknown;
  setEncoding?(encoding: BufferEncoding): unknown;
};

const ENTER = new Set(['\r', '\n']);
const BACKSPACE = new Set(['\u007f', '\b']);
const INTERRUPT = '\u0003';
const END = '\u0004';

/**
 * Asks on `output` and reads one line from the terminal without echoing it (a passphrase must
 * not stay on screen or in the scrollback). Backspace edits; Ctrl+C or Ctrl+D gives up (null).
 */
export const readHiddenLine = (question: string, input: RawInput, output: { write(text: string): unknown }) =>
  new Promise<string | null>((resolve) => {
    let line = '';
    output.write(question);
    input.setEncoding?.('utf8');
    input.setRawMode(true);
    input.resume();
    const finish = (answer: string | null) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      resolve(answer);
    };
    const onData = (chunk: string | Buffer) => {
      for (const character of chunk.toString()) {
        if (ENTER.has(character)) return finish(line);
        if (character === INTERRUPT || character === END) return finish(null);
        if (BACKSPACE.has(character)) line = [...line].slice(0, -1).join('');
        else if (character >= ' ') line += character;
      }
    };
    input.on('data', onData);
  });
