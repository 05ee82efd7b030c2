export type DetectedEncoding = { encoding: 'utf-8' | 'utf-16le' | 'windows-1251'; bomLength: number };

const LF = 0x0a;

/** Lines with bytes above ASCII that decode as UTF-8, and those that do not. */
const countLines = (sample: Uint8Array): { utf8: number; other: number } => {
  const counts = { utf8: 0, other: 0 };
  let start = 0;
  for (let at = 0; at <= sample.length; at += 1) {
    if (at < sample.length && sample[at] !== LF) continue;
    const line = sample.subarray(start, at);
    start = at + 1;
    if (!line.some((byte) => byte >= 0x80)) continue;
    try {
      // The sample's last line may end inside a character: not an error (`stream`).
      new TextDecoder('utf-8', { fatal: true }).decode(line, { stream: at === sample.length });
      counts.utf8 += 1;
    } catch {
      counts.other += 1;
    }
  }
  return counts;
};

/**
 * The encoding of a text file from its first bytes: a BOM decides; otherwise, line by line, text
 * mostly in UTF-8 is UTF-8 (a few lines pasted in another encoding then read with replacement
 * characters, which the import warns about) and text mostly not is taken for Windows-1251
 * (Excel's "CSV" in Russia).
 */
export const detectEncoding = (sample: Uint8Array): DetectedEncoding => {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  const { utf8, other } = countLines(sample);
  return { encoding: other > utf8 ? 'windows-1251' : 'utf-8', bomLength: 0 };
};
