import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The embedded font of the PDF (DejaVu Sans: Cyrillic, ₽, narrow no-break spaces). */
export const REPORT_FONT = 'DejaVuSans';

const FILES = { normal: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/**
 * resources/fonts, wherever this code runs from: the sources (tests), out/main (CLI, worker) or
 * an installed app (Electron's resources folder, where electron-builder copies them).
 */
const fontsDir = (): string => {
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = packaged ? [join(packaged, 'fonts')] : [];
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth += 1) {
    candidates.push(join(dir, 'resources', 'fonts'));
    dir = dirname(dir);
  }
  const found = candidates.find((candidate) => existsSync(join(candidate, FILES.normal)));
  if (!found) throw new Error(`The report font ${FILES.normal} was not found in resources/fonts`);
  return found;
};

/** The font files' absolute paths. */
export const reportFontPaths = (): { normal: string; bold: string } => {
  const dir = fontsDir();
  return { normal: join(dir, FILES.normal), bold: join(dir, FILES.bold) };
};
